/** Bucket bounds typed as text ("30, 60, 90") and their headings in words. */
import type { TFunction } from 'i18next'
import { bucketProblem, type BucketBounds } from '../../domain/reports/aging'

export type BucketParse = { ok: true; bounds: BucketBounds } | { ok: false; problem: 'count' | 'bound'; index: number }

/**
 * Reads "30, 60, 90" (commas, semicolons or spaces) as bucket bounds. "Current" (0) is always the first bucket:
 * a 0 is added in front unless the person typed it. Returns the 1-based index of the first bad bound as typed.
 */
export function parseBucketText(text: string): BucketParse {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '')
  if (parts.length === 0) return { ok: false, problem: 'count', index: 0 }
  const numbers: number[] = []
  for (const [i, p] of parts.entries()) {
    if (!/^\d+$/.test(p)) return { ok: false, problem: 'bound', index: i + 1 }
    numbers.push(Number(p))
  }
  const withCurrent = numbers[0] === 0 ? numbers : [0, ...numbers]
  const offset = withCurrent.length - numbers.length
  const problem = bucketProblem(withCurrent)
  if (problem === null) return { ok: true, bounds: withCurrent }
  if (problem === -1) return { ok: false, problem: 'count', index: 0 }
  return { ok: false, problem: 'bound', index: Math.max(1, problem - offset + 1) }
}

/** The bounds as the text input shows them (without the implicit 0 for "current"). */
export function bucketText(bounds: BucketBounds): string {
  return bounds.filter((b, i) => !(i === 0 && b === 0)).join(', ')
}

/** "Current", "1–30 days", "90+ days", "Up to 15 days" (a first bucket that starts before 0). */
export function bucketLabel(t: TFunction, range: { from: number; to: number | null }, index: number): string {
  if (range.to === null) return t('aging.bucket.over', { count: range.from - 1 })
  if (index === 0) return range.to === 0 ? t('aging.bucket.current') : t('aging.bucket.upTo', { count: range.to })
  if (range.from === range.to) return t('aging.bucket.single', { count: range.from })
  return t('aging.bucket.range', { from: range.from, count: range.to })
}
