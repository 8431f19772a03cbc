/**
 * The e-Factura reporting deadline: 5 working days from the issue date (OUG 120/2021 art. 10 as amended by
 * Legea 296/2023). Working days skip Saturdays, Sundays and Romania's public holidays (Codul muncii art. 139):
 * the fixed ones and the Orthodox Good Friday, Easter Monday and Whit Monday (the Sundays are weekends anyway).
 */
import { addDays, isoDate, parseIsoDate } from '../../dates'
import type { IsoDate } from '../../types'

export const REPORTING_WORKING_DAYS = 5

/** Orthodox Easter Sunday (Meeus' Julian algorithm, converted to the Gregorian calendar: +13 days 1900-2099). */
export function orthodoxEaster(year: number): IsoDate {
  const a = year % 4
  const b = year % 7
  const c = year % 19
  const d = (19 * c + 15) % 30
  const e = (2 * a + 4 * b - d + 34) % 7
  const month = Math.floor((d + e + 114) / 31)
  const day = ((d + e + 114) % 31) + 1
  return addDays(isoDate(year, month, day), 13)
}

const FIXED = ['01-01', '01-02', '01-06', '01-07', '01-24', '05-01', '06-01', '08-15', '11-30', '12-01', '12-25', '12-26']

export function romanianHolidays(year: number): Set<IsoDate> {
  const easter = orthodoxEaster(year)
  const pentecost = addDays(easter, 49)
  const days = FIXED.map((md) => `${year}-${md}`)
  days.push(addDays(easter, -2), easter, addDays(easter, 1), pentecost, addDays(pentecost, 1))
  return new Set(days)
}

export function isWorkingDay(d: IsoDate): boolean {
  const { y, m, d: day } = parseIsoDate(d)
  const weekday = new Date(Date.UTC(y, m - 1, day)).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !romanianHolidays(y).has(d)
}

/** The last day to report a document issued on `issueDate`. */
export function reportingDeadline(issueDate: IsoDate): IsoDate {
  let d = issueDate
  let left = REPORTING_WORKING_DAYS
  while (left > 0) {
    d = addDays(d, 1)
    if (isWorkingDay(d)) left--
  }
  return d
}

/** Working days from `today` to `deadline` (0 on the deadline itself, negative once late). */
export function workingDaysLeft(today: IsoDate, deadline: IsoDate): number {
  if (today === deadline) return 0
  const step = today < deadline ? 1 : -1
  let n = 0
  let d = today
  while (d !== deadline) {
    d = addDays(d, step)
    if (isWorkingDay(d)) n += step
  }
  return n
}
