/** The quick picks of the exports' period: calendar month, quarter and year around `today`. */
import { addMonths, endOfMonth, isoDate, parseIsoDate, startOfMonth } from '../../../domain/dates'
import type { IsoDate } from '../../../domain/types'

export const QUICK_PERIODS = ['thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter', 'thisYear', 'lastYear'] as const
export type QuickPeriod = (typeof QUICK_PERIODS)[number]

export interface DatePeriod {
  from: IsoDate
  to: IsoDate
}

function month(d: IsoDate): DatePeriod {
  const { y, m } = parseIsoDate(d)
  const from = isoDate(y, m, 1)
  return { from, to: endOfMonth(from) }
}

function quarter(d: IsoDate): DatePeriod {
  const { y, m } = parseIsoDate(d)
  const first = Math.floor((m - 1) / 3) * 3 + 1
  const from = isoDate(y, first, 1)
  return { from, to: endOfMonth(isoDate(y, first + 2, 1)) }
}

function year(y: number): DatePeriod {
  return { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) }
}

/** Whole calendar periods (their end may be after today): e.g. last quarter on 2026-11-23 is 2026-07-01..2026-09-30. */
export function quickPeriod(which: QuickPeriod, today: IsoDate): DatePeriod {
  switch (which) {
    case 'thisMonth':
      return month(today)
    case 'lastMonth':
      return month(addMonths(startOfMonth(today), -1))
    case 'thisQuarter':
      return quarter(today)
    case 'lastQuarter':
      return quarter(addMonths(quarter(today).from, -3))
    case 'thisYear':
      return year(parseIsoDate(today).y)
    case 'lastYear':
      return year(parseIsoDate(today).y - 1)
  }
}

/** The quick pick that gives exactly this period, if any (to highlight it). */
export function matchingQuickPeriod(period: DatePeriod, today: IsoDate): QuickPeriod | null {
  return QUICK_PERIODS.find((q) => {
    const p = quickPeriod(q, today)
    return p.from === period.from && p.to === period.to
  }) ?? null
}
