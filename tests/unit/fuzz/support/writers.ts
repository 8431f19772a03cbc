/**
 * Valid statement files of every format, generated: one random account history (opening balance, movements in date
 * order inside the period) written as Norma 43 (tests/support/norma43.ts), camt.053 (the e2e writer), MT940, CSV
 * with its column mapping, or XLSX cell rows. The fuzz damages them; unharmed, they must import exactly.
 */
import fc from 'fast-check'
import type { ColumnMapping } from '../../../../renderer/domain/bank/types'
import { addDays } from '../../../../renderer/domain/dates'
import { camt053 } from '../../../e2e/fixtures/bank/camt053'
import { latin1, norma43 } from '../../../support/norma43'

/** The company's accounts (the Spanish one is ES_COMPANY's of tests/unit/db/helpers.ts). */
export const ES_IBAN = 'ES9121000418450200051332'
export const RO_IBAN = 'RO49AAAA1B31007593840000'
export const COMPANY_IBANS = ['ES91 2100 0418 4502 0005 1332', 'ES7700491500012810123456', 'DE89370400440532013000', RO_IBAN, 'NL91ABNA0417164300']

export interface Movement {
  date: string
  /** Signed cents, never 0. */
  amount: number
  text: string
  name: string
  reference: string
}

export interface AccountHistory {
  iban: string
  currency: 'EUR' | 'RON'
  from: string
  to: string
  opening: number
  movements: Movement[]
}

/** Letters a Spanish or Romanian bank really writes (no pair of them is ever valid UTF-8 when written in latin-1). */
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-/ÑñÁÉÍÓÚáéíóúÜüÇç'
/** The SWIFT character set (what an MT940 field may hold). */
export const SWIFT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,/()+'
const REF = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

const text = (alphabet: string, maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((cs) => cs.join('').trim())

const amountArb = (max: number) => fc.integer({ min: -max, max }).filter((n) => n !== 0)

/** A random account history; `alphabet` limits the texts to what the format can carry. */
export function historyArb(opts: { iban?: string; currency?: 'EUR' | 'RON'; alphabet?: string; maxMovements?: number; maxAmount?: number } = {}) {
  const alphabet = opts.alphabet ?? LATIN
  const maxAmount = opts.maxAmount ?? 5_000_000_00
  return fc
    .record({
      start: fc.integer({ min: 0, max: 3_000 }),
      span: fc.integer({ min: 0, max: 45 }),
      opening: fc.integer({ min: -maxAmount, max: maxAmount }),
      movements: fc.array(
        fc.record({ day: fc.nat(), amount: amountArb(maxAmount), text: text(alphabet, 60), name: text(alphabet, 30), reference: text(REF, 12) }),
        { maxLength: opts.maxMovements ?? 12 },
      ),
    })
    .map(({ start, span, opening, movements }): AccountHistory => {
      const from = addDays('2020-01-01', start)
      return {
        iban: opts.iban ?? ES_IBAN,
        currency: opts.currency ?? 'EUR',
        from,
        to: addDays(from, span),
        opening,
        movements: movements
          .map((m) => ({ date: addDays(from, m.day % (span + 1)), amount: m.amount, text: m.text, name: m.name, reference: m.reference }))
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      }
    })
}

export const closingOf = (h: AccountHistory): number => h.opening + h.movements.reduce((s, m) => s + m.amount, 0)

// ---- Norma 43 --------------------------------------------------------------------------------------------------

export function norma43File(h: AccountHistory): Uint8Array {
  const text = norma43({
    iban: h.iban,
    holder: 'DISTRIBUCIONES SIERRA NORTE',
    from: h.from,
    to: h.to,
    opening: h.opening,
    movements: h.movements.map((m) => ({ date: m.date, amount: m.amount, concepts: [m.name, m.text].filter(Boolean), reference: m.reference })),
  })
  return latin1(text)
}

// ---- camt.053 --------------------------------------------------------------------------------------------------

export function camtFile(h: AccountHistory): Uint8Array {
  const xml = camt053({
    id: 'STMT-FUZZ',
    accountIban: h.iban,
    currency: h.currency,
    from: h.from,
    to: h.to,
    opening: h.opening,
    movements: h.movements.map((m) => ({ amount: m.amount, date: m.date, name: m.name, remittance: m.text, reference: m.reference })),
  })
  return new TextEncoder().encode(xml)
}

// ---- MT940 -----------------------------------------------------------------------------------------------------

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10)
const swiftAmount = (cents: number) => `${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`
const mark = (cents: number) => (cents < 0 ? 'D' : 'C')

export function mt940File(h: AccountHistory): Uint8Array {
  const lines = [':20:FUZZ0001', `:25:${h.iban}`, ':28C:1/1', `:60F:${mark(h.opening)}${yymmdd(h.from)}${h.currency}${swiftAmount(h.opening)}`]
  for (const m of h.movements) {
    lines.push(`:61:${yymmdd(m.date)}${m.date.slice(5, 7)}${m.date.slice(8, 10)}${mark(m.amount)}${swiftAmount(m.amount)}NTRFNONREF//${m.reference || 'NONE'}`)
    lines.push(`:86:${`${m.text} ${m.name}`.trim() || 'TRANSFER'}`.slice(0, 69))
  }
  const closing = closingOf(h)
  lines.push(`:62F:${mark(closing)}${yymmdd(h.to)}${h.currency}${swiftAmount(closing)}`, '-')
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n')
}

// ---- CSV and XLSX ----------------------------------------------------------------------------------------------

/** A Spanish bank's export: title lines, then Fecha;Fecha valor;Concepto;Importe;Saldo. */
export const CSV_MAPPING: ColumnMapping = {
  id: 'fuzz', name: 'Banco Fuzz', skipRows: 2, hasHeader: true, delimiter: ';', decimalSeparator: ',', dateFormat: 'dd/mm/yyyy',
  columns: { bookingDate: 0, valueDate: 1, amount: 3, credit: null, debit: null, remittance: [2], counterpartyName: null, counterpartyIban: null, reference: null, balance: 4 },
  accountIban: ES_IBAN, currency: 'EUR',
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
const quote = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

function spanishAmount(cents: number): string {
  const units = String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${cents < 0 ? '-' : ''}${units},${String(Math.abs(cents) % 100).padStart(2, '0')}`
}

/** Rows with a running balance, oldest first or (as many banks do) newest first. */
function balanceRows(h: AccountHistory): { date: string; m: Movement; balance: number }[] {
  let balance = h.opening
  return h.movements.map((m) => ({ date: m.date, m, balance: (balance += m.amount) }))
}

export function csvFile(h: AccountHistory, newestFirst: boolean): Uint8Array {
  const rows = balanceRows(h).map((r) => [dmy(r.date), dmy(r.date), quote(`${r.m.text} ${r.m.name}`.trim()), spanishAmount(r.m.amount), spanishAmount(r.balance)].join(';'))
  const body = newestFirst ? rows.reverse() : rows
  const text = [`Movimientos de la cuenta ${h.iban}`, 'Descargado del banco', 'Fecha;Fecha valor;Concepto;Importe;Saldo', ...body].join('\r\n') + '\r\n'
  return latin1(text)
}

/** XLSX as main hands it over: cell texts, dates ISO, numbers with a decimal point. */
export const XLSX_MAPPING: ColumnMapping = { ...CSV_MAPPING, id: 'fuzz-xlsx', skipRows: 0, decimalSeparator: '.', dateFormat: 'yyyy-mm-dd' }

export function xlsxRows(h: AccountHistory): string[][] {
  const n = (cents: number) => String(cents / 100)
  return [['Fecha', 'Fecha valor', 'Concepto', 'Importe', 'Saldo'], ...balanceRows(h).map((r) => [r.date, r.date, `${r.m.text} ${r.m.name}`.trim(), n(r.m.amount), n(r.balance)])]
}
