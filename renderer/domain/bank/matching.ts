/**
 * Matching bank credits to open invoices (issue 5). Build the index once per import, then ask per line:
 *
 *   const index = buildMatchIndex({ customers, openInvoices, knownPayers, promises })
 *   const proposals = proposeMatches(index, line, { writeOffThreshold: 500 })   // [] -> unmatched queue
 *   const payment = applyDecision(index, line, proposals[0], { allowPayerMismatch: false })
 *
 * Signals: invoice numbers in the remittance (match/references.ts), the payer's IBAN or tax id known for a customer,
 * the payer's name (match/names.ts), the amount against one invoice, its early-payment discount, a combination of a
 * customer's invoices (match/combinations.ts, bounded), a promise to pay. Points per reason: match/proposal.ts.
 * Debit lines (amount <= 0) are ignored. Each lookup goes through a Map of the index: a line costs its words plus
 * the candidate customers' open invoices, never a scan of all invoices.
 */
import type { BankLine } from './types'
import { customerName, gatherEvidence, type Evidence } from './match/evidence'
import { fitAmount, fitOldestFirst, fitPromise, fitReferenced, type Fit, type FitContext } from './match/fit'
import type { MatchIndex } from './match/matchIndex'
import { openInCurrency } from './match/memo'
import { ambiguity, compareProposals, confidenceOf, MIN_CONFIDENCE, needsDecision, POINTS, reason, warning } from './match/proposal'
import type { MatchInvoice, MatchOptions, MatchProposal, MatchReason, MatchWarning } from './match/types'

export { buildMatchIndex, ibanKey, taxIdKey, type MatchIndex } from './match/matchIndex'
export { applyDecision } from './match/apply'
export { canAutoConfirm, POINTS, PENALTIES, MIN_CONFIDENCE } from './match/proposal'
export { extractReferences, type ReferenceCandidate, type ReferenceKind } from './match/references'
export { nameSimilarity, nameTokens } from './match/names'
export { findSubsetSum, MAX_COMBINATION_ITEMS } from './match/combinations'
export { BANK_CHARGES } from './match/fit'
export type * from './match/types'

export const MATCH_DEFAULTS = {
  writeOffThreshold: 500,
  promiseWindowDays: 5,
  maxProposals: 5,
  minNameScore: 70,
} as const

/** A name alone is trusted to spread money oldest first only when this similar and unrivalled. */
const NAME_ALONE_SCORE = 85

/** Reason listing the invoice numbers named in the remittance (open or, else, settled), with the points of the strongest. */
function namedReason(e: Evidence): MatchReason | null {
  const entries: Array<[string, number]> =
    e.named.size > 0 ? [...e.named.values()].map((n) => [n.invoice.fullNumber, n.points]) : [...e.paidNumbers]
  if (entries.length === 0) return null
  const numbers = entries.map(([n]) => n).sort()
  return reason('match.invoiceNumber', { numbers: numbers.join(', '), count: numbers.length }, Math.max(...entries.map(([, p]) => p)))
}

function sortedNamed(e: Evidence, open: readonly MatchInvoice[]): MatchInvoice[] {
  return open.filter((i) => e.named.has(i.id))
}

/** The fit for one candidate customer, or null when the amount says nothing for it. */
function fitFor(e: Evidence, open: readonly MatchInvoice[], ctx: FitContext, trustedPayer: boolean): Fit | null {
  if (e.named.size > 0) {
    const named = sortedNamed(e, open)
    return fitReferenced(ctx, named, open.filter((i) => !e.named.has(i.id)))
  }
  if (e.promise) return fitPromise(ctx, e.promise, open)
  const byAmount = fitAmount(ctx, open, e.payer.length === 0)
  if (byAmount) return byAmount
  return trustedPayer || e.paidNumbers.size > 0 ? fitOldestFirst(ctx, open) : null
}

/** Proposals for one statement line, best first; [] for debits and for lines where nothing credible points anywhere. */
export function proposeMatches(index: MatchIndex, line: BankLine, options: MatchOptions = {}): MatchProposal[] {
  if (!(line.amount > 0) || !Number.isSafeInteger(line.amount)) return []
  const opts = { ...MATCH_DEFAULTS, ...options }
  const ev = gatherEvidence(index, line, {
    minNameScore: opts.minNameScore,
    promiseWindowDays: opts.promiseWindowDays,
    maxCandidates: opts.maxProposals,
  })
  const ctx: FitContext = { amount: line.amount, date: line.valueDate || line.bookingDate, writeOffThreshold: opts.writeOffThreshold, memo: index.memo }
  const currency = String(line.currency || '').toUpperCase()
  const nameScores = [...ev.byCustomer.values()].map((e) => e.nameScore).sort((a, b) => b - a)
  const payerNames = [...ev.payers].map((id) => customerName(index, id)).join(', ')

  const out: MatchProposal[] = []
  const amountOnly: MatchProposal[] = []
  let amountOnlyFailed = 0
  for (const e of ev.byCustomer.values()) {
    const open = openInCurrency(index, e.customerId, currency)
    const unrivalledName = e.nameScore >= NAME_ALONE_SCORE && e.nameScore > (nameScores[1] ?? 0)
    const f = fitFor(e, open, ctx, ev.payers.has(e.customerId) || unrivalledName)
    if (!f) {
      if (e.amountOnly) amountOnlyFailed++
      continue
    }
    const reasons: MatchReason[] = [...e.payer]
    const named = namedReason(e)
    if (named) reasons.push(named)
    for (const n of e.paidNumbers.keys()) e.warnings.push(warning('match.invoiceAlreadyPaid', { number: n }))
    if (e.promise) {
      reasons.push(reason('match.promise', { date: e.promise.promiseDate, amount: e.promise.promiseAmount ?? 0 }, POINTS.promise))
    }
    reasons.push(...f.reasons)
    const warnings: MatchWarning[] = [...e.warnings, ...f.warnings]
    if (ev.payers.size > 0 && !ev.payers.has(e.customerId)) {
      warnings.push(warning('match.payerMismatch', { payerCustomer: payerNames, invoiceCustomer: customerName(index, e.customerId) }))
    }
    const proposal: MatchProposal = {
      customerId: e.customerId,
      allocations: f.allocations,
      unallocated: f.unallocated,
      writeOff: f.writeOff,
      confidence: 0,
      reasons,
      warnings,
      needsDecision: needsDecision(warnings),
    }
    if (e.amountOnly) amountOnly.push(proposal)
    else out.push(proposal)
  }
  const amb = ambiguity(ev.amountOnlyCount - amountOnlyFailed)
  for (const p of amountOnly) {
    if (amb) p.reasons.push(amb)
    out.push(p)
  }
  for (const p of out) p.confidence = confidenceOf(p.reasons, p.warnings)
  return out
    .filter((p) => p.confidence >= MIN_CONFIDENCE)
    .sort(compareProposals)
    .slice(0, opts.maxProposals)
}
