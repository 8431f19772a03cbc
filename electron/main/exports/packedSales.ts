/**
 * A packed sales register row (contract/exportPacking.ts) checked and unpacked without zod: the same rules as
 * `salesRegisterRowSchema` (contract/exportSchemas.ts), field by field in the schema's order, then its cross-field
 * rules, so the first problem named is the one the schema would name. The sums (base, VAT, recargo, total) are
 * added up here from the rates. About 1 µs a row where the schema took 30-40 µs (a 200,000-row register spent
 * seconds of main's time there). tests/unit/main/exportsPacked.test.ts compares both on generated rows.
 * No electron import.
 */
import { PACKED_RATE_FIELDS, PACKED_SALES_FIELDS } from '../../contract/exportPacking'
import type { SalesRegisterRow } from '../../contract/exports'
import { MAX_EXPORT_RATES } from '../../contract/exportSchemas'
import { isCalendarDate, SHORT } from '../../contract/primitives'

/** A refusal: the path inside the row (field names, rate index) and what is wrong. */
export class PackedRowProblem extends Error {
  constructor(
    readonly path: (string | number)[],
    readonly problem: string,
  ) {
    super(problem)
  }
}

const FIELDS = PACKED_SALES_FIELDS.length
const PER_RATE = PACKED_RATE_FIELDS.length
const TEXT_MAX = { series: 20, number: 60, correctedNumber: 60, customerName: SHORT, taxId: 40 } as const

function fail(path: (string | number)[], problem: string): never {
  throw new PackedRowProblem(path, problem)
}

function isoDate(v: unknown, field: string, orEmpty: boolean): string {
  if (typeof v !== 'string') fail([field], 'must be a date YYYY-MM-DD')
  if (orEmpty && v === '') return v
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) fail([field], 'must be a date YYYY-MM-DD')
  if (!isCalendarDate(v)) fail([field], 'must be a real calendar date')
  return v
}

function text(v: unknown, field: keyof typeof TEXT_MAX): string {
  if (typeof v !== 'string') fail([field], 'must be text')
  if (v.length > TEXT_MAX[field]) fail([field], `must be at most ${TEXT_MAX[field]} characters`)
  return v
}

function cents(v: unknown, path: (string | number)[]): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(path, 'must be a whole number of cents')
  return v
}

function basisPoints(v: unknown, path: (string | number)[]): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(path, 'must be whole basis points')
  if (v < 0 || v > 10000) fail(path, 'must be between 0 and 10000')
  return v
}

/** The row, checked (the rules of salesRegisterRowSchema) and unpacked; throws PackedRowProblem. */
export function unpackSalesRow(raw: readonly unknown[]): SalesRegisterRow {
  if (raw.length < FIELDS || (raw.length - FIELDS) % PER_RATE !== 0) fail([], `must hold ${FIELDS} fields and ${PER_RATE} numbers per VAT rate`)
  const docType = raw[0]
  if (docType !== 'invoice' && docType !== 'creditNote') fail(['docType'], 'must be invoice or creditNote')
  const date = isoDate(raw[1], 'date', false)
  const operationDate = isoDate(raw[2], 'operationDate', true)
  const series = text(raw[3], 'series')
  const number = text(raw[4], 'number')
  const correctedNumber = text(raw[5], 'correctedNumber')
  const customerName = text(raw[6], 'customerName')
  const taxId = text(raw[7], 'taxId')
  const country = raw[8]
  if (typeof country !== 'string' || (country !== '' && !/^[A-Z]{2}$/.test(country))) fail(['country'], 'must be a 2-letter country code')
  const rates = (raw.length - FIELDS) / PER_RATE
  if (rates > MAX_EXPORT_RATES) fail(['byRate'], `must hold at most ${MAX_EXPORT_RATES} rates`)
  const byRate: SalesRegisterRow['byRate'] = []
  let base = 0
  let vat = 0
  let recargo = 0
  for (let j = 0; j < rates; j++) {
    const at = FIELDS + j * PER_RATE
    const b = {
      vatRate: basisPoints(raw[at], ['byRate', j, 'vatRate']),
      recargoRate: basisPoints(raw[at + 1], ['byRate', j, 'recargoRate']),
      base: cents(raw[at + 2], ['byRate', j, 'base']),
      vat: cents(raw[at + 3], ['byRate', j, 'vat']),
      recargo: cents(raw[at + 4], ['byRate', j, 'recargo']),
    }
    byRate.push(b)
    base += b.base
    vat += b.vat
    recargo += b.recargo
  }
  const total = base + vat + recargo
  for (const [k, sum] of [['base', base], ['vat', vat], ['recargo', recargo], ['total', total]] as const) cents(sum, [k])
  const documentCurrency = raw[9]
  if (documentCurrency !== '' && documentCurrency !== 'EUR' && documentCurrency !== 'RON') fail(['documentCurrency'], 'must be empty, EUR or RON')
  const documentTotal = raw[10] === null ? null : cents(raw[10], ['documentTotal'])
  const exchangeRate = raw[11]
  if (exchangeRate !== null && (typeof exchangeRate !== 'number' || !Number.isFinite(exchangeRate) || exchangeRate <= 0)) {
    fail(['exchangeRate'], 'must be a positive number')
  }
  const row: SalesRegisterRow = {
    docType,
    date,
    operationDate,
    series,
    number,
    correctedNumber,
    customerName,
    taxId,
    country,
    byRate,
    base,
    vat,
    recargo,
    total,
    documentCurrency,
    documentTotal,
    exchangeRate,
  }
  crossChecks(row)
  return row
}

/** salesRegisterRowSchema's superRefine, but for the sums, which unpacking computed. */
function crossChecks(r: SalesRegisterRow): void {
  const seen = new Set<number>()
  for (const [i, b] of r.byRate.entries()) {
    if (seen.has(b.vatRate)) fail(['byRate', i, 'vatRate'], 'must not repeat a VAT rate')
    seen.add(b.vatRate)
    if (b.recargoRate === 0 && b.recargo !== 0) fail(['byRate', i, 'recargo'], 'must be 0 when the recargo rate is 0')
  }
  const sign = r.docType === 'invoice' ? 1 : -1
  const problem = sign > 0 ? 'must not be negative on an invoice' : 'must not be positive on a credit note'
  for (const [i, b] of r.byRate.entries()) {
    for (const k of ['base', 'vat', 'recargo'] as const) if (b[k] * sign < 0) fail(['byRate', i, k], problem)
  }
  for (const k of ['base', 'vat', 'recargo', 'total', 'documentTotal'] as const) if ((r[k] ?? 0) * sign < 0) fail([k], problem)
  const given = [r.documentCurrency !== '', r.documentTotal !== null, r.exchangeRate !== null]
  if (given.some((g) => g !== given[0])) fail(['documentCurrency'], 'currency, total and exchange rate go together')
}
