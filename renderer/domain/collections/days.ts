/**
 * Fast date helpers for the work queue's hot path. Dates stored by Cobro are valid 'YYYY-MM-DD' strings, which
 * compare correctly as strings; adding days goes through dates.addDays once per (date, n) and is remembered.
 */
import { addDays } from '../dates'
import type { IsoDate } from '../types'

const added = new Map<string, IsoDate>()

/** dates.addDays, memoized (the queue asks for the same few hundred dates thousands of times). */
export function plusDays(d: IsoDate, n: number): IsoDate {
  const key = `${d}|${n}`
  let out = added.get(key)
  if (out === undefined) {
    out = addDays(d, n)
    if (added.size > 50_000) added.clear()
    added.set(key, out)
  }
  return out
}

/** Negative, 0 or positive like compareDates, for valid IsoDates (plain string order). */
export function cmpDays(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}
