/**
 * Payment terms: due dates (net N, end of month + N, immediate), the customer's payment days and the
 * early-payment discount. Wording of terms is i18n in the UI / PDF; the domain exposes only the numbers.
 */
import { addDays, compareDates, daysInMonth, endOfMonth, isoDate, parseIsoDate } from './dates'
import { DomainError } from './errors'
import { cents, percentOf } from './money'
import type { Cents, EarlyPaymentDiscount, Invoice, IsoDate, PaymentTerms } from './types'

function checkDays(days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > 366) throw new DomainError('terms.invalidDays', { value: String(days) })
  return days
}

/** Throws DomainError('terms.invalidPaymentDay') unless every day is an integer 1..31. */
export function checkPaymentDays(paymentDays: number[]): number[] {
  for (const d of paymentDays) {
    if (!Number.isInteger(d) || d < 1 || d > 31) throw new DomainError('terms.invalidPaymentDay', { value: String(d) })
  }
  return [...new Set(paymentDays)].sort((a, b) => a - b)
}

/** The due date before payment days: net N -> issue + N; endOfMonth N -> end of the issue month + N; immediate -> issue. */
export function nominalDueDate(issueDate: IsoDate, terms: PaymentTerms): IsoDate {
  switch (terms.kind) {
    case 'immediate':
      parseIsoDate(issueDate)
      return issueDate
    case 'net':
      return addDays(issueDate, checkDays(terms.days))
    case 'endOfMonth':
      return addDays(endOfMonth(issueDate), checkDays(terms.days))
  }
}

/**
 * The first of the customer's payment days on or after `date` (a day beyond a short month's end means that
 * month's last day: 31 in February -> 28 or 29). Returns `date` when paymentDays is empty.
 */
export function nextPaymentDay(date: IsoDate, paymentDays: number[]): IsoDate {
  const days = checkPaymentDays(paymentDays)
  if (days.length === 0) return date
  const start = parseIsoDate(date)
  for (let i = 0; i < 2; i++) {
    const y = start.y + Math.floor((start.m - 1 + i) / 12)
    const m = ((start.m - 1 + i) % 12) + 1
    for (const d of days) {
      const candidate = isoDate(y, m, Math.min(d, daysInMonth(y, m)))
      if (compareDates(candidate, date) >= 0) return candidate
    }
  }
  /* unreachable: the smallest payment day of next month is always after `date` */
  throw new DomainError('terms.invalidPaymentDay', { value: days.join(',') })
}

/** Due date of an invoice: nominal due date, then moved forward to the customer's next payment day. */
export function dueDate(issueDate: IsoDate, terms: PaymentTerms, paymentDays: number[]): IsoDate {
  return nextPaymentDay(nominalDueDate(issueDate, terms), paymentDays)
}

/**
 * Nominal days of credit, for warnings (ES Ley 3/2004: at most 60 days). For "end of month + N" this is the
 * worst case, 30 + N (an invoice issued on the 1st of a 31-day month).
 */
export function termsDays(terms: PaymentTerms): number {
  switch (terms.kind) {
    case 'immediate':
      return 0
    case 'net':
      return checkDays(terms.days)
    case 'endOfMonth':
      return 30 + checkDays(terms.days)
  }
}

/** Legal maximum days of credit between businesses in Spain (Ley 3/2004, art. 4). */
export const ES_MAX_TERMS_DAYS = 60

/** Last day on which the early-payment discount can be taken: issue date + days (inclusive). */
export function earlyDiscountDeadline(issueDate: IsoDate, d: EarlyPaymentDiscount): IsoDate {
  return addDays(issueDate, checkDays(d.days))
}

/**
 * Discount available when paying the invoice in full on `paymentDate`: percentOf(total, percent), capped at
 * what is still open, if paymentDate <= deadline and no discount was taken yet; 0 otherwise.
 */
export function earlyDiscountFor(
  invoice: Pick<Invoice, 'issueDate' | 'earlyDiscount' | 'totals' | 'openAmount' | 'discountTaken'>,
  paymentDate: IsoDate,
): Cents {
  const d = invoice.earlyDiscount
  if (!d || d.percent <= 0) return 0
  if (invoice.discountTaken > 0 || invoice.openAmount <= 0) return 0
  if (compareDates(paymentDate, earlyDiscountDeadline(invoice.issueDate, d)) > 0) return 0
  const discount = percentOf(invoice.totals.total, d.percent)
  return cents(Math.max(0, Math.min(discount, invoice.openAmount)))
}
