/**
 * Which of a customer's open invoices add up to a payment: first the oldest-first run (1st + 2nd + ... + k-th),
 * what a customer paying "everything due so far" sends; then any subset.
 *
 * BOUND: the subset search looks at the MAX_COMBINATION_ITEMS (20) oldest open invoices only, split into two halves
 * of at most 10 whose 2^10 partial sums each are enumerated and met through a Map (meet in the middle): at most
 * 2 x 1,024 sums per customer and line, whatever the amounts. Invoices beyond the 20 oldest are reached only by the
 * oldest-first run (which has no bound: it is linear).
 */
import type { Cents } from '../../types'

export const MAX_COMBINATION_ITEMS = 20

/** Length k >= 2 of the oldest-first run whose sum is `target`, or 0. `amounts` in due order. */
export function oldestFirstRun(amounts: readonly Cents[], target: Cents): number {
  let sum = 0
  for (let k = 0; k < amounts.length; k++) {
    sum += amounts[k] ?? 0
    if (sum === target) return k >= 1 ? k + 1 : 0
    if (sum > target) return 0
  }
  return 0
}

export interface SubsetResult {
  /** Positions in `amounts` of the chosen invoices, ascending (oldest first). */
  indexes: number[]
  /** How many different subsets add up to the target (1 when unambiguous). */
  solutions: number
}

function popcount(n: number): number {
  let c = 0
  for (let x = n; x !== 0; x &= x - 1) c++
  return c
}

/** Partial sums of every subset of `items` (index = bit mask), built from the mask without its lowest bit. */
function subsetSums(items: readonly number[]): Float64Array {
  const sums = new Float64Array(1 << items.length)
  for (let mask = 1; mask < sums.length; mask++) {
    const low = mask & -mask
    sums[mask] = (sums[mask ^ low] ?? 0) + (items[31 - Math.clz32(low)] ?? 0)
  }
  return sums
}

/**
 * A subset of at least two of the first MAX_COMBINATION_ITEMS `amounts` (in due order) adding up to `target`:
 * the one with the fewest invoices, then the one whose newest invoice is oldest (smallest bit mask); null when none.
 * All amounts must be > 0.
 */
export function findSubsetSum(amounts: readonly Cents[], target: Cents): SubsetResult | null {
  // Invoices larger than the target cannot be part of it: drop them before the (exponential) halves.
  const positions: number[] = []
  let total = 0
  amounts.slice(0, MAX_COMBINATION_ITEMS).forEach((a, i) => {
    if (a <= target) {
      positions.push(i)
      total += a
    }
  })
  if (positions.length < 2 || target <= 0 || total < target) return null
  const items = positions.map((i) => amounts[i] ?? 0)
  const half = items.length >> 1
  const low = items.slice(0, half)
  const high = items.slice(half)
  const lowSums = subsetSums(low)
  /** sum -> the best low mask with that sum (fewest bits, then smallest) and how many masks have it. */
  const bySum = new Map<number, { mask: number; count: number }>()
  for (let mask = 0; mask < lowSums.length; mask++) {
    const s = lowSums[mask] ?? 0
    if (s > target) continue
    const e = bySum.get(s)
    if (!e) bySum.set(s, { mask, count: 1 })
    else {
      e.count++
      if (popcount(mask) < popcount(e.mask)) e.mask = mask
    }
  }
  const highSums = subsetSums(high)
  let best = -1
  let solutions = 0
  for (let hMask = 0; hMask < highSums.length; hMask++) {
    const need = target - (highSums[hMask] ?? 0)
    if (need < 0) continue
    const e = bySum.get(need)
    if (!e) continue
    solutions += e.count
    const mask = e.mask | (hMask << half)
    if (popcount(mask) < 2) continue
    if (best < 0 || popcount(mask) < popcount(best) || (popcount(mask) === popcount(best) && mask < best)) best = mask
  }
  if (best < 0) return null
  const indexes: number[] = []
  for (let i = 0; i < items.length; i++) if ((best >> i) & 1) indexes.push(positions[i] ?? i)
  return { indexes, solutions }
}
