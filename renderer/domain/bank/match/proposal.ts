/**
 * Confidence of a proposal: the sum of its reasons' points less its warnings' penalties, clamped to 0..100.
 * Every point is visible as a reason, so the screen can say why ("invoice number +50, payer's IBAN +40 ...").
 *
 *   Payer
 *     match.payerIban        IBAN of the line known for the customer                        +40
 *     match.payerTaxId       tax id of the line (or in its text) is the customer's          +40
 *     match.payerName        {score} name similarity 70..100                                +score x 0.3 (21..30)
 *   Invoice numbers in the remittance (one reason listing all of a customer's numbers; the strongest counts)
 *     match.invoiceNumber    {numbers, count} series + year + number, or year + number      +50
 *                            series + number ('CFD 123')                                    +45
 *                            a number after a keyword, unique among the payer's invoices   +35
 *                            a number after a keyword, unique among all open invoices      +25
 *                            a bare number, unique among the payer's invoices              +20
 *   Amount
 *     match.exactAmount      the amount is what is open on the invoice(s)                   +30
 *     match.earlyDiscount    {discount} the amount is open less the early-payment discount  +25
 *     match.combination      {count} open invoices that add up to the amount                +20
 *     match.writeOff         {amount} short by bank charges within the threshold            +15
 *     match.extraInvoices    {count} beyond the named invoices, others add up to the rest   +10
 *     match.promise          {date, amount} a promise of that amount within a few days      +25
 *     match.partial / match.oldestFirst / match.overpayment: how the money is spread         0
 *     match.ambiguous        {count} that many customers (or subsets) fit equally     -5 x (count - 1), at most -20
 *   Warnings
 *     match.payerMismatch    {payerCustomer, invoiceCustomer} the IBAN / tax id is another customer's: -30 and
 *                            needsDecision (never confirmed automatically)
 *     match.invoiceAlreadyPaid {number} a named invoice is already settled                  -10
 *     match.amountExceeds {amount, open}, match.currencyMismatch {number, currency}         0
 * A proposal below MIN_CONFIDENCE is dropped; a line without any proposal goes to the unmatched queue.
 */
import type { MatchParams, MatchProposal, MatchReason, MatchWarning } from './types'

export const POINTS = {
  payerIban: 40,
  payerTaxId: 40,
  /** Multiplied by the name score (0..100). */
  payerNameFactor: 0.3,
  reference: { full: 50, yearNumber: 50, seriesNumber: 45, number: 35, numberGlobal: 25, bareNumber: 20 },
  exactAmount: 30,
  earlyDiscount: 25,
  combination: 20,
  writeOff: 15,
  extraInvoices: 10,
  promise: 25,
  ambiguousStep: 5,
  ambiguousMax: 20,
} as const

export const PENALTIES: Readonly<Record<string, number>> = {
  'match.payerMismatch': 30,
  'match.invoiceAlreadyPaid': 10,
}

export const MIN_CONFIDENCE = 10

export function reason(code: string, params: MatchParams = {}, points = 0): MatchReason {
  return { code, params, points }
}

export function warning(code: string, params: MatchParams = {}): MatchWarning {
  return { code, params }
}

/** 'match.ambiguous' for `count` equal candidates (null when count <= 1). */
export function ambiguity(count: number): MatchReason | null {
  if (count <= 1) return null
  return reason('match.ambiguous', { count }, -Math.min(POINTS.ambiguousMax, POINTS.ambiguousStep * (count - 1)))
}

export function confidenceOf(reasons: readonly MatchReason[], warnings: readonly MatchWarning[]): number {
  let total = 0
  for (const r of reasons) total += r.points
  for (const w of warnings) total -= PENALTIES[w.code] ?? 0
  return Math.max(0, Math.min(100, Math.round(total)))
}

/** Payer mismatch makes a proposal need an explicit decision. */
export function needsDecision(warnings: readonly MatchWarning[]): boolean {
  return warnings.some((w) => w.code === 'match.payerMismatch')
}

/** Best first: confidence, then those that need no decision, then customer id (stable). */
export function compareProposals(a: MatchProposal, b: MatchProposal): number {
  if (a.confidence !== b.confidence) return b.confidence - a.confidence
  if (a.needsDecision !== b.needsDecision) return a.needsDecision ? 1 : -1
  return a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0
}

/** A proposal that could be confirmed without asking: confident, no warning at all. */
export function canAutoConfirm(p: MatchProposal, minConfidence = 90): boolean {
  return !p.needsDecision && p.warnings.length === 0 && p.confidence >= minConfidence
}
