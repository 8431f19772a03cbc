/**
 * Fixed compensation for recovery costs: 40 EUR per invoice paid late or still overdue
 * (ES: Ley 3/2004 art. 8; RO: Legea 72/2013 art. 7), configurable in the settings, stated in lei for RON invoices at
 * the EUR -> RON rate the user enters (half-up to the ban).
 */
import { addDays, compareDates } from '../dates'
import { DomainError } from '../errors'
import { cents, divRoundHalfUp } from '../money'
import type { Cents, CurrencyCode, IsoDate } from '../types'
import type { Reduction } from './interest'
import type { CollectionSettings } from './types'

/** The default: 40 EUR. */
export const DEFAULT_COMPENSATION_EUR: Cents = 4000

export type CompensationSettings = Pick<CollectionSettings, 'compensationEur' | 'eurToRon'>

/** Euros (in cents) converted to lei (in bani) at `eurToRon`, half-up to the ban. */
export function eurToRonCents(amountEur: Cents, eurToRon: number): Cents {
  if (!Number.isFinite(eurToRon) || eurToRon <= 0) {
    throw new DomainError('interest.exchangeRateInvalid', { value: String(eurToRon) })
  }
  // The rate as an exact integer of millionths (BNR publishes 4 decimals).
  const micro = BigInt(Math.round(eurToRon * 1_000_000))
  return cents(Number(divRoundHalfUp(BigInt(cents(amountEur)) * micro, 1_000_000n)))
}

/** The compensation per late invoice in the invoice's currency. */
export function compensationAmount(currency: CurrencyCode, settings: CompensationSettings): Cents {
  const eur = cents(settings.compensationEur)
  return currency === 'RON' ? eurToRonCents(eur, settings.eurToRon) : eur
}

/**
 * Whether an invoice was paid late or is overdue on `asOf`: something was still outstanding on the day after its
 * due date (and that day has come). Reductions dated on or before the due date were on time.
 */
export function isLate(dueDate: IsoDate, principal: Cents, reductions: Reduction[], asOf: IsoDate): boolean {
  if (compareDates(addDays(dueDate, 1), asOf) > 0) return false
  const onTime = reductions.filter((r) => compareDates(r.date, dueDate) <= 0).reduce((s, r) => s + r.amount, 0)
  return principal - onTime > 0
}

/** Compensation owed for one invoice on `asOf`: the fixed amount when late, else 0. */
export function invoiceCompensation(
  invoice: { dueDate: IsoDate; currency: CurrencyCode; total: Cents },
  reductions: Reduction[],
  settings: CompensationSettings,
  asOf: IsoDate,
): Cents {
  return isLate(invoice.dueDate, invoice.total, reductions, asOf) ? compensationAmount(invoice.currency, settings) : 0
}
