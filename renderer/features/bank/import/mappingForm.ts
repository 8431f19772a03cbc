/**
 * The column mapping of a CSV/XLSX bank export as a form: column indexes as select values ('' = none), the amount
 * either one signed column or separate credit/debit columns. zod messages are i18n keys of bankUi.
 */
import { z } from 'zod'
import { validateIban } from '../../../domain/iban'
import type { ColumnMapping } from '../../../domain/bank/types'
import type { CurrencyCode } from '../../../domain/types'

export const DATE_FORMATS: ColumnMapping['dateFormat'][] = ['dd/mm/yyyy', 'dd.mm.yyyy', 'dd-mm-yyyy', 'yyyy-mm-dd', 'mm/dd/yyyy']
/** Translation keys of the date formats (a key cannot hold the dots of 'dd.mm.yyyy'). */
export const DATE_FORMAT_KEYS: Record<ColumnMapping['dateFormat'], string> = {
  'dd/mm/yyyy': 'dmySlash',
  'dd.mm.yyyy': 'dmyDot',
  'dd-mm-yyyy': 'dmyDash',
  'yyyy-mm-dd': 'ymd',
  'mm/dd/yyyy': 'mdySlash',
}
export const DELIMITERS: ColumnMapping['delimiter'][] = [';', ',', '\t']
export const CURRENCIES = ['EUR', 'RON', 'USD', 'GBP', 'CHF'] as const
export const SINGLE_FIELDS = ['valueDate', 'counterpartyName', 'counterpartyIban', 'reference', 'balance'] as const

const column = z.string()

export const mappingSchema = z
  .object({
    id: z.string(),
    name: z.string().trim().min(1, 'mapping.errors.name').max(80, 'mapping.errors.name'),
    accountIban: z.string().refine((s) => validateIban(s).ok, 'mapping.errors.iban'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'mapping.errors.currency'),
    skipRows: z.string().regex(/^\d{1,2}$/, 'mapping.errors.skipRows'),
    hasHeader: z.boolean(),
    delimiter: z.enum([';', ',', '\t']),
    decimalSeparator: z.enum([',', '.']),
    dateFormat: z.enum(['dd/mm/yyyy', 'dd.mm.yyyy', 'yyyy-mm-dd', 'dd-mm-yyyy', 'mm/dd/yyyy']),
    amountMode: z.enum(['single', 'split']),
    bookingDate: column.min(1, 'mapping.errors.bookingDate'),
    valueDate: column,
    amount: column,
    credit: column,
    debit: column,
    remittance: z.array(z.string()),
    counterpartyName: column,
    counterpartyIban: column,
    reference: column,
    balance: column,
  })
  .superRefine((v, ctx) => {
    if (v.amountMode === 'single' && v.amount === '') ctx.addIssue({ code: 'custom', path: ['amount'], message: 'mapping.errors.amount' })
    if (v.amountMode === 'split' && v.credit === '') ctx.addIssue({ code: 'custom', path: ['credit'], message: 'mapping.errors.credit' })
    if (v.amountMode === 'split' && v.debit === '') ctx.addIssue({ code: 'custom', path: ['debit'], message: 'mapping.errors.debit' })
  })

export type MappingValues = z.infer<typeof mappingSchema>

const toField = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n))
const toIndex = (s: string): number | null => (s === '' ? null : Number(s))

export function valuesOf(m: ColumnMapping | null, defaults: { accountIban: string; currency: CurrencyCode }): MappingValues {
  const c = m?.columns
  return {
    id: m?.id ?? '',
    name: m?.name ?? '',
    accountIban: m?.accountIban || defaults.accountIban,
    currency: m?.currency ?? defaults.currency,
    skipRows: String(m?.skipRows ?? 0),
    hasHeader: m?.hasHeader ?? true,
    delimiter: m?.delimiter ?? ';',
    decimalSeparator: m?.decimalSeparator ?? ',',
    dateFormat: m?.dateFormat ?? 'dd/mm/yyyy',
    amountMode: c && c.amount === null && (c.credit !== null || c.debit !== null) ? 'split' : 'single',
    bookingDate: c ? String(c.bookingDate) : '',
    valueDate: toField(c?.valueDate),
    amount: toField(c?.amount),
    credit: toField(c?.credit),
    debit: toField(c?.debit),
    remittance: (c?.remittance ?? []).map(String),
    counterpartyName: toField(c?.counterpartyName),
    counterpartyIban: toField(c?.counterpartyIban),
    reference: toField(c?.reference),
    balance: toField(c?.balance),
  }
}

export function mappingOf(v: MappingValues): ColumnMapping {
  const single = v.amountMode === 'single'
  return {
    id: v.id,
    name: v.name.trim(),
    skipRows: Number(v.skipRows),
    hasHeader: v.hasHeader,
    delimiter: v.delimiter,
    decimalSeparator: v.decimalSeparator,
    dateFormat: v.dateFormat,
    columns: {
      bookingDate: Number(v.bookingDate),
      valueDate: toIndex(v.valueDate),
      amount: single ? toIndex(v.amount) : null,
      credit: single ? null : toIndex(v.credit),
      debit: single ? null : toIndex(v.debit),
      remittance: v.remittance.map(Number).sort((a, b) => a - b),
      counterpartyName: toIndex(v.counterpartyName),
      counterpartyIban: toIndex(v.counterpartyIban),
      reference: toIndex(v.reference),
      balance: toIndex(v.balance),
    },
    accountIban: v.accountIban.replace(/\s+/g, '').toUpperCase(),
    currency: v.currency as CurrencyCode,
  }
}

/** 0 -> 'A', 25 -> 'Z', 26 -> 'AA' (as a spreadsheet names its columns). */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** Which field each column is mapped to (for the labels above the sample table). */
export function fieldsByColumn(v: MappingValues): Map<number, string[]> {
  const out = new Map<number, string[]>()
  const add = (col: string, field: string) => {
    if (col === '') return
    const list = out.get(Number(col)) ?? []
    list.push(field)
    out.set(Number(col), list)
  }
  add(v.bookingDate, 'bookingDate')
  if (v.amountMode === 'single') add(v.amount, 'amount')
  else {
    add(v.credit, 'credit')
    add(v.debit, 'debit')
  }
  for (const f of SINGLE_FIELDS) add(v[f], f)
  for (const c of v.remittance) add(c, 'remittance')
  return out
}
