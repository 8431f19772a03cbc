/**
 * Aging of receivables as of any date (pure).
 *
 * Buckets are given as ascending upper bounds of days past due: `[0, 30, 60, 90]` means
 * current (<= 0 days), 1-30, 31-60, 61-90 and 90+ (one more bucket than bounds).
 * Days past due as of `asOf` = asOf - dueDate; zero or less is current (reported as 0).
 *
 * The open amount of an invoice as of a date is rebuilt from its total, the allocations dated on or before that
 * date (amount + early-payment discount) and the credit notes issued on or before it; never below 0 (what was
 * received or credited beyond the total is customer credit, not a negative invoice). The grand total is the sum of
 * the open amounts of the invoices listed, always.
 */
import { DomainError } from '../errors'
import { compareDates, daysBetween, parseIsoDate } from '../dates'
import { cents } from '../money'
import type { Allocation, Cents, CreditNote, Customer, Invoice, IsoDate } from '../types'

/** Ascending upper bounds (days past due) of every bucket but the last, which is open-ended. */
export type BucketBounds = readonly number[]

/** current, 1-30, 31-60, 61-90, 90+. */
export const DEFAULT_BUCKETS: BucketBounds = Object.freeze([0, 30, 60, 90])

/** At most this many bounds (so 13 buckets). */
export const MAX_BUCKET_BOUNDS = 12

/**
 * Whether `bounds` is a usable bucket configuration: 1 to 12 whole numbers, the first >= 0, each greater than the
 * one before. Returns the index of the first bad bound, -1 for a bad length, or null when valid.
 */
export function bucketProblem(bounds: readonly number[]): number | null {
  if (!Array.isArray(bounds) || bounds.length === 0 || bounds.length > MAX_BUCKET_BOUNDS) return -1
  let previous = -1
  for (const [i, b] of bounds.entries()) {
    if (!Number.isSafeInteger(b) || b < 0 || b <= previous) return i
    previous = b
  }
  return null
}

/** Throws DomainError('reports.buckets.invalid', { index }) unless `bounds` is valid (see bucketProblem). */
export function validateBuckets(bounds: readonly number[]): BucketBounds {
  const problem = bucketProblem(bounds)
  if (problem !== null) throw new DomainError('reports.buckets.invalid', { index: problem + 1 })
  return bounds
}

/** The day range of each bucket, for headings: `to` is null for the last (open-ended) one. */
export function bucketRanges(bounds: BucketBounds): Array<{ from: number; to: number | null }> {
  const out: Array<{ from: number; to: number | null }> = []
  let from = Number.NEGATIVE_INFINITY
  for (const b of bounds) {
    out.push({ from: from === Number.NEGATIVE_INFINITY ? 0 : from, to: b })
    from = b + 1
  }
  out.push({ from, to: null })
  return out
}

/** Days past the due date as of `asOf`; 0 when not yet due (current). */
export function daysPastDue(dueDate: IsoDate, asOf: IsoDate): number {
  return Math.max(0, daysBetween(dueDate, asOf))
}

/** Index of the bucket for `days` past due: the first bound >= days, or the last bucket. */
export function bucketIndexOf(days: number, bounds: BucketBounds): number {
  const index = bounds.findIndex((b) => days <= b)
  return index === -1 ? bounds.length : index
}

type InvoiceFields = Pick<Invoice, 'id' | 'lifecycle' | 'issueDate' | 'totals'>
type AllocationFields = Pick<Allocation, 'invoiceId' | 'date' | 'amount' | 'discount'>
type CreditNoteFields = Pick<CreditNote, 'invoiceId' | 'issueDate' | 'totals'>

/**
 * What was still open on the invoice at the end of `asOf`: total - allocations (amount + discount) dated <= asOf
 * - credit notes issued <= asOf; 0 for drafts and invoices issued after asOf; never below 0.
 * Allocations and credit notes of other invoices are ignored, so whole lists can be passed.
 */
export function openAmountAsOf(
  invoice: InvoiceFields,
  allocations: readonly AllocationFields[],
  creditNotes: readonly CreditNoteFields[],
  asOf: IsoDate,
): Cents {
  parseIsoDate(asOf)
  if (invoice.lifecycle !== 'issued' || compareDates(invoice.issueDate, asOf) > 0) return 0
  let open = cents(invoice.totals.total)
  for (const a of allocations) {
    if (a.invoiceId === invoice.id && a.date <= asOf) open -= cents(a.amount) + cents(a.discount)
  }
  for (const n of creditNotes) {
    if (n.invoiceId === invoice.id && n.issueDate <= asOf) open -= cents(n.totals.total)
  }
  return cents(Math.max(0, open))
}

export interface AgingInvoiceRow {
  invoiceId: string
  number: string
  issueDate: IsoDate
  dueDate: IsoDate
  daysPastDue: number
  open: Cents
  bucketIndex: number
}

export interface AgingCustomerRow {
  customerId: string
  name: string
  /** Open amount per bucket. */
  buckets: Cents[]
  total: Cents
  oldestDaysPastDue: number
  /** Oldest due first. */
  invoices: AgingInvoiceRow[]
}

export interface AgingReport {
  asOf: IsoDate
  bounds: BucketBounds
  /** By customer name (then id); only customers with something open. */
  rows: AgingCustomerRow[]
  /** Per bucket, over all customers. */
  totals: Cents[]
  /** Sum of the open amounts of every invoice listed. */
  grandTotal: Cents
}

type ItemInvoice = Pick<Invoice, 'id' | 'fullNumber' | 'customerId' | 'issueDate' | 'dueDate'> & {
  customer: Pick<Invoice['customer'], 'legalName'>
}

/** An invoice with what was open on it as of the report date (computed or maintained). */
export interface OpenItem {
  invoice: ItemInvoice
  open: Cents
}

type CustomerFields = Pick<Customer, 'id' | 'legalName'>

/**
 * The report from invoices whose open amount is already known (the database's maintained figure, as of today).
 * Runs over thousands of invoices: days past due are worked out once per due date, and names are compared with one
 * collator (what `localeCompare(other, 'es')` would build on every call).
 */
export function agingFromOpenItems(input: {
  items: readonly OpenItem[]
  customers: readonly (CustomerFields | undefined)[]
  asOf: IsoDate
  buckets?: BucketBounds
}): AgingReport {
  const { asOf } = input
  parseIsoDate(asOf)
  const bounds = validateBuckets(input.buckets ?? DEFAULT_BUCKETS)
  const names = new Map<string, string>()
  for (const c of input.customers) if (c) names.set(c.id, c.legalName)
  const byCustomer = new Map<string, AgingCustomerRow>()
  const totals: Cents[] = new Array<Cents>(bounds.length + 1).fill(0)
  // due date -> [days past due, bucket]; daysPastDue also refuses an invalid due date, so the sort below may compare
  // due dates as strings.
  const aged = new Map<IsoDate, readonly [number, number]>()
  let grandTotal = 0
  for (const { invoice, open } of input.items) {
    if (cents(open) <= 0) continue
    let age = aged.get(invoice.dueDate)
    if (!age) {
      const days = daysPastDue(invoice.dueDate, asOf)
      age = [days, bucketIndexOf(days, bounds)] as const
      aged.set(invoice.dueDate, age)
    }
    const [days, bucketIndex] = age
    let row = byCustomer.get(invoice.customerId)
    if (!row) {
      const name = names.get(invoice.customerId) ?? invoice.customer.legalName
      row = { customerId: invoice.customerId, name, buckets: [...totals].fill(0), total: 0, oldestDaysPastDue: 0, invoices: [] }
      byCustomer.set(invoice.customerId, row)
    }
    row.invoices.push({
      invoiceId: invoice.id,
      number: invoice.fullNumber,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      daysPastDue: days,
      open,
      bucketIndex,
    })
    row.buckets[bucketIndex] = (row.buckets[bucketIndex] ?? 0) + open
    row.total += open
    row.oldestDaysPastDue = Math.max(row.oldestDaysPastDue, days)
    totals[bucketIndex] = (totals[bucketIndex] ?? 0) + open
    grandTotal += open
  }
  const rows = [...byCustomer.values()]
  for (const r of rows) {
    r.invoices.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number)))
  }
  const byName = new Intl.Collator('es').compare
  rows.sort((a, b) => byName(a.name, b.name) || (a.customerId < b.customerId ? -1 : 1))
  return { asOf, bounds, rows, totals, grandTotal: cents(grandTotal) }
}

/** Groups records by invoice id (one pass) so each invoice only looks at its own allocations and credit notes. */
function groupByInvoice<T extends { invoiceId: string }>(xs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of xs) {
    const list = out.get(x.invoiceId)
    if (list) list.push(x)
    else out.set(x.invoiceId, [x])
  }
  return out
}

/** The aging report as things stood at the end of `asOf`, rebuilt from the documents. */
export function agingAsOf(input: {
  invoices: readonly (InvoiceFields & ItemInvoice)[]
  allocations: readonly AllocationFields[]
  creditNotes: readonly CreditNoteFields[]
  customers: readonly (CustomerFields | undefined)[]
  asOf: IsoDate
  buckets?: BucketBounds
}): AgingReport {
  const allocs = groupByInvoice(input.allocations)
  const notes = groupByInvoice(input.creditNotes)
  const items: OpenItem[] = input.invoices.map((invoice) => ({
    invoice,
    open: openAmountAsOf(invoice, allocs.get(invoice.id) ?? [], notes.get(invoice.id) ?? [], input.asOf),
  }))
  return agingFromOpenItems({ items, customers: input.customers, asOf: input.asOf, buckets: input.buckets })
}
