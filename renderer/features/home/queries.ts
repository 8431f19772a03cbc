/**
 * The overview's figures, read through indexes only (no repository offers them yet; they belong in a
 * renderer/db/repos/overview.ts if other screens need them):
 * - receivable: customers with balance > 0 via the `balance` index (a range, summed while walking);
 * - top debtors: `balance` index in reverse, limit 5;
 * - overdue: open invoices due before today via `[isOpen+dueDate]` (a range, summed while walking);
 * - oldest overdue: the same range in key order, limit 5.
 */
import Dexie from 'dexie'
import type { Ctx } from '../../db/context'
import type { Cents, Customer, Invoice, IsoDate } from '../../domain/types'

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

export async function topDebtors(ctx: Ctx, limit = 5): Promise<Customer[]> {
  const rows = await ctx.db.customers.orderBy('balance').reverse().limit(limit).toArray()
  return rows.filter((c) => c.balance > 0)
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
