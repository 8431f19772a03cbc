/**
 * A packed sales register row (contract/exportPacking.ts) checked in place, without zod and without building an
 * object: the same rules as `salesRegisterRowSchema` (contract/exportSchemas.ts), field by field in the schema's
 * order, then its cross-field rules, so the first problem named is the one the schema would name. The sums (base,
 * VAT, recargo, total) are not in a packed row: they are added up from its rates (columns/sales.ts does the same).
 * About 1 µs a row where the schema took 30-40 µs (a 200,000-row register spent seconds of main's time there).
 * tests/unit/main/exportsPacked.test.ts compares both on generated rows. No electron import.
 */
import { PACKED_AT as AT, PACKED_RATES_AT, PACKED_SALES_FIELDS, PER_PACKED_RATE, type PackedSalesRow } from '../../contract/exportPacking'
import { MAX_EXPORT_RATES } from '../../contract/exportSchemas'
import { CANCELLED_PROBLEMS, cancelledRowProblem, SALES_DOC_TYPES } from '../../contract/salesCancelled'
import { isCalendarDate, LONG, SHORT } from '../../contract/primitives'

/** A refusal: the path inside the row (field names, rate index) and what is wrong. */
export class PackedRowProblem extends Error {
  constructor(
    readonly path: (string | number)[],
    readonly problem: string,
  ) {
    super(problem)
  }
}

const TEXT_MAX = { series: 20, number: 60, correctedNumber: 60, customerName: SHORT, taxId: 40, cancelReason: LONG } as const
const DOC_TYPES: ReadonlySet<unknown> = new Set(SALES_DOC_TYPES)
const RATE_FIELDS = ['vatRate', 'recargoRate', 'base', 'vat', 'recargo'] as const
const AMOUNTS = ['base', 'vat', 'recargo'] as const

function fail(path: (string | number)[], problem: string): never {
  throw new PackedRowProblem(path, problem)
}

/** Dates already found real (a register repeats a few thousand dates over and over); bounded. */
const realDates = new Set<string>()

function checkDate(v: unknown, field: string, orEmpty: boolean): void {
  if (typeof v !== 'string') fail([field], 'must be a date YYYY-MM-DD')
  if ((orEmpty && v === '') || realDates.has(v)) return
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) fail([field], 'must be a date YYYY-MM-DD')
  if (!isCalendarDate(v)) fail([field], 'must be a real calendar date')
  if (realDates.size > 100_000) realDates.clear()
  realDates.add(v)
}

function checkText(v: unknown, field: keyof typeof TEXT_MAX): void {
  if (typeof v !== 'string') fail([field], 'must be text')
  if (v.length > TEXT_MAX[field]) fail([field], `must be at most ${TEXT_MAX[field]} characters`)
}

function checkCents(v: unknown, path: (string | number)[]): void {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(path, 'must be a whole number of cents')
}

function checkBasisPoints(v: unknown, path: (string | number)[]): void {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(path, 'must be whole basis points')
  if (v < 0 || v > 10000) fail(path, 'must be between 0 and 10000')
}

/** The row, checked (the rules of salesRegisterRowSchema), as it came; throws PackedRowProblem. */
export function checkPackedSalesRow(raw: readonly unknown[]): PackedSalesRow {
  const fields = PACKED_SALES_FIELDS.length
  if (raw.length < fields || (raw.length - fields) % PER_PACKED_RATE !== 0) fail([], `must hold ${fields} fields and ${PER_PACKED_RATE} numbers per VAT rate`)
  if (!DOC_TYPES.has(raw[AT.docType])) fail(['docType'], `must be one of ${SALES_DOC_TYPES.join(', ')}`)
  checkDate(raw[AT.date], 'date', false)
  checkDate(raw[AT.operationDate], 'operationDate', true)
  for (const f of ['series', 'number', 'correctedNumber', 'customerName', 'taxId'] as const) checkText(raw[AT[f]], f)
  const country = raw[AT.country]
  if (typeof country !== 'string' || (country !== '' && !/^[A-Z]{2}$/.test(country))) fail(['country'], 'must be a 2-letter country code')
  const rates = (raw.length - fields) / PER_PACKED_RATE
  if (rates > MAX_EXPORT_RATES) fail(['byRate'], `must hold at most ${MAX_EXPORT_RATES} rates`)
  const sums = [0, 0, 0]
  for (let j = 0; j < rates; j++) {
    const at = PACKED_RATES_AT + j * PER_PACKED_RATE
    checkBasisPoints(raw[at], ['byRate', j, 'vatRate'])
    checkBasisPoints(raw[at + 1], ['byRate', j, 'recargoRate'])
    for (let k = 0; k < 3; k++) {
      checkCents(raw[at + 2 + k], ['byRate', j, AMOUNTS[k]!])
      sums[k]! += raw[at + 2 + k] as number
    }
  }
  const total = sums[0]! + sums[1]! + sums[2]!
  for (const [k, sum] of [...AMOUNTS.map((a, i) => [a, sums[i]!] as const), ['total', total] as const]) checkCents(sum, [k])
  const documentCurrency = raw[AT.documentCurrency]
  if (documentCurrency !== '' && documentCurrency !== 'EUR' && documentCurrency !== 'RON') fail(['documentCurrency'], 'must be empty, EUR or RON')
  if (raw[AT.documentTotal] !== null) checkCents(raw[AT.documentTotal], ['documentTotal'])
  const exchangeRate = raw[AT.exchangeRate]
  if (exchangeRate !== null && (typeof exchangeRate !== 'number' || !Number.isFinite(exchangeRate) || exchangeRate <= 0)) {
    fail(['exchangeRate'], 'must be a positive number')
  }
  checkDate(raw[AT.cancelledOn], 'cancelledOn', true)
  checkText(raw[AT.cancelReason], 'cancelReason')
  const row = raw as PackedSalesRow
  crossChecks(row, rates, [...sums, total])
  return row
}

/** salesRegisterRowSchema's superRefine, but for the sums, which the rates give. */
function crossChecks(p: PackedSalesRow, rates: number, totals: number[]): void {
  const rate = (j: number, k: number) => p[PACKED_RATES_AT + j * PER_PACKED_RATE + k] as number
  const seen = new Set<number>()
  for (let j = 0; j < rates; j++) {
    if (seen.has(rate(j, 0))) fail(['byRate', j, 'vatRate'], 'must not repeat a VAT rate')
    seen.add(rate(j, 0))
    if (rate(j, 1) === 0 && rate(j, 4) !== 0) fail(['byRate', j, 'recargo'], 'must be 0 when the recargo rate is 0')
  }
  if (p[AT.docType] === 'cancelledInvoice') return cancelledChecks(p, rates, totals)
  const sign = p[AT.docType] === 'invoice' ? 1 : -1
  const problem = sign > 0 ? 'must not be negative on an invoice' : 'must not be positive on a credit note'
  for (let j = 0; j < rates; j++) for (let k = 2; k < 5; k++) if (rate(j, k) * sign < 0) fail(['byRate', j, RATE_FIELDS[k]!], problem)
  const named = ['base', 'vat', 'recargo', 'total'] as const
  for (const [i, k] of named.entries()) if (totals[i]! * sign < 0) fail([k], problem)
  if (((p[AT.documentTotal] as number | null) ?? 0) * sign < 0) fail(['documentTotal'], problem)
  if (p[AT.cancelledOn] !== '') fail(['cancelledOn'], CANCELLED_PROBLEMS.notCancelled)
  if (p[AT.cancelReason] !== '') fail(['cancelReason'], CANCELLED_PROBLEMS.notCancelled)
  const given = [p[AT.documentCurrency] !== '', p[AT.documentTotal] !== null, p[AT.exchangeRate] !== null]
  if (given.some((g) => g !== given[0])) fail(['documentCurrency'], 'currency, total and exchange rate go together')
}

/** A cancelled invoice (rare: the rates are unpacked for the schema's own rule): nothing sold, nothing owed. */
function cancelledChecks(p: PackedSalesRow, rates: number, [base, vat, recargo, total]: number[]): void {
  const byRate = Array.from({ length: rates }, (_, j) => {
    const at = PACKED_RATES_AT + j * PER_PACKED_RATE
    return { base: p[at + 2] as number, vat: p[at + 3] as number, recargo: p[at + 4] as number }
  })
  const foreign = {
    documentCurrency: p[AT.documentCurrency] as string,
    documentTotal: p[AT.documentTotal] as number | null,
    exchangeRate: p[AT.exchangeRate] as number | null,
  }
  const problem = cancelledRowProblem(byRate, { base: base!, vat: vat!, recargo: recargo!, total: total! }, foreign)
  if (problem) fail(problem.path, problem.problem)
}
