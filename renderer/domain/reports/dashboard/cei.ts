/**
 * Collection effectiveness index (pure), in BASIS POINTS (8523 = 85.23 %):
 *
 *   CEI = (opening receivable + credit sales of the month − closing receivable)
 *       / (opening receivable + credit sales of the month − closing CURRENT receivable) × 100 %
 *
 * "Current" is what is not yet due at the close. Credit sales are the month's invoices net of its credit notes (all
 * of Cobro's sales are on credit), so a credit note is not counted as money collected. The numerator is what was
 * collected (or settled) in the month; the denominator what could have been collected: everything except what was
 * not yet due. Rounded half-up to a whole basis point. Null when the denominator is zero or negative (nothing was
 * collectable). It can exceed 10000 or be negative in odd months (e.g. credit notes on invoices already paid).
 */
import { divRoundHalfUp } from '../../money'
import type { BasisPoints, Cents } from '../../types'

export interface CeiInput {
  opening: Cents
  sales: Cents
  closing: Cents
  closingCurrent: Cents
}

export function collectionEffectiveness(input: CeiInput): BasisPoints | null {
  const collected = input.opening + input.sales - input.closing
  const collectable = input.opening + input.sales - input.closingCurrent
  if (collectable <= 0) return null
  return Number(divRoundHalfUp(BigInt(collected) * 10000n, BigInt(collectable)))
}

/** The plain mean of the values that are known, rounded half-up; null when none is. */
export function meanBasisPoints(values: readonly (BasisPoints | null)[]): BasisPoints | null {
  const known = values.filter((v): v is BasisPoints => v !== null)
  if (known.length === 0) return null
  const sum = known.reduce((s, v) => s + v, 0)
  return Number(divRoundHalfUp(BigInt(sum), BigInt(known.length)))
}
