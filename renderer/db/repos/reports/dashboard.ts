/**
 * The receivables dashboard read model (renderer/domain/reports/dashboard.ts does the arithmetic).
 *
 * What is read, always by index, in one read transaction (the period: N month-ends, the opening month-end before
 * them at `openingEnd`, and `salesFrom`, DSO_LOOKBACK_MONTHS before the first month, see dashboardPeriod):
 * 1. invoices issued from `salesFrom` to today: `[lifecycle+issueDate]` range. They carry the sales the countback
 *    DSO and the CEI need, and most of what is receivable at every month-end;
 * 2. older invoices still open today: `[isOpen+issueDate+id]` range below `salesFrom`;
 * 3. older invoices settled since the opening month-end (open then, paid or credited since): their ids come from
 *    the allocations of the payments dated after `openingEnd` (`payments.date` range, then `allocations.paymentId`;
 *    an allocation carries its payment's date, as in the aging report) and from the credit notes issued since
 *    `salesFrom` (`creditNotes.issueDate` range, which the sales need anyway); then `bulkGet`.
 *    An older invoice that was neither open today nor touched since the opening month-end was settled before it:
 *    it is nothing at any month-end, so it is never read;
 * 4. the allocations and credit notes of all those invoices: `invoiceId` with `anyOf` (an allocation may be dated
 *    before its invoice's issue date when a payment was back-dated, so a date window would miss it);
 * 5. the customers of the invoices open today, `bulkGet`, for the names of the top debtors.
 * So the work grows with the period (about 17 months of invoices and 13 months of payments for 12 months), not
 * with the history: at 200,000 invoices over several years it reads the window's share, never a whole table, and
 * no `.filter()` walks a table.
 */
import Dexie from 'dexie'
import { dashboardFigures, dashboardPeriod, DEFAULT_DASHBOARD_MONTHS, type DashboardData } from '../../../domain/reports/dashboard'
import type { BucketBounds } from '../../../domain/reports/aging'
import type { CreditNote, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import type { StoredInvoice } from '../../stored'

export type { DashboardData, DashboardMonth, TopDebtor } from '../../../domain/reports/dashboard'

/** The dashboard's figures for the `months` (default 12) month-ends up to `today`. */
export async function dashboardData(
  ctx: Ctx,
  opts: { today: IsoDate; months?: number; buckets?: BucketBounds },
): Promise<DashboardData> {
  const period = dashboardPeriod(opts.today, opts.months ?? DEFAULT_DASHBOARD_MONTHS)
  const { today, salesFrom } = period
  const openingEnd = period.opening.end
  const { db } = ctx
  const tables = [db.invoices, db.payments, db.allocations, db.creditNotes, db.customers]
  return db.transaction('r', tables, async () => {
    const [recent, olderOpen, notesInWindow, paymentsSince] = await Promise.all([
      db.invoices.where('[lifecycle+issueDate]').between(['issued', salesFrom], ['issued', today], true, true).toArray(),
      db.invoices.where('[isOpen+issueDate+id]').between([1, Dexie.minKey, Dexie.minKey], [1, salesFrom, Dexie.minKey], true, false).toArray(),
      db.creditNotes.where('issueDate').between(salesFrom, today, true, true).toArray(),
      db.payments.where('date').between(openingEnd, today, false, true).primaryKeys(),
    ])
    const byId = new Map<string, StoredInvoice>()
    for (const inv of [...recent, ...olderOpen]) if (inv.lifecycle === 'issued') byId.set(inv.id, inv)

    const allocationsSince = await db.allocations.where('paymentId').anyOf(paymentsSince).toArray()
    const touched = new Set<string>()
    for (const a of allocationsSince) if (a.date > openingEnd) touched.add(a.invoiceId)
    for (const n of notesInWindow) if (n.issueDate > openingEnd) touched.add(n.invoiceId)
    const missing = [...touched].filter((id) => !byId.has(id))
    for (const inv of await db.invoices.bulkGet(missing)) if (inv && inv.lifecycle === 'issued') byId.set(inv.id, inv)

    const invoices = [...byId.values()]
    const ids = invoices.map((i) => i.id)
    const [allocations, notesOfInvoices] = await Promise.all([
      db.allocations.where('invoiceId').anyOf(ids).toArray(),
      db.creditNotes.where('invoiceId').anyOf(ids).toArray(),
    ])
    const notes = new Map<string, CreditNote>()
    for (const n of [...notesInWindow, ...notesOfInvoices]) notes.set(n.id, n)

    const debtorIds = [...new Set(invoices.filter((i) => i.isOpen === 1).map((i) => i.customerId))]
    const customers = await db.customers.bulkGet(debtorIds)
    return dashboardFigures({
      invoices,
      allocations,
      creditNotes: [...notes.values()],
      customers,
      today,
      months: opts.months,
      buckets: opts.buckets,
    })
  })
}
