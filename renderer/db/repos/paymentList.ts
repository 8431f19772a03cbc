/** The recent payments of every customer, newest first, paged by key (payments list screen). */
import Dexie from 'dexie'
import type { Ctx } from '../context'
import type { Customer, Payment } from '../../domain/types'

export interface PaymentRow extends Payment {
  customerName: string
}

/** Newest first by (date, id); `after` is the last row of the previous page. Uses the `date` index only. */
export async function listPaymentsPage(ctx: Ctx, q: { limit: number; after?: { date: string; id: string } }): Promise<PaymentRow[]> {
  const { db } = ctx
  const after = q.after
  const collection = after
    ? db.payments
        .where('date')
        .between(Dexie.minKey, after.date, true, true)
        .reverse()
        .filter((p) => p.date < after.date || p.id < after.id)
    : db.payments.orderBy('date').reverse()
  const rows = await collection.limit(q.limit).toArray()
  const ids = [...new Set(rows.map((p) => p.customerId))]
  const customers = await db.customers.bulkGet(ids)
  const names = new Map(customers.filter((c): c is Customer => c !== undefined).map((c) => [c.id, c.legalName]))
  return rows.map((p) => ({ ...p, customerName: names.get(p.customerId) ?? '' }))
}
