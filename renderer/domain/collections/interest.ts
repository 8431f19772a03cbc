/**
 * Statutory (or contractual) late-payment interest.
 *
 * Interest accrues for each day d with dueDate < d <= asOf on the amount outstanding at the start of day d: a
 * reduction (payment, discount, credit note) dated d counts from day d + 1, so interest runs up to and including the
 * payment date. Days are grouped into segments of constant base and rate, split at half-year boundaries (01-01,
 * 07-01, where the statutory rate changes), and the day after each reduction.
 *
 * ROUNDING: each segment's interest = base × rate × days / (10000 × yearDays), rounded half-up once per segment to
 * the cent (yearDays 365 for act365 — also in leap years — or 360 for act360); the total is the exact sum of the
 * segments, so a letter's table always adds up. 1.250,00 at 10,15 % for 37 days = 12,86.
 */
import { addDays, compareDates, daysBetween } from '../dates'
import { DomainError } from '../errors'
import { cents, divRoundHalfUp } from '../money'
import type { BasisPoints, Cents, Country, Invoice, IsoDate } from '../types'
import { invoiceCompensation, isLate } from './compensation'
import { nextHalfYearStart, rateFor } from './rates'
import type { CollectionSettings, DayCount, InterestRatePeriod, InterestResult, InterestSegment } from './types'

export interface Reduction {
  date: IsoDate
  amount: Cents
}

export interface LateInterestInput {
  dueDate: IsoDate
  asOf: IsoDate
  principal: Cents
  reductions: Reduction[]
  rates: InterestRatePeriod[]
  contractualRate: BasisPoints | null
  dayCount: DayCount
  /** Whose statutory rates apply; may be left out when `rates` hold one country only. */
  country?: Country
}

export interface LateInterestResult extends InterestResult {
  /** Half-years (their first day) that had no rate in the table: the latest earlier rate was used. Show a warning. */
  missingRatePeriods: IsoDate[]
  /** Days of accrual with something outstanding. */
  days: number
  /** Highest rate applied (for the wording "at N %"), 0 when no interest accrued. */
  maxRate: BasisPoints
}

export function yearDaysOf(dayCount: DayCount): number {
  return dayCount === 'act360' ? 360 : 365
}

/** base × rate × days / (10000 × yearDays), half-up to the cent. */
export function segmentInterest(base: Cents, rate: BasisPoints, days: number, dayCount: DayCount): Cents {
  const num = BigInt(cents(base)) * BigInt(rate) * BigInt(days)
  return cents(Number(divRoundHalfUp(num, 10000n * BigInt(yearDaysOf(dayCount)))))
}

function countryOf(input: LateInterestInput): Country {
  if (input.country) return input.country
  const countries = new Set(input.rates.map((r) => r.country))
  if (countries.size === 1) return [...countries][0] as Country
  if (countries.size === 0 && input.contractualRate !== null) return 'ES'
  throw new DomainError('interest.countryRequired')
}

/** Late interest on one amount, split into segments (see the file comment for the rule and the rounding). */
export function lateInterest(input: LateInterestInput): LateInterestResult {
  const { dueDate, asOf, principal, contractualRate, dayCount } = input
  const empty: LateInterestResult = { segments: [], interest: 0, missingRatePeriods: [], days: 0, maxRate: 0 }
  const start = addDays(dueDate, 1)
  if (compareDates(start, asOf) > 0) return empty
  const country = contractualRate === null ? countryOf(input) : 'ES'
  if (contractualRate !== null && (!Number.isInteger(contractualRate) || contractualRate < 0)) {
    throw new DomainError('interest.contractualRateInvalid', { value: String(contractualRate) })
  }
  const reductions = [...input.reductions].sort((a, b) => compareDates(a.date, b.date))
  // Outstanding at the start of `start`: reductions dated up to the due date count already.
  let base = principal
  let next = 0
  const applyUpTo = (lastDay: IsoDate): void => {
    while (next < reductions.length && compareDates((reductions[next] as Reduction).date, lastDay) <= 0) {
      base -= (reductions[next] as Reduction).amount
      next++
    }
  }
  applyUpTo(dueDate)

  const segments: InterestSegment[] = []
  const missing = new Set<IsoDate>()
  let from = start
  while (compareDates(from, asOf) <= 0) {
    // The segment ends before the next half-year, the day of the next reduction, or asOf, whichever comes first.
    let to = addDays(nextHalfYearStart(from), -1)
    const r = reductions[next]
    if (r && compareDates(r.date, to) < 0) to = compareDates(r.date, from) < 0 ? from : r.date
    if (compareDates(asOf, to) < 0) to = asOf
    let rate: BasisPoints
    if (contractualRate !== null) rate = contractualRate
    else {
      const found = rateFor(country, from, input.rates)
      if (!found) throw new DomainError('interest.noRates', { country })
      if (found.missing) missing.add(found.halfYear)
      rate = found.rate
    }
    const days = daysBetween(from, to) + 1
    if (base > 0) segments.push({ from, to, days, base, rate, interest: segmentInterest(base, rate, days, dayCount) })
    applyUpTo(to)
    from = addDays(to, 1)
  }
  return {
    segments,
    interest: segments.reduce((s, x) => s + x.interest, 0),
    missingRatePeriods: [...missing].sort(),
    days: segments.reduce((s, x) => s + x.days, 0),
    maxRate: segments.reduce((m, x) => Math.max(m, x.rate), 0),
  }
}

export type InterestInvoice = Pick<Invoice, 'id' | 'dueDate' | 'currency' | 'totals' | 'seller'>
export type InterestSettings = Pick<CollectionSettings, 'dayCount' | 'compensationEur' | 'eurToRon'>

export interface InvoiceInterest extends LateInterestResult {
  invoiceId: string
  principal: Cents
  /** Outstanding at the end of `asOf`. */
  outstanding: Cents
  /** Days past due: to asOf while open, to the day it was settled when paid late; 0 when paid on time. */
  daysLate: number
  /** Paid late or overdue: the fixed compensation applies. */
  late: boolean
  compensation: Cents
  /** Accrued interest less interest already claimed and paid (never below 0). */
  claimableInterest: Cents
}

/** Whose law applies: the seller's country on the invoice (RO or ES). */
export function invoiceCountry(invoice: Pick<Invoice, 'seller' | 'currency'>): Country {
  const c = invoice.seller.address.country.toUpperCase()
  if (c === 'RO' || c === 'ES') return c
  return invoice.currency === 'RON' ? 'RO' : 'ES'
}

/**
 * Interest and compensation on one invoice as of `asOf`, open or paid late. `reductions` are its allocations
 * (amount + discount, on the payment date) and credit notes (on their issue date); the invoice total is the principal.
 */
export function invoiceInterest(
  invoice: InterestInvoice,
  reductions: Reduction[],
  rates: InterestRatePeriod[],
  contractualRate: BasisPoints | null | undefined,
  settings: InterestSettings,
  asOf: IsoDate,
  interestAlreadyPaid: Cents = 0,
): InvoiceInterest {
  const principal = invoice.totals.total
  const result = lateInterest({
    dueDate: invoice.dueDate,
    asOf,
    principal,
    reductions,
    rates,
    contractualRate: contractualRate ?? null,
    dayCount: settings.dayCount,
    country: invoiceCountry(invoice),
  })
  const upToAsOf = reductions.filter((r) => compareDates(r.date, asOf) <= 0)
  const outstanding = Math.max(0, principal - upToAsOf.reduce((s, r) => s + r.amount, 0))
  let settledOn: IsoDate = asOf
  if (outstanding === 0) {
    let left = principal
    for (const r of [...upToAsOf].sort((a, b) => compareDates(a.date, b.date))) {
      left -= r.amount
      if (left <= 0) {
        settledOn = r.date
        break
      }
    }
  }
  const compensation = invoiceCompensation({ dueDate: invoice.dueDate, currency: invoice.currency, total: principal }, upToAsOf, settings, asOf)
  return {
    ...result,
    invoiceId: invoice.id,
    principal,
    outstanding,
    daysLate: Math.max(0, daysBetween(invoice.dueDate, settledOn)),
    late: isLate(invoice.dueDate, principal, upToAsOf, asOf),
    compensation,
    claimableInterest: Math.max(0, result.interest - interestAlreadyPaid),
  }
}
