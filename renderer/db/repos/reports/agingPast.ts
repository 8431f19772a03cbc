/**
 * Aging at a past date, worked BACK from today's maintained figures (renderer/domain/reports/agingBack.ts says why
 * the result equals the report rebuilt from every invoice issued up to the date, to the cent).
 *
 * Read, instead of every invoice issued up to `asOf` (2.3 KB each, plus their allocations and credit notes):
 * - the open items (slim rows, schema v9): today's open amount of every open invoice;
 * - the allocations dated after `asOf` (`date` index, schema v10) and the credit notes issued after it (`issueDate`);
 * - of the invoices those touch that are not open today, the keys of those issued after `asOf` (keys only, from
 *   `[lifecycle+issueDate]`: they cannot be open at `asOf`) and then the rest whole (`bulkGet`): they were closed
 *   after `asOf`, a few per customer.
 * Must run inside a read transaction over invoices, openItems, allocations, creditNotes and customers.
 */
import Dexie from 'dexie'
import { openAmountBack, owedNow } from '../../../domain/reports/agingBack'
import { agingFromOpenItems, type AgingReport, type BucketBounds, type OpenItem } from '../../../domain/reports/aging'
import type { Allocation, CreditNote, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import { rowsOfCustomers } from '../customerScaleRead'

function groupByInvoice<T extends { invoiceId: string }>(xs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of xs) {
    const list = out.get(x.invoiceId)
    if (list) list.push(x)
    else out.set(x.invoiceId, [x])
  }
  return out
}

/** Keys of the invoices issued after `asOf` (keys only): they cannot have been open at `asOf`. */
async function issuedAfter(ctx: Ctx, asOf: IsoDate): Promise<Set<string>> {
  const range = ctx.db.invoices.where('[lifecycle+issueDate]').between(['issued', asOf], ['issued', Dexie.maxKey], false, true)
  return new Set(await range.primaryKeys())
}

/** The aging report as things stood at the end of `asOf` (any date; exact for dates before today too). */
export async function agingWorkedBack(ctx: Ctx, asOf: IsoDate, buckets: BucketBounds): Promise<AgingReport> {
  const { db } = ctx
  // All asked at once: IndexedDB serves them in order, without a round trip in between.
  const [openRows, laterAllocations, laterNotes, after] = await Promise.all([
    db.openItems.toArray(),
    db.allocations.where('date').above(asOf).toArray() as Promise<Allocation[]>,
    db.creditNotes.where('issueDate').above(asOf).toArray() as Promise<CreditNote[]>,
    issuedAfter(ctx, asOf),
  ])
  const allocs = groupByInvoice(laterAllocations)
  const notes = groupByInvoice(laterNotes)
  const back = (id: string, owed: number) => openAmountBack(id, owed, allocs.get(id) ?? [], notes.get(id) ?? [], asOf)

  // [issueDate, id, item]: sorted below into the order of the `[lifecycle+issueDate]` index the rebuilt report
  // reads in, so that even ties in its sorting come out the same.
  const found: Array<[string, string, OpenItem]> = []
  for (const r of openRows) {
    if (r.issueDate > asOf) continue
    const invoice = { id: r.id, fullNumber: r.fullNumber, customerId: r.customerId, issueDate: r.issueDate, dueDate: r.dueDate, customer: { legalName: r.customerName } }
    // Open today, so what it owes today is its open amount (no excess).
    found.push([r.issueDate, r.id, { invoice, open: back(r.id, r.openAmount) }])
  }
  // Touched after asOf, not open today, issued by asOf: closed since, read whole (a few per customer).
  const openIds = new Set(openRows.map((r) => r.id))
  const closedSince = [...new Set([...allocs.keys(), ...notes.keys()])].filter((id) => !openIds.has(id) && !after.has(id))
  for (const inv of await db.invoices.bulkGet(closedSince)) {
    if (!inv || inv.lifecycle !== 'issued' || inv.issueDate > asOf) continue
    found.push([inv.issueDate, inv.id, { invoice: inv, open: back(inv.id, owedNow(inv)) }])
  }
  const items = found
    .filter(([, , item]) => item.open > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([, , item]) => item)
  const customerIds = [...new Set(items.map((i) => i.invoice.customerId))]
  const customers = await rowsOfCustomers(db.customers, customerIds, (c) => c.id)
  return agingFromOpenItems({ items, customers, asOf, buckets })
}
