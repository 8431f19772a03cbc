/** Small field readers shared by the statement parsers: exact amounts, dates, problems. No floats anywhere. */
import { isValidIsoDate, isoDate } from '../dates'
import { centsToDecimalString } from '../money'
import type { Cents, IsoDate } from '../types'
import type { StatementProblem } from './types'

/** A field that did not read: the problem code and the offending text. */
export class FieldError extends Error {
  public readonly code: string
  public readonly value: string

  constructor(code: string, value: string) {
    super(`${code}: ${value}`)
    this.code = code
    this.value = value
  }
}

export function problem(line: number, code: string, params: Record<string, string | number> = {}): StatementProblem {
  return { line, code, params }
}

/** Amount params for a message: cents as numbers plus plain decimal text ('1234.56') for display. */
export function amountParams(expected: Cents, found: Cents): Record<string, string | number> {
  return {
    expected,
    found,
    expectedAmount: centsToDecimalString(expected),
    foundAmount: centsToDecimalString(found),
  }
}

/** Norma 43 style: N digits with 2 implied decimals ('00000000012345' -> 12345). */
export function impliedCents(digits: string): Cents | null {
  if (!/^\d{1,15}$/.test(digits)) return null
  return Number(digits)
}

/**
 * A plain decimal number as cents, exactly: optional sign, digits, one decimal separator, no grouping
 * ('1234,5' -> 123450 with ','; '-0.07' -> -7 with '.'). More than 2 decimals only when the extra ones are 0.
 */
export function decimalToCents(text: string, decimal: ',' | '.'): Cents | null {
  const s = text.trim()
  const sep = decimal === ',' ? ',' : '\\.'
  const match = new RegExp(`^([+-]?)(\\d*)(?:${sep}(\\d*))?$`).exec(s)
  if (!match) return null
  const [, sign = '', units = '', fraction = ''] = match
  if (units === '' && fraction === '') return null
  if (fraction.length > 2 && !/^0*$/.test(fraction.slice(2))) return null
  const value = Number(units || '0') * 100 + Number((fraction + '00').slice(0, 2))
  if (!Number.isSafeInteger(value)) return null
  return sign === '-' && value !== 0 ? -value : value
}

/** A valid date from its parts, or null (no rolling over: 31/02 is refused). */
export function dateFromParts(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null
  const iso = isoDate(y, m, d)
  return isValidIsoDate(iso) ? iso : null
}

/** 'YYMMDD' (Norma 43, MT940) -> IsoDate in 2000..2099, or null. */
export function yymmdd(s: string): IsoDate | null {
  if (!/^\d{6}$/.test(s)) return null
  return dateFromParts(2000 + Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4, 6)))
}

/** Text trimmed with inner runs of white space collapsed to one space. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/** Non-empty parts joined with a single space. */
export function joinText(parts: readonly string[]): string {
  return squash(parts.filter((p) => p.trim() !== '').join(' '))
}

export function sumCents(amounts: readonly Cents[]): Cents {
  let total = 0
  for (const a of amounts) total += a
  return total
}

/** Problems of one file: at most one per line (the first says enough) and at most MAX_PROBLEMS in all. */
export const MAX_PROBLEMS = 50

export class ProblemList {
  readonly items: StatementProblem[] = []
  private readonly lines = new Set<number>()

  add(line: number, code: string, params: Record<string, string | number> = {}): void {
    if (line > 0 && this.lines.has(line)) return
    if (this.items.length >= MAX_PROBLEMS) return
    this.lines.add(line)
    this.items.push(problem(line, code, params))
  }

  /** A FieldError as a problem of the line; anything else is rethrown. */
  addError(line: number, err: unknown): void {
    if (!(err instanceof FieldError)) throw err
    this.add(line, err.code, { value: err.value })
  }

  get empty(): boolean {
    return this.items.length === 0
  }
}
