/**
 * The aging report read model (renderer/domain/reports/aging.ts does the arithmetic).
 *
 * Two ways to the same figures:
 * - maintained (fast): when nothing is dated after `asOf` (no issued invoice, payment or credit note), the open
 *   invoices' maintained `openAmount` IS the open amount as of `asOf`; they come from the slim `openItems` rows
 *   (schema v9, kept with every invoice write), not from the 2.3 KB invoice rows.
 *   Allocations carry their payment's date and have no date index, so the payments' `date` index stands for them.
 * - reconstructed: for an earlier date, the invoices issued up to `asOf` (`[lifecycle+issueDate]`), their
 *   allocations and credit notes (by `invoiceId`, one `anyOf` each) and the domain rebuilds each open amount.
 * Customers come by `bulkGet`. No table is scanned with `.filter()`.
 */
import Dexie from 'dexie'
import { parseIsoDate } from '../../../domain/dates'
import {
  agingAsOf,
  agingFromOpenItems,
  DEFAULT_BUCKETS,
  validateBuckets,
  type AgingReport,
  type BucketBounds,
} from '../../../domain/reports/aging'
import type { IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import { rowsOfCustomers } from '../customerScaleRead'

export interface AgingReportResult extends AgingReport {
  /** How the figures were obtained (the results are the same; 'maintained' is cheaper). */
  method: 'maintained' | 'reconstructed'
}

/** True when no issued invoice, payment (hence allocation) or credit note is dated after `asOf`. */
export async function nothingDatedAfter(ctx: Ctx, asOf: IsoDate): Promise<boolean> {
  const { db } = ctx
  const [payments, notes, invoices] = await Promise.all([
    db.payments.where('date').above(asOf).count(),
    db.creditNotes.where('issueDate').above(asOf).count(),
    db.invoices.where('[lifecycle+issueDate]').between(['issued', asOf], ['issued', Dexie.maxKey], false, true).count(),
  ])
  return payments === 0 && notes === 0 && invoices === 0
}

function uniqueIds(xs: readonly { customerId: string }[]): string[] {
  return [...new Set(xs.map((x) => x.customerId))]
}

async function maintained(ctx: Ctx, asOf: IsoDate, buckets: BucketBounds): Promise<AgingReport> {
  const { db } = ctx
  const open = await db.openItems.toArray()
  const customers = await rowsOfCustomers(db.customers, uniqueIds(open), (c) => c.id)
  const items = open.map((r) => ({
    invoice: { id: r.id, fullNumber: r.fullNumber, customerId: r.customerId, issueDate: r.issueDate, dueDate: r.dueDate, customer: { legalName: r.customerName } },
    open: r.openAmount,
  }))
  return agingFromOpenItems({ items, customers, asOf, buckets })
}

async function reconstructed(ctx: Ctx, asOf: IsoDate, buckets: BucketBounds): Promise<AgingReport> {
  const { db } = ctx
  const invoices = await db.invoices
    .where('[lifecycle+issueDate]')
    .between(['issued', Dexie.minKey], ['issued', asOf], true, true)
    .toArray()
  const ids = invoices.map((i) => i.id)
  const [allocations, creditNotes] = await Promise.all([
    db.allocations.where('invoiceId').anyOf(ids).toArray(),
    db.creditNotes.where('invoiceId').anyOf(ids).toArray(),
  ])
  const customers = await db.customers.bulkGet(uniqueIds(invoices))
  return agingAsOf({ invoices, allocations, creditNotes, customers, asOf, buckets })
}

/** Aging of receivables as of `asOf` (default buckets: current, 1-30, 31-60, 61-90, 90+). */
export async function agingReport(ctx: Ctx, opts: { asOf: IsoDate; buckets?: BucketBounds }): Promise<AgingReportResult> {
  const { asOf } = opts
  parseIsoDate(asOf)
  const buckets = validateBuckets(opts.buckets ?? DEFAULT_BUCKETS)
  const { db } = ctx
  const tables = [db.invoices, db.openItems, db.payments, db.allocations, db.creditNotes, db.customers]
  return db.transaction('r', tables, async () => {
    if (await nothingDatedAfter(ctx, asOf)) return { ...(await maintained(ctx, asOf, buckets)), method: 'maintained' as const }
    return { ...(await reconstructed(ctx, asOf, buckets)), method: 'reconstructed' as const }
  })
}
