/**
 * A first guess of the ColumnMapping of a CSV/XLSX export, from its header names (Spanish, Romanian, English) and
 * its values (date format, decimal separator). The person checks and saves it per bank.
 */
import type { CurrencyCode } from '../types'
import type { CsvDelimiter } from './csv'
import { parseDateCell } from './csvCells'
import type { ColumnMapping } from './types'

type Field = 'bookingDate' | 'valueDate' | 'amount' | 'credit' | 'debit' | 'balance' | 'remittance' | 'counterpartyName' | 'counterpartyIban' | 'reference'

/** Header names, compared without accents, case or punctuation. */
const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  valueDate: ['fecha valor', 'f valor', 'valor', 'data valuta', 'data valutei', 'valuta', 'value date'],
  bookingDate: [
    'fecha', 'fecha operacion', 'f operacion', 'fecha contable', 'fecha de operacion', 'fecha movimiento', 'data',
    'data tranzactie', 'data tranzactiei', 'data operatiune', 'data operatiunii', 'data inregistrare', 'data contabila',
    'date', 'booking date', 'transaction date', 'posting date', 'operation date',
  ],
  balance: ['saldo', 'saldo disponible', 'sold', 'sold final', 'sold contabil', 'balance', 'running balance'],
  credit: ['haber', 'abono', 'abonos', 'ingreso', 'ingresos', 'credit', 'suma creditata', 'incasari', 'intrari', 'money in', 'paid in'],
  debit: ['debe', 'cargo', 'cargos', 'gasto', 'gastos', 'debit', 'suma debitata', 'plati', 'iesiri', 'money out', 'paid out'],
  amount: ['importe', 'cantidad', 'monto', 'suma', 'valoare', 'amount'],
  counterpartyIban: ['iban', 'cuenta', 'cuenta contrapartida', 'cont', 'cont partener', 'iban partener', 'counterparty iban', 'counterparty account'],
  counterpartyName: [
    'ordenante', 'beneficiario', 'nombre', 'contrapartida', 'titular', 'nume', 'platitor', 'beneficiar', 'partener',
    'nume partener', 'counterparty', 'payer', 'payee', 'name',
  ],
  reference: ['referencia', 'ref', 'referinta', 'reference', 'numero documento', 'nr document', 'document'],
  remittance: [
    'concepto', 'descripcion', 'detalle', 'detalles', 'observaciones', 'movimiento', 'mas datos', 'detalii', 'descriere',
    'explicatii', 'mentiuni', 'description', 'details', 'narrative', 'memo', 'communication',
  ],
}

const FIELDS = Object.keys(SYNONYMS) as Field[]

function words(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
}

/** 3 = the header is the name, 2 = it starts with it, 1 = it contains it (whole words), 0 = no match. */
function score(header: readonly string[], synonym: readonly string[]): number {
  const n = synonym.length
  const at = (i: number): boolean => synonym.every((w, k) => header[i + k] === w)
  if (n === header.length && at(0)) return 3
  if (at(0)) return 2
  for (let i = 1; i + n <= header.length; i++) if (at(i)) return 1
  return 0
}

function fieldScore(header: string, field: Field): number {
  const h = words(header)
  return Math.max(0, ...SYNONYMS[field].map((s) => score(h, words(s))))
}

function assign(header: readonly string[]): Map<Field, number[]> {
  const pairs: { field: Field; col: number; score: number }[] = []
  header.forEach((h, col) => FIELDS.forEach((field) => pairs.push({ field, col, score: fieldScore(h, field) })))
  pairs.sort((a, b) => b.score - a.score || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.col - b.col)
  const taken = new Set<number>()
  const out = new Map<Field, number[]>()
  for (const p of pairs) {
    if (p.score === 0 || taken.has(p.col)) continue
    const cols = out.get(p.field) ?? []
    if (cols.length > 0 && p.field !== 'remittance') continue
    taken.add(p.col)
    out.set(p.field, [...cols, p.col])
  }
  return out
}

function guessDateFormat(values: readonly string[]): ColumnMapping['dateFormat'] {
  const sample = values.map((v) => v.trim()).filter(Boolean).slice(0, 50)
  const first = sample[0] ?? ''
  if (/^\d{4}-/.test(first)) return 'yyyy-mm-dd'
  const sep = first.includes('.') ? '.' : first.includes('-') ? '-' : '/'
  const dayFirst = sep === '.' ? 'dd.mm.yyyy' : sep === '-' ? 'dd-mm-yyyy' : 'dd/mm/yyyy'
  if (sample.every((v) => parseDateCell(v, dayFirst) !== null)) return dayFirst
  return sample.every((v) => parseDateCell(v, 'mm/dd/yyyy') !== null) ? 'mm/dd/yyyy' : dayFirst
}

function guessDecimal(values: readonly string[], fallback: ',' | '.'): ',' | '.' {
  let comma = 0
  let dot = 0
  for (const v of values) {
    const s = v.replace(/[^0-9.,]/g, '')
    const lastComma = s.lastIndexOf(',')
    const lastDot = s.lastIndexOf('.')
    if (lastComma >= 0 && lastDot >= 0) {
      if (lastComma > lastDot) comma++
      else dot++
    } else if (/,\d{1,2}$/.test(s)) comma++
    else if (/\.\d{1,2}$/.test(s)) dot++
  }
  return comma === dot ? fallback : comma > dot ? ',' : '.'
}

export interface SuggestOptions {
  id?: string
  name?: string
  delimiter?: CsvDelimiter
  accountIban?: string
  currency?: CurrencyCode
}

/** The mapping guessed from the first 20 rows (the header is the row naming most known columns), or null. */
export function suggestMapping(rows: readonly (readonly string[])[], options: SuggestOptions = {}): ColumnMapping | null {
  let best: { index: number; fields: Map<Field, number[]> } | null = null
  rows.slice(0, 20).forEach((row, index) => {
    const fields = assign(row)
    const hasAmount = fields.has('amount') || fields.has('credit') || fields.has('debit')
    if (!fields.has('bookingDate') || !hasAmount) return
    if (!best || fields.size > best.fields.size) best = { index, fields }
  })
  const found = best as { index: number; fields: Map<Field, number[]> } | null
  if (!found) return null
  const one = (f: Field): number | null => found.fields.get(f)?.[0] ?? null
  const data = rows.slice(found.index + 1)
  const column = (f: Field): string[] => (one(f) === null ? [] : data.map((r) => r[one(f) ?? 0] ?? ''))
  const delimiter = options.delimiter ?? ';'
  return {
    id: options.id ?? '',
    name: options.name ?? '',
    skipRows: found.index,
    hasHeader: true,
    delimiter,
    decimalSeparator: guessDecimal(
      [...column('amount'), ...column('credit'), ...column('debit'), ...column('balance')],
      delimiter === ';' ? ',' : '.',
    ),
    dateFormat: guessDateFormat(column('bookingDate')),
    columns: {
      bookingDate: one('bookingDate') ?? 0,
      valueDate: one('valueDate'),
      amount: one('amount'),
      credit: one('amount') === null ? one('credit') : null,
      debit: one('amount') === null ? one('debit') : null,
      remittance: found.fields.get('remittance') ?? [],
      counterpartyName: one('counterpartyName'),
      counterpartyIban: one('counterpartyIban'),
      reference: one('reference'),
      balance: one('balance'),
    },
    accountIban: options.accountIban ?? '',
    currency: options.currency ?? 'EUR',
  }
}
