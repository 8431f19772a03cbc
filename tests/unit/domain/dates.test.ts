import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  endOfMonth,
  formatDate,
  isLeapYear,
  isValidIsoDate,
  maxDate,
  minDate,
  parseIsoDate,
  startOfMonth,
  todayIso,
} from '../../../renderer/domain/dates'
import { DomainError } from '../../../renderer/domain/errors'

describe('parseIsoDate / isValidIsoDate', () => {
  it('splits valid dates', () => {
    expect(parseIsoDate('2026-11-23')).toEqual({ y: 2026, m: 11, d: 23 })
    expect(parseIsoDate('2028-02-29')).toEqual({ y: 2028, m: 2, d: 29 })
  })

  it('rejects impossible or malformed dates with date.invalid', () => {
    for (const bad of ['2026-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-5', '26-01-05', '2026/01/05', '', '2026-01-05T00:00', '0999-01-01']) {
      expect(isValidIsoDate(bad), bad).toBe(false)
      expect(() => parseIsoDate(bad)).toThrow(DomainError)
    }
    try {
      parseIsoDate('2026-02-30')
    } catch (e) {
      expect((e as DomainError).code).toBe('date.invalid')
      expect((e as DomainError).params.value).toBe('2026-02-30')
    }
    expect(isValidIsoDate('2000-02-29')).toBe(true) // divisible by 400
    expect(isValidIsoDate('2028-02-29')).toBe(true)
  })

  it('knows leap years and month lengths', () => {
    expect(isLeapYear(2028)).toBe(true)
    expect(isLeapYear(2026)).toBe(false)
    expect(isLeapYear(2100)).toBe(false)
    expect(isLeapYear(2000)).toBe(true)
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2026, 2)).toBe(28)
    expect(daysInMonth(2026, 4)).toBe(30)
    expect(daysInMonth(2026, 12)).toBe(31)
  })
})

describe('addDays / daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23')
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01')
    expect(addDays('2028-01-01', 365)).toBe('2028-12-31')
  })

  it('is unaffected by daylight-saving changes (last Sundays of March and October)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29')
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30')
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26')
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31)
  })

  it('counts days in either direction', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364)
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366)
    expect(daysBetween('2026-11-23', '2026-11-23')).toBe(0)
    expect(daysBetween('2026-11-23', '2026-11-13')).toBe(-10)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
  })

  it('refuses non-integer days and bad dates', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow('date.invalidDays')
    expect(() => addDays('2026-02-30', 1)).toThrow('date.invalid')
    expect(() => daysBetween('x', '2026-01-01')).toThrow(DomainError)
  })
})

describe('month helpers', () => {
  it('endOfMonth and startOfMonth', () => {
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28')
    expect(endOfMonth('2028-02-01')).toBe('2028-02-29')
    expect(endOfMonth('2026-04-30')).toBe('2026-04-30')
    expect(endOfMonth('2026-12-05')).toBe('2026-12-31')
    expect(startOfMonth('2026-12-05')).toBe('2026-12-01')
  })

  it('addMonths clamps to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15')
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15')
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28')
  })
})

describe('compare / min / max', () => {
  it('orders dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1)
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1)
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0)
    expect(minDate('2026-05-01', '2025-12-31')).toBe('2025-12-31')
    expect(maxDate('2026-05-01', '2025-12-31')).toBe('2026-05-01')
    expect(() => compareDates('2026-02-30', '2026-01-01')).toThrow('date.invalid')
  })
})

describe('todayIso / formatDate', () => {
  it('takes the local calendar date of a Date', () => {
    expect(todayIso(new Date(2026, 10, 23, 0, 0, 1))).toBe('2026-11-23')
    expect(todayIso(new Date(2026, 10, 23, 23, 59, 59))).toBe('2026-11-23')
    expect(todayIso(new Date(2028, 1, 29, 12))).toBe('2028-02-29')
  })

  it('prints dates the local way', () => {
    expect(formatDate('2026-11-23', 'es-ES')).toBe('23/11/2026')
    expect(formatDate('2026-11-23', 'ro-RO')).toBe('23.11.2026')
    expect(formatDate('2026-11-23', 'en-GB')).toBe('23/11/2026')
    expect(formatDate('2028-02-29', 'es-ES')).toBe('29/02/2028')
    expect(formatDate('2027-01-05', 'ro-RO')).toBe('05.01.2027')
    expect(() => formatDate('2026-02-29', 'es-ES')).toThrow('date.invalid')
  })
})
