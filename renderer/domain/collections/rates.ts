/**
 * Statutory late-payment interest rates by half-year.
 * ES (Ley 3/2004 art. 7): the ECB main refinancing rate as published in the BOE for the half-year + 8 points.
 * RO (Legea 72/2013 art. 3 with OG 13/2011 art. 3): the BNR reference rate + 8 points.
 * A half-year with no entry uses the latest earlier one; lateInterest reports it (missingRatePeriods).
 */
import { isValidIsoDate, parseIsoDate } from '../dates'
import { DomainError } from '../errors'
import type { BasisPoints, Country, IsoDate } from '../types'
import type { InterestRatePeriod } from './types'

/** Points added to the reference rate by law. */
export const STATUTORY_MARGIN: BasisPoints = 800

export function statutoryFromReference(referenceRate: BasisPoints): BasisPoints {
  return referenceRate + STATUTORY_MARGIN
}

function period(country: Country, from: IsoDate, referenceRate: BasisPoints, statutoryRate: BasisPoints): InterestRatePeriod {
  const source =
    country === 'ES'
      ? `BOE — Ley 3/2004, art. 7: tipo del BCE ${referenceRate / 100} % + 8 puntos`
      : `BNR — Legea 72/2013, art. 3; OG 13/2011: rata de referință ${referenceRate / 100} % + 8 puncte`
  return { id: `${country}-${from}`, country, from, referenceRate, statutoryRate, source }
}

/** The rates shipped with the app (the user adds newer half-years). */
export const DEFAULT_RATES: InterestRatePeriod[] = [
  period('ES', '2023-01-01', 250, 1050),
  period('ES', '2023-07-01', 400, 1200),
  period('ES', '2024-01-01', 450, 1250),
  period('ES', '2024-07-01', 425, 1225),
  period('ES', '2025-01-01', 315, 1115),
  period('ES', '2025-07-01', 215, 1015),
  period('ES', '2026-01-01', 215, 1015),
  period('RO', '2023-01-01', 700, 1500),
  period('RO', '2023-07-01', 700, 1500),
  period('RO', '2024-01-01', 700, 1500),
  period('RO', '2024-07-01', 700, 1500),
  period('RO', '2025-01-01', 650, 1450),
  period('RO', '2025-07-01', 650, 1450),
  period('RO', '2026-01-01', 650, 1450),
]

/** First day of the half-year containing `date` ('YYYY-01-01' or 'YYYY-07-01'). */
export function halfYearStart(date: IsoDate): IsoDate {
  const { y, m } = parseIsoDate(date)
  return `${String(y).padStart(4, '0')}-${m <= 6 ? '01' : '07'}-01`
}

/** First day of the next half-year after the one containing `date`. */
export function nextHalfYearStart(date: IsoDate): IsoDate {
  const { y, m } = parseIsoDate(date)
  return m <= 6 ? `${String(y).padStart(4, '0')}-07-01` : `${String(y + 1).padStart(4, '0')}-01-01`
}

export interface RateLookup {
  rate: BasisPoints
  period: InterestRatePeriod
  /** The half-year of `date` has no entry: the latest earlier one (or, failing that, the earliest) is used. */
  missing: boolean
  halfYear: IsoDate
}

/** The statutory rate of `country` for the half-year containing `date`; null when the table has no rate for it at all. */
export function rateFor(country: Country, date: IsoDate, rates: InterestRatePeriod[]): RateLookup | null {
  const halfYear = halfYearStart(date)
  let exact: InterestRatePeriod | undefined
  let earlier: InterestRatePeriod | undefined
  let earliest: InterestRatePeriod | undefined
  for (const r of rates) {
    if (r.country !== country) continue
    if (r.from === halfYear) exact = r
    else if (r.from < halfYear && (!earlier || r.from > earlier.from)) earlier = r
    if (!earliest || r.from < earliest.from) earliest = r
  }
  const found = exact ?? earlier ?? earliest
  if (!found) return null
  return { rate: found.statutoryRate, period: found, missing: !exact, halfYear }
}

/**
 * Problems of a rate period the user enters. Codes: interest.rate.fromNotHalfYear { value },
 * interest.rate.invalid { value } (rates are basis points from 0 to 10000 = 100 %).
 */
export function validateRatePeriod(p: Pick<InterestRatePeriod, 'from' | 'referenceRate' | 'statutoryRate'>): DomainError[] {
  const errors: DomainError[] = []
  if (!isValidIsoDate(p.from) || !/-(01|07)-01$/.test(p.from)) {
    errors.push(new DomainError('interest.rate.fromNotHalfYear', { value: String(p.from) }))
  }
  for (const r of [p.referenceRate, p.statutoryRate]) {
    if (!Number.isInteger(r) || r < -10000 || r > 10000) errors.push(new DomainError('interest.rate.invalid', { value: String(r) }))
  }
  return errors
}
