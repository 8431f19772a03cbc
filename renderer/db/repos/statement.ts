/**
 * The customer's statement (ledger): issued invoices (debit), credit notes, payments and early-payment
 * discounts (credit) by date, with a running balance that ends at the customer's maintained balance.
 */
import Dexie from 'dexie'
import type { Cents, IsoDate } from '../../domain/types'
import type { Ctx } from '../context'

export type LedgerRowKind = 'opening' | 'invoice' | 'creditNote' | 'payment' | 'discount'

export interface LedgerRow {
  date: IsoDate
  kind: LedgerRowKind
  /** Invoice, credit note or payment id ('' for the opening row). */
  documentId: string
  /** Printed number (invoice, credit note), payment reference, or the settled invoice's number (discount). */
  reference: string
  /** Invoices: due date; '' otherwise. */
  dueDate: IsoDate | ''
  debit: Cents
  credit: Cents
  /** Balance after this row. */
  balance: Cents
}

/** Same-day order: what is owed first, then what reduces it. */
const KIND_ORDER: Record<LedgerRowKind, number> = { opening: 0, invoice: 1, creditNote: 2, payment: 3, discount: 4 }

type Entry = Omit<LedgerRow, 'balance'>

/**
 * The ledger of one customer. With `from`, everything before it is summed into one opening row dated `from`;
 * with `to`, nothing after it is listed.
 */
export async function customerLedger(
  ctx: Ctx,
  customerId: string,
  opts: { from?: IsoDate; to?: IsoDate } = {},
): Promise<LedgerRow[]> {
  const { db } = ctx
  const [invoices, notes, payments, allocations] = await Promise.all([
    db.invoices.where('[customerId+issueDate]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray(),
    db.creditNotes.where('customerId').equals(customerId).toArray(),
    db.payments.where('[customerId+date]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray(),
    db.allocations.where('customerId').equals(customerId).toArray(),
  ])
  const numberOf = new Map(invoices.map((i) => [i.id, i.fullNumber]))
  const entries: Entry[] = []
  for (const i of invoices) {
    if (i.lifecycle !== 'issued') continue
    entries.push({ date: i.issueDate, kind: 'invoice', documentId: i.id, reference: i.fullNumber, dueDate: i.dueDate, debit: i.totals.total, credit: 0 })
  }
  for (const n of notes) {
    entries.push({ date: n.issueDate, kind: 'creditNote', documentId: n.id, reference: n.fullNumber, dueDate: '', debit: 0, credit: n.totals.total })
  }
  for (const p of payments) {
    entries.push({ date: p.date, kind: 'payment', documentId: p.id, reference: p.reference, dueDate: '', debit: 0, credit: p.amount })
  }
  for (const a of allocations) {
    if (a.discount <= 0) continue
    entries.push({
      date: a.date,
      kind: 'discount',
      documentId: a.paymentId,
      reference: numberOf.get(a.invoiceId) ?? '',
      dueDate: '',
      debit: 0,
      credit: a.discount,
    })
  }
  entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.reference.localeCompare(b.reference) ||
      a.documentId.localeCompare(b.documentId),
  )
  const rows: LedgerRow[] = []
  let balance = 0
  let opening = 0
  for (const e of entries) {
    if (opts.to && e.date > opts.to) break
    balance += e.debit - e.credit
    if (opts.from && e.date < opts.from) {
      opening = balance
      continue
    }
    rows.push({ ...e, balance })
  }
  if (opts.from) {
    const debit = Math.max(0, opening)
    const credit = Math.max(0, -opening)
    rows.unshift({ date: opts.from, kind: 'opening', documentId: '', reference: '', dueDate: '', debit, credit, balance: opening })
  }
  return rows
}
