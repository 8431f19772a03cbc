/**
 * Dates are 'YYYY-MM-DD' strings (IsoDate). Arithmetic goes through UTC noon so that no time zone or
 * daylight-saving change can move a date. `todayIso(now)` is the only place a Date becomes an IsoDate.
 */
import { DomainError } from './errors'
import type { IsoDate } from './types'

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

/** Number of days of month m (1..12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0, 12)).getUTCDate()
}

function parts(d: string): { y: number; m: number; d: number } | null {
  const match = ISO_RE.exec(d)
  if (!match) return null
  const y = Number(match[1])
  const m = Number(match[2])
  const day = Number(match[3])
  if (y < 1000 || m < 1 || m > 12 || day < 1 || day > daysInMonth(y, m)) return null
  return { y, m, d: day }
}

export function isValidIsoDate(d: string): boolean {
  return typeof d === 'string' && parts(d) !== null
}

/** Splits a valid IsoDate; throws DomainError('date.invalid', { value }) otherwise. */
export function parseIsoDate(d: IsoDate): { y: number; m: number; d: number } {
  const p = typeof d === 'string' ? parts(d) : null
  if (!p) throw new DomainError('date.invalid', { value: String(d) })
  return p
}

export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function toUtcNoon(d: IsoDate): number {
  const p = parseIsoDate(d)
  return Date.UTC(p.y, p.m - 1, p.d, 12)
}

function fromUtc(ms: number): IsoDate {
  const dt = new Date(ms)
  return isoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new DomainError('date.invalidDays', { value: String(n) })
  return fromUtc(toUtcNoon(d) + n * DAY_MS)
}

/** `to` - `from` in whole days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcNoon(to) - toUtcNoon(from)) / DAY_MS)
}

/** Same day n months later, clamped to the month's end (Jan 31 + 1 month -> Feb 28/29). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const p = parseIsoDate(d)
  const total = p.y * 12 + (p.m - 1) + n
  const y = Math.floor(total / 12)
  const m = (total % 12) + 1
  return isoDate(y, m, Math.min(p.d, daysInMonth(y, m)))
}

export function startOfMonth(d: IsoDate): IsoDate {
  const p = parseIsoDate(d)
  return isoDate(p.y, p.m, 1)
}

export function endOfMonth(d: IsoDate): IsoDate {
  const p = parseIsoDate(d)
  return isoDate(p.y, p.m, daysInMonth(p.y, p.m))
}

/** Negative when a < b, 0 when equal, positive when a > b (valid IsoDates compare as strings). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a)
  parseIsoDate(b)
  return a < b ? -1 : a > b ? 1 : 0
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b
}

/** The local calendar date of `now` (the machine's time zone). */
export function todayIso(now: Date): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** Intl short date: "23/11/2026" (es-ES, en-GB), "23.11.2026" (ro-RO). */
export function formatDate(d: IsoDate, locale: string): string {
  let f = dateFormats.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' })
    dateFormats.set(locale, f)
  }
  return f.format(new Date(toUtcNoon(d)))
}
