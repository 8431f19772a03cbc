/**
 * The aging report read model (renderer/domain/reports/aging.ts does the arithmetic).
 *
 * Two ways to the same figures:
 * - maintained (fast): when nothing is dated after `asOf` (no issued invoice, allocation or credit note), the open
 *   invoices' maintained `openAmount` IS the open amount as of `asOf`; they come from the customer summaries
 *   (schema v10, kept with every invoice write: one row per customer with its open invoices and name), not from the
 *   2.3 KB invoice rows nor the customer rows.
 *   Allocations are found by their `date` index (schema v10).
 * - reconstructed: for an earlier date, worked back from today's figures (agingPast.ts): the open items plus the
 *   invoices touched by allocations or credit notes dated after `asOf`, each with what was settled after `asOf`.
 * Customers come by `bulkGet`. No table is scanned with `.filter()`.
 */
import Dexie from 'dexie'
import { parseIsoDate } from '../../../domain/dates'
import {
  agingFromOpenItems,
  DEFAULT_BUCKETS,
  validateBuckets,
  type AgingReport,
  type BucketBounds,
  type OpenItem,
} from '../../../domain/reports/aging'
import type { IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import { agingWorkedBack } from './agingPast'
import { allSummaries } from '../summaryBuckets'

export interface AgingReportResult extends AgingReport {
  /** How the figures were obtained (the results are the same; 'maintained' is cheaper). */
  method: 'maintained' | 'reconstructed'
}

/**
 * True when no issued invoice, allocation (schema v10 indexes their date) or credit note is dated after `asOf`.
 * One key of each range is enough: Chromium's count() walks the whole range (~150 ms for a year of 20k invoices).
 */
export async function nothingDatedAfter(ctx: Ctx, asOf: IsoDate): Promise<boolean> {
  const { db } = ctx
  const found = await Promise.all([
    db.allocations.where('date').above(asOf).limit(1).primaryKeys(),
    db.creditNotes.where('issueDate').above(asOf).limit(1).primaryKeys(),
    db.invoices.where('[lifecycle+issueDate]').between(['issued', asOf], ['issued', Dexie.maxKey], false, true).limit(1).primaryKeys(),
  ])
  return found.every((keys) => keys.length === 0)
}

/**
 * Today's report from the customer summaries (schema v11: in 32 bucket rows): one per customer with open invoices, holding
 * them as columns with the customer's name, instead of every open item and every customer row. The items are handed
 * to agingFromOpenItems as the open items would be (the name on the invoice, for a customer whose row is missing, is
 * the one on its smallest id, as reading the open items in key order gave it).
 */
async function maintained(ctx: Ctx, asOf: IsoDate, buckets: BucketBounds): Promise<AgingReport> {
  const summaries = await allSummaries(ctx.db.summaryBuckets)
  const items: OpenItem[] = []
  const customers: Array<{ id: string; legalName: string }> = []
  for (const s of summaries) {
    if (s.customer) customers.push({ id: s.customerId, legalName: s.customer.legalName })
    const customer = { legalName: s.buyer }
    for (const [i, id] of s.ids.entries()) {
      const invoice = { id, fullNumber: s.numbers[i]!, customerId: s.customerId, issueDate: s.issueDates[i]!, dueDate: s.dueDates[i]!, customer }
      items.push({ invoice, open: s.amounts[i]! })
    }
  }
  return agingFromOpenItems({ items, customers, asOf, buckets })
}

/** Worked back from today's maintained figures (reports/agingPast.ts); same figures as rebuilding every invoice. */
async function reconstructed(ctx: Ctx, asOf: IsoDate, buckets: BucketBounds): Promise<AgingReport> {
  return agingWorkedBack(ctx, asOf, buckets)
}

/** Aging of receivables as of `asOf` (default buckets: current, 1-30, 31-60, 61-90, 90+). */
export async function agingReport(ctx: Ctx, opts: { asOf: IsoDate; buckets?: BucketBounds }): Promise<AgingReportResult> {
  const { asOf } = opts
  parseIsoDate(asOf)
  const buckets = validateBuckets(opts.buckets ?? DEFAULT_BUCKETS)
  const { db } = ctx
  const tables = [db.invoices, db.openItems, db.summaryBuckets, db.payments, db.allocations, db.creditNotes, db.customers]
  return db.transaction('r', tables, async () => {
    if (await nothingDatedAfter(ctx, asOf)) return { ...(await maintained(ctx, asOf, buckets)), method: 'maintained' as const }
    return { ...(await reconstructed(ctx, asOf, buckets)), method: 'reconstructed' as const }
  })
}
