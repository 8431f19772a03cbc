/**
 * An invoice's open amount at a past date, worked back from today's maintained figures (pure).
 *
 * The domain's open amount as of a date (aging.ts `openAmountAsOf`) is
 *   max(0, total - allocations (amount + discount) dated <= asOf - credit notes issued <= asOf).
 * Today's maintained figures hold the same sums over EVERY allocation and credit note that exists:
 *   owedNow = total - paidAmount - discountTaken - creditedAmount   (not clamped: below 0 when more came in than owed).
 * Hence, at asOf:  open = max(0, owedNow + allocations dated after asOf + credit notes issued after asOf).
 *
 * So an issued invoice with nothing dated after asOf had then exactly the figure it has today: the invoices that can
 * be open at asOf are those open today (issued <= asOf) and those touched by an allocation or credit note dated after
 * asOf. A deleted (reversed) payment leaves no allocations behind: it counts neither today nor at any past date, in
 * both this and the rebuilt-from-documents figure.
 */
import { parseIsoDate } from '../dates'
import { excessAmount, openAmount } from '../invoiceStatus'
import { cents } from '../money'
import type { Allocation, Cents, CreditNote, Invoice, IsoDate } from '../types'

type FigureFields = Pick<Invoice, 'totals' | 'paidAmount' | 'discountTaken' | 'creditedAmount'>
type AllocationFields = Pick<Allocation, 'invoiceId' | 'date' | 'amount' | 'discount'>
type CreditNoteFields = Pick<CreditNote, 'invoiceId' | 'issueDate' | 'totals'>

/** total - paid - discount taken - credited, as maintained today: the open amount, or minus the excess (customer credit). */
export function owedNow(inv: FigureFields): Cents {
  const args = [inv.totals.total, inv.paidAmount, inv.discountTaken, inv.creditedAmount] as const
  return cents(openAmount(...args) - excessAmount(...args))
}

/**
 * What was open on invoice `invoiceId` at the end of `asOf`, from what it owes today (`owedNow`) plus what was
 * allocated to it after `asOf` (amount + discount, write-offs included) and credited to it by notes issued after
 * `asOf`; never below 0. Records of other invoices or dated on or before `asOf` are ignored, so whole lists can be
 * passed. The caller checks that the invoice was issued on or before `asOf` (else it was not open at all).
 */
export function openAmountBack(
  invoiceId: string,
  owed: Cents,
  laterAllocations: readonly AllocationFields[],
  laterCreditNotes: readonly CreditNoteFields[],
  asOf: IsoDate,
): Cents {
  parseIsoDate(asOf)
  let open = cents(owed)
  for (const a of laterAllocations) {
    if (a.invoiceId === invoiceId && a.date > asOf) open += cents(a.amount) + cents(a.discount)
  }
  for (const n of laterCreditNotes) {
    if (n.invoiceId === invoiceId && n.issueDate > asOf) open += cents(n.totals.total)
  }
  return cents(Math.max(0, open))
}
