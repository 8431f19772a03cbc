/**
 * The overview's figures (a read model over customers and invoices), read through indexes only:
 * - receivable: customers with balance > 0 via the `balance` index (a range, summed while walking);
 * - top debtors: `balance` index in reverse, limit 5;
 * - overdue: open invoices due before today via `[isOpen+dueDate]` (a range, summed while walking);
 * - oldest overdue: the same range in key order, limit 5.
 */
import Dexie from 'dexie'
import type { Ctx } from '../context'
import type { Cents, Invoice, IsoDate } from '../../domain/types'

export interface ReceivableSummary {
  receivable: Cents
  debtors: number
}

export interface OverdueSummary {
  overdue: Cents
  count: number
}

export async function receivableSummary(ctx: Ctx): Promise<ReceivableSummary> {
  let receivable = 0
  let debtors = 0
  await ctx.db.customers
    .where('balance')
    .above(0)
    .each((c) => {
      receivable += c.balance
      debtors += 1
    })
  return { receivable, debtors }
}

function overdueRange(ctx: Ctx, asOf: IsoDate) {
  return ctx.db.invoices.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, asOf], true, false)
}

export async function overdueSummary(ctx: Ctx, asOf: IsoDate): Promise<OverdueSummary> {
  let overdue = 0
  let count = 0
  await overdueRange(ctx, asOf).each((inv) => {
    overdue += inv.openAmount
    count += 1
  })
  return { overdue, count }
}

/** The invoices that have waited longest past their due date. */
export async function oldestOverdue(ctx: Ctx, asOf: IsoDate, limit = 5): Promise<Invoice[]> {
  return overdueRange(ctx, asOf).limit(limit).toArray()
}
