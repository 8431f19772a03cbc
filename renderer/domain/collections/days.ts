/**
 * Fast date helpers for the work queue's hot path. Dates stored by Cobro are valid 'YYYY-MM-DD' strings, which
 * compare correctly as strings; adding days goes through dates.addDays once per (date, n) and is remembered.
 */
import { addDays } from '../dates'
import type { IsoDate } from '../types'

/** date -> days added -> result; by date first so that a call builds no key string (it runs ~10 times per invoice). */
const added = new Map<string, Map<number, IsoDate>>()

/** dates.addDays, memoized (the queue asks for the same few hundred dates thousands of times). */
export function plusDays(d: IsoDate, n: number): IsoDate {
  let byDays = added.get(d)
  if (byDays === undefined) {
    if (added.size > 20_000) added.clear()
    byDays = new Map()
    added.set(d, byDays)
  }
  let out = byDays.get(n)
  if (out === undefined) {
    out = addDays(d, n)
    byDays.set(n, out)
  }
  return out
}

/** Negative, 0 or positive like compareDates, for valid IsoDates (plain string order). */
export function cmpDays(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}
