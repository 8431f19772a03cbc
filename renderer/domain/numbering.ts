/**
 * Document numbers: series code + year + a correlative number without gaps, e.g. 'F2026-000123'.
 * Numbers are assigned at issue by the database layer (one Series row per code and year).
 */
import { DomainError } from './errors'

const NUMBER_DIGITS = 6

/** 'F', 2026, 123 -> 'F2026-000123'. Throws DomainError('numbering.invalid') on a bad series, year or number. */
export function formatDocumentNumber(series: string, year: number, n: number): string {
  if (!isValidSeriesCode(series) || !Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(n) || n < 1) {
    throw new DomainError('numbering.invalid', { series, year, number: n })
  }
  return `${series}${year}-${String(n).padStart(NUMBER_DIGITS, '0')}`
}

/** The next correlative number after `lastNumber` (0 when the series has none yet). */
export function nextNumber(lastNumber: number): number {
  if (!Number.isInteger(lastNumber) || lastNumber < 0) {
    throw new DomainError('numbering.invalid', { series: '', year: 0, number: lastNumber })
  }
  return lastNumber + 1
}

/** A series code: 1..10 letters (A-Z) — digits would make 'F2026-…' ambiguous. */
export function isValidSeriesCode(series: string): boolean {
  return /^[A-Z]{1,10}$/.test(series)
}

/** Id of the Series row for a code and year: 'F-2026'. */
export function seriesId(series: string, year: number): string {
  return `${series}-${year}`
}

/** 'F2026-000123' -> { series: 'F', year: 2026, number: 123 }; null when not such a number. */
export function parseDocumentNumber(fullNumber: string): { series: string; year: number; number: number } | null {
  const m = /^([A-Z]{1,10})([0-9]{4})-([0-9]{1,})$/.exec(fullNumber.trim().toUpperCase())
  if (!m) return null
  const number = Number(m[3])
  return number >= 1 && Number.isSafeInteger(number) ? { series: m[1] ?? '', year: Number(m[2]), number } : null
}
