/**
 * The months a dashboard covers (pure): the last N month-ends up to `today`, the current month's end capped at
 * today, plus the month-end before the first one (the opening receivable of the first month, for its CEI), and the
 * first day whose sales the countback DSO may need (DSO_LOOKBACK_MONTHS before the first month).
 */
import { addMonths, endOfMonth, parseIsoDate, startOfMonth } from '../../dates'
import type { IsoDate } from '../../types'
import type { YearMonth } from '../dso'

export const DEFAULT_DASHBOARD_MONTHS = 12
export const MAX_DASHBOARD_MONTHS = 36
/**
 * How many months of sales the countback DSO counts back against at each month-end. A receivable larger than six
 * months of sales gives the days of those six months (about 181), flagged as a lower bound.
 */
export const DSO_LOOKBACK_MONTHS = 6

export interface MonthEnd {
  month: YearMonth
  /** The month's last day, or today for the current month. */
  end: IsoDate
  /** True when `end` is the month's real last day (the month is over). */
  complete: boolean
}

export interface DashboardPeriod {
  today: IsoDate
  /** The month-end before the first month (its receivable opens the first month). */
  opening: MonthEnd
  /** Oldest first; the last one ends today. */
  months: MonthEnd[]
  /** First day of the oldest month whose sales the DSO of the first month-end may count back against. */
  salesFrom: IsoDate
}

function monthEnd(monthStart: IsoDate, today: IsoDate): MonthEnd {
  const last = endOfMonth(monthStart)
  const end = last > today ? today : last
  return { month: monthStart.slice(0, 7), end, complete: end === last }
}

/** The period of a dashboard of `months` months (1 to 36, whole) ending today. */
export function dashboardPeriod(today: IsoDate, months: number = DEFAULT_DASHBOARD_MONTHS): DashboardPeriod {
  parseIsoDate(today)
  if (!Number.isInteger(months) || months < 1 || months > MAX_DASHBOARD_MONTHS) {
    throw new RangeError(`dashboard months must be a whole number from 1 to ${MAX_DASHBOARD_MONTHS}: ${months}`)
  }
  const thisMonth = startOfMonth(today)
  const list: MonthEnd[] = []
  for (let back = months - 1; back >= 0; back--) list.push(monthEnd(addMonths(thisMonth, -back), today))
  return {
    today,
    opening: monthEnd(addMonths(thisMonth, -months), today),
    months: list,
    salesFrom: addMonths(thisMonth, -(months - 1) - (DSO_LOOKBACK_MONTHS - 1)),
  }
}
