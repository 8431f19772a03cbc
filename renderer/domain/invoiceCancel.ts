/**
 * Cancelling (annulling) an issued invoice: for an invoice that should never have been issued (wrong customer,
 * duplicated, a sale that did not happen). The number stays used and the row stays, with lifecycle 'cancelled';
 * it leaves the receivables, the lists of open invoices and the customer's balance, and in Spain a VERI*FACTU
 * cancellation record (registro de anulación) is chained to the invoice's record.
 *
 * What cannot be cancelled, and why:
 *  - anything paid, discounted or credited: money moved against it; correct it with a credit note instead
 *    (a cancelled invoice with payments would leave those payments pointing at nothing);
 *  - a Romanian company's invoice: e-Factura has no cancellation; an issued invoice is corrected by a credit
 *    note (storno) reported like any invoice;
 *  - without a reason: the reason is printed on the invoice and kept in the change log.
 */
import type { CompanySettings, Invoice } from './types'

export interface CancelProblem {
  code: string
  params?: Record<string, string | number>
}

/** Longest reason kept: it is printed on the invoice and goes into the sales register export (a text cell). */
export const CANCEL_REASON_MAX = 500

/** Every reason the invoice cannot be cancelled (empty = it can). */
export function cancelProblems(
  inv: Pick<Invoice, 'lifecycle' | 'fullNumber' | 'paidAmount' | 'discountTaken' | 'creditedAmount'>,
  company: Pick<CompanySettings, 'country'>,
  facts: { allocations: number; creditNotes: number; reason: string },
): CancelProblem[] {
  const p: CancelProblem[] = []
  const number = inv.fullNumber
  if (inv.lifecycle === 'cancelled') return [{ code: 'data.invoice.cancel.already', params: { number } }]
  if (inv.lifecycle !== 'issued') return [{ code: 'data.invoice.cancel.notIssued' }]
  if (company.country === 'RO') p.push({ code: 'data.invoice.cancel.romania', params: { number } })
  if (inv.paidAmount > 0 || inv.discountTaken > 0 || facts.allocations > 0) p.push({ code: 'data.invoice.cancel.hasPayments', params: { number } })
  if (inv.creditedAmount > 0 || facts.creditNotes > 0) p.push({ code: 'data.invoice.cancel.hasCreditNotes', params: { number } })
  const reason = facts.reason.trim()
  if (reason.length < 3) p.push({ code: 'data.invoice.cancel.reasonRequired' })
  if (reason.length > CANCEL_REASON_MAX) p.push({ code: 'data.invoice.cancel.reasonTooLong', params: { max: String(CANCEL_REASON_MAX) } })
  return p
}
