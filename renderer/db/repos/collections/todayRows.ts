/**
 * What the Today screen shows of the rows it renders, beyond the work queue's items: per customer the name and
 * phone numbers (the whole customer row, a few dozen of them), per invoice its number, open amount, currency and due
 * date (the slim `openItems` rows, one per open invoice, by id), and for the paused rows the snooze in force and the
 * open disputes. Read for one page of one section at a time, only what that section's rows show: at 200,000 invoices
 * the queue has ~1,550 items, and reading every item's customer row and open invoices (whole rows) took 1.5-2.4 s.
 */
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { Dispute, Snooze } from '../../../domain/collections/types'
import type { Customer, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import type { OpenItemRow } from '../invoiceCounters'
import { activeSnoozeOf } from './snoozes'
import { openDisputesOf } from './disputes'

/** A customer as a Today row shows it (CustomerCell: names and phones; OverLimitRow: the credit limit). */
export type TodayCustomer = Pick<Customer, 'id' | 'legalName' | 'phone' | 'contacts' | 'creditLimit'>

/** An open invoice as a Today row shows it (chips, lists of numbers, the outcome dialog's dispute choice). */
export type TodayInvoice = Pick<OpenItemRow, 'id' | 'customerId' | 'fullNumber' | 'issueDate' | 'dueDate' | 'openAmount' | 'currency'>

export interface TodayRows {
  date: IsoDate
  /** The rows' customers and the open invoices their items name, by id (an invoice no longer open is absent). */
  customers: Map<string, TodayCustomer>
  invoices: Map<string, TodayInvoice>
  /** Snoozes in force (by customer) and open disputes (by invoice) of the rows' customers: why they are paused. */
  snoozes: Map<string, Snooze>
  disputes: Map<string, Dispute>
}

/**
 * What a section's rows show besides the item: the invoices of the letter, of the call, with no contact, or (paused
 * rows) the disputed ones and those whose demand was sent, with the snooze and the disputes; or nothing more (the
 * promise and credit limit rows).
 */
export type RowNeeds = 'letter' | 'call' | 'noContact' | 'paused' | 'none'

/** The invoices a row of `needs` names. */
export function invoiceIdsOf(item: WorkQueueItem, needs: RowNeeds): string[] {
  switch (needs) {
    case 'letter':
      return item.letters[0]?.invoiceIds ?? []
    case 'call':
      return item.calls[0]?.invoiceIds ?? []
    case 'noContact':
      return item.noContact
    case 'paused':
      return [...item.disputedInvoiceIds, ...item.demandsSent.map((d) => d.invoiceId)]
    case 'none':
      return []
  }
}

const customerOf = ({ id, legalName, phone, contacts, creditLimit }: Customer): TodayCustomer => ({ id, legalName, phone, contacts, creditLimit })
const invoiceOf = ({ id, customerId, fullNumber, issueDate, dueDate, openAmount, currency }: OpenItemRow): TodayInvoice => ({
  id,
  customerId,
  fullNumber,
  issueDate,
  dueDate,
  openAmount,
  currency,
})

/**
 * The data of `items`' rows (one page of a Today section, whose rows show `needs`) as of `today`, in one read
 * transaction: the customers, the open invoices the rows name (slim rows, by id: an invoice no longer open is
 * absent), and for paused rows the snoozes in force and the open disputes.
 */
export async function todayRowsOf(ctx: Ctx, items: readonly WorkQueueItem[], today: IsoDate, needs: RowNeeds): Promise<TodayRows> {
  const { db } = ctx
  const customerIds = [...new Set(items.map((i) => i.customerId))]
  const invoiceIds = [...new Set(items.flatMap((i) => invoiceIdsOf(i, needs)))]
  const snoozed = needs === 'paused' ? items.filter((i) => i.snoozedUntil) : []
  const disputed = needs === 'paused' ? items.filter((i) => i.disputedInvoiceIds.length > 0) : []
  return db.transaction('r', [db.customers, db.openItems, db.snoozes, db.disputes], async () => {
    const [customerRows, invoiceRows, snoozeRows, disputeRows] = await Promise.all([
      db.customers.bulkGet(customerIds),
      invoiceIds.length > 0 ? db.openItems.bulkGet(invoiceIds) : [],
      Promise.all(snoozed.map((i) => activeSnoozeOf(ctx, i.customerId, today))),
      Promise.all(disputed.map((i) => openDisputesOf(ctx, i.customerId))),
    ])
    const rows: TodayRows = { date: today, customers: new Map(), invoices: new Map(), snoozes: new Map(), disputes: new Map() }
    for (const c of customerRows) if (c) rows.customers.set(c.id, customerOf(c))
    for (const inv of invoiceRows) if (inv) rows.invoices.set(inv.id, invoiceOf(inv))
    snoozed.forEach((item, k) => {
      const s = snoozeRows[k]
      if (s) rows.snoozes.set(item.customerId, s)
    })
    for (const list of disputeRows) for (const d of list) rows.disputes.set(d.invoiceId, d)
    return rows
  })
}

/** The customer's open invoices (the outcome dialog's dispute choice), oldest due first, then issue date, number. */
export async function openInvoicesForToday(ctx: Ctx, customerId: string): Promise<TodayInvoice[]> {
  const rows = await ctx.db.openItems.where('customerId').equals(customerId).toArray()
  return rows
    .map(invoiceOf)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.issueDate.localeCompare(b.issueDate) || a.fullNumber.localeCompare(b.fullNumber))
}
