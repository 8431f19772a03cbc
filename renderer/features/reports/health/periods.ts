/** Quick picks for the report period, computed from the business date. */
import { addDays, addMonths, endOfMonth, startOfMonth } from '../../../domain/dates'
import type { IsoDate } from '../../../domain/types'

export type QuickPeriod = 'last12' | 'last3' | 'lastMonth' | 'thisYear' | 'lastYear'
export const QUICK_PERIODS: readonly QuickPeriod[] = ['last12', 'last3', 'lastMonth', 'thisYear', 'lastYear']

export function quickPeriod(kind: QuickPeriod, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const year = Number(today.slice(0, 4))
  switch (kind) {
    case 'last12':
      return { from: addDays(addMonths(today, -12), 1), to: today }
    case 'last3':
      return { from: addDays(addMonths(today, -3), 1), to: today }
    case 'lastMonth': {
      const start = startOfMonth(addMonths(startOfMonth(today), -1))
      return { from: start, to: endOfMonth(start) }
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today }
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }
  }
}

/** The quick pick that matches the period exactly, if any. */
export function matchingQuickPeriod(from: IsoDate, to: IsoDate, today: IsoDate): QuickPeriod | null {
  return QUICK_PERIODS.find((k) => {
    const p = quickPeriod(k, today)
    return p.from === from && p.to === to
  }) ?? null
}
