/**
 * The interest note ("nota de liquidación de intereses de demora" / "notă de calcul al penalităților de întârziere"):
 * a letter claiming the late-payment interest and the fixed compensation still owed on invoices that are overdue or
 * were paid late. A customer who paid the principal late still owes them; this note makes them visible and claimable.
 * Unlike the reminders (claimsLateCharges), the note ALWAYS claims interest and compensation: that is its point.
 * Rows: the invoices with claimable interest or compensation > 0; outstanding = principal still unpaid (0 when paid).
 * Printed by main like any other LetterModel (same contract: principal = sum of outstanding, and so on).
 */
import { addDays, compareDates } from '../dates'
import { DomainError } from '../errors'
import type { Cents } from '../types'
import { type Reduction, invoiceInterest } from './interest'
import { type LetterInput, type LetterInvoice, assembleLetter } from './letter'
import type { LetterInvoiceRow, LetterModel } from './types'

export const INTEREST_NOTE_TEMPLATE_KEY = 'interestNote'
/** Days to pay stated in an interest note. */
export const INTEREST_NOTE_PAY_DAYS = 15

export interface InterestNoteInvoice {
  invoice: LetterInvoice
  /** Allocations (amount + discount, on the payment date) and credit notes (on their issue date). */
  reductions: Reduction[]
  /** Interest on this invoice already claimed and paid (deducted from what the note claims). */
  interestAlreadyPaid?: Cents
}

export interface InterestNoteInput extends Pick<LetterInput, 'company' | 'customer' | 'template' | 'settings' | 'rates' | 'today' | 'language'> {
  /** Candidate invoices, open or paid: only those with interest or compensation to claim become rows. */
  invoices: InterestNoteInvoice[]
}

/** The rows of the note: invoices with something to claim, oldest due first. */
export function interestNoteRows(input: Pick<InterestNoteInput, 'invoices' | 'customer' | 'settings' | 'rates' | 'today'>): LetterInvoiceRow[] {
  const contractual = input.customer.contractualRate ?? null
  return input.invoices
    .map(({ invoice, reductions, interestAlreadyPaid }): LetterInvoiceRow => {
      const r = invoiceInterest(invoice, reductions, input.rates, contractual, input.settings, input.today, interestAlreadyPaid ?? 0)
      return {
        invoiceId: invoice.id,
        number: invoice.fullNumber,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        total: invoice.totals.total,
        outstanding: r.outstanding,
        daysLate: r.daysLate,
        interest: r.claimableInterest,
        rate: r.maxRate,
        compensation: r.compensation,
      }
    })
    .filter((r) => r.interest > 0 || r.compensation > 0)
    .sort((a, b) => compareDates(a.dueDate, b.dueDate) || a.number.localeCompare(b.number))
}

/**
 * Builds the interest note. Throws letters.noInvoices when given no invoices, letters.mixedCurrencies when they are
 * in different currencies and letters.nothingToClaim when no invoice has interest or compensation to claim.
 */
export function buildInterestNoteModel(input: InterestNoteInput): LetterModel {
  const { company, today } = input
  if (input.invoices.length === 0) throw new DomainError('letters.noInvoices')
  const currency = input.invoices[0]?.invoice.currency ?? company.currency
  if (input.invoices.some((x) => x.invoice.currency !== currency)) throw new DomainError('letters.mixedCurrencies')
  const rows = interestNoteRows(input)
  if (rows.length === 0) throw new DomainError('letters.nothingToClaim')

  return assembleLetter(input, {
    templateKey: INTEREST_NOTE_TEMPLATE_KEY,
    kind: 'reminder',
    currency,
    rows,
    fees: 0,
    payBy: () => addDays(today, INTEREST_NOTE_PAY_DAYS),
    remindersSent: 0,
  })
}
