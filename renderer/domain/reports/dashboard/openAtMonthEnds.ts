/**
 * What was open on one invoice at each of a list of ascending month-ends (pure), through openAmountAsOf.
 *
 * One pass per invoice, calling openAmountAsOf only where the figure can differ: nothing before the issue date;
 * a month-end with no allocation or credit note since the previous one repeats the previous figure; and from the
 * month-end on or after the invoice's last document on, the figure cannot change any more. An invoice paid in
 * the month after its issue costs two calls, whatever the number of month-ends.
 */
import { openAmountAsOf } from '../aging'
import type { Allocation, Cents, CreditNote, Invoice, IsoDate } from '../../types'

type InvoiceFields = Pick<Invoice, 'id' | 'lifecycle' | 'issueDate' | 'totals'>
type AllocationFields = Pick<Allocation, 'invoiceId' | 'date' | 'amount' | 'discount'>
type CreditNoteFields = Pick<CreditNote, 'invoiceId' | 'issueDate' | 'totals'>

/** Calls `visit(index, open)` for every month-end (by index in `ends`) where something was open on the invoice. */
export function forEachOpenAtMonthEnds(
  invoice: InvoiceFields,
  allocations: readonly AllocationFields[],
  creditNotes: readonly CreditNoteFields[],
  ends: readonly IsoDate[],
  visit: (index: number, open: Cents) => void,
): void {
  if (invoice.lifecycle !== 'issued') return
  const dates = [...allocations.map((a) => a.date), ...creditNotes.map((n) => n.issueDate)].sort()
  const lastEvent = dates.length > 0 && (dates[dates.length - 1] as IsoDate) > invoice.issueDate ? (dates[dates.length - 1] as IsoDate) : invoice.issueDate
  let next = 0 // index in `dates` of the first document after the previous month-end computed
  let open: Cents | null = null
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as IsoDate
    if (end < invoice.issueDate) continue
    let moved = open === null
    while (next < dates.length && (dates[next] as IsoDate) <= end) {
      moved = true
      next++
    }
    if (moved) open = openAmountAsOf(invoice, allocations, creditNotes, end)
    const value = open as Cents
    if (end >= lastEvent) {
      if (value > 0) for (let j = i; j < ends.length; j++) visit(j, value)
      return
    }
    if (value > 0) visit(i, value)
  }
}

/** Groups records by invoice id in one pass. */
export function groupByInvoiceId<T extends { invoiceId: string }>(xs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of xs) {
    const list = out.get(x.invoiceId)
    if (list) list.push(x)
    else out.set(x.invoiceId, [x])
  }
  return out
}
