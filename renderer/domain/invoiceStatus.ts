/** What an invoice's state is on a given day, from its maintained figures. */
import { compareDates, daysBetween } from './dates'
import { cents } from './money'
import type { Cents, Invoice, InvoiceStatus, IsoDate } from './types'

/**
 * What is still to be collected: total - paid - discount taken - credited, never below 0
 * (money beyond the total is customer credit, see `excessAmount`).
 */
export function openAmount(total: Cents, paid: Cents, discountTaken: Cents, credited: Cents): Cents {
  return cents(Math.max(0, total - paid - discountTaken - credited))
}

/** Money received or credited beyond the invoice total (becomes customer credit); 0 when none. */
export function excessAmount(total: Cents, paid: Cents, discountTaken: Cents, credited: Cents): Cents {
  return cents(Math.max(0, paid + discountTaken + credited - total))
}

export type StatusFields = Pick<
  Invoice,
  'lifecycle' | 'dueDate' | 'openAmount' | 'paidAmount' | 'discountTaken' | 'creditedAmount' | 'totals'
>

/**
 * draft | cancelled | credited (credit notes cover the whole total) | paid (nothing open) | overdue (open and due before asOf)
 * | partiallyPaid (something paid, discounted or credited; not overdue) | open.
 * An invoice is overdue from the day after its due date.
 */
export function invoiceStatus(inv: StatusFields, asOf: IsoDate): InvoiceStatus {
  if (inv.lifecycle === 'draft') return 'draft'
  if (inv.lifecycle === 'cancelled') return 'cancelled'
  if (inv.creditedAmount > 0 && inv.creditedAmount >= inv.totals.total) return 'credited'
  if (inv.openAmount <= 0) return 'paid'
  if (compareDates(inv.dueDate, asOf) < 0) return 'overdue'
  if (inv.paidAmount > 0 || inv.discountTaken > 0 || inv.creditedAmount > 0) return 'partiallyPaid'
  return 'open'
}

/** Days past the due date on `asOf` (the day after the due date is 1); 0 when not overdue. */
export function daysOverdue(dueDate: IsoDate, asOf: IsoDate): number {
  return Math.max(0, daysBetween(dueDate, asOf))
}

/** Whether an issued invoice still counts as open (the `isOpen` index value). */
export function isOpenFlag(inv: Pick<Invoice, 'lifecycle' | 'openAmount'>): 0 | 1 {
  return inv.lifecycle === 'issued' && inv.openAmount > 0 ? 1 : 0
}
