/**
 * The customer's statement (ledger): issued invoices (debit), credit notes, payments and early-payment
 * discounts (credit) by date, with a running balance that ends at the customer's maintained balance.
 * customerLedger reads the whole history (documents, exports of a period); the customer page reads it a key page
 * at a time, newest first (statementPage.ts), with the same rows, order and balances.
 */
import Dexie from 'dexie'
import type { Allocation, Cents, CreditNote, Invoice, IsoDate, Payment } from '../../domain/types'
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

export type LedgerEntry = Omit<LedgerRow, 'balance'>
type Entry = LedgerEntry

/** The ledger's order: by date, then kind (KIND_ORDER), reference and document id. */
export function compareEntries(a: LedgerEntry, b: LedgerEntry): number {
  return (
    a.date.localeCompare(b.date) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.reference.localeCompare(b.reference) ||
    a.documentId.localeCompare(b.documentId)
  )
}

export function invoiceEntry(i: Invoice): LedgerEntry {
  return { date: i.issueDate, kind: 'invoice', documentId: i.id, reference: i.fullNumber, dueDate: i.dueDate, debit: i.totals.total, credit: 0 }
}

export function creditNoteEntry(n: CreditNote): LedgerEntry {
  return { date: n.issueDate, kind: 'creditNote', documentId: n.id, reference: n.fullNumber, dueDate: '', debit: 0, credit: n.totals.total }
}

export function paymentEntry(p: Payment): LedgerEntry {
  return { date: p.date, kind: 'payment', documentId: p.id, reference: p.reference, dueDate: '', debit: 0, credit: p.amount }
}

/**
 * One row per allocation with a discount (early payment or write-off), named after the settled invoice. Taken by
 * allocation id, so rows that compare equal (one payment discounting one invoice twice) always come in one order.
 */
export function discountEntries(allocations: readonly Allocation[], numberOf: ReadonlyMap<string, string>): LedgerEntry[] {
  return allocations
    .filter((a) => a.discount > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a): LedgerEntry => ({ date: a.date, kind: 'discount', documentId: a.paymentId, reference: numberOf.get(a.invoiceId) ?? '', dueDate: '', debit: 0, credit: a.discount }))
}

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
  const entries: Entry[] = [
    ...invoices.filter((i) => i.lifecycle === 'issued').map(invoiceEntry),
    ...notes.map(creditNoteEntry),
    ...payments.map(paymentEntry),
    ...discountEntries(allocations, numberOf),
  ]
  entries.sort(compareEntries)
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
