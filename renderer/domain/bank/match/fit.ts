/**
 * How a credit's amount fits one customer's open invoices: the allocations (money + early-payment discount per
 * invoice), what is left as customer credit, a possible write-off of a small shortfall, and the reasons for it.
 * Allocation itself (oldest first, discounts only when they settle the invoice) is allocation.ts's.
 */
import { allocateOldestFirst, type AllocationLine, type OpenItem } from '../../allocation'
import type { Cents, IsoDate } from '../../types'
import { findSubsetSum, oldestFirstRun } from './combinations'
import { discountOn, type MatchMemo } from './memo'
import { ambiguity, POINTS, reason, warning } from './proposal'
import type { MatchInvoice, MatchPromise, MatchReason, MatchWarning, ProposedWriteOff } from './types'

export interface Fit {
  allocations: AllocationLine[]
  unallocated: Cents
  writeOff: ProposedWriteOff | null
  reasons: MatchReason[]
  warnings: MatchWarning[]
}

export interface FitContext {
  amount: Cents
  /** Payment date: decides whether an early-payment discount is still available. */
  date: IsoDate
  writeOffThreshold: Cents
  /** The index's memo (memo.ts): discounts remembered per payment date and invoice. */
  memo?: MatchMemo
}

export const BANK_CHARGES = 'bankCharges'

function itemsOf(invoices: readonly MatchInvoice[], ctx: FitContext): OpenItem[] {
  return invoices.map((i) => ({
    invoiceId: i.id,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    fullNumber: i.fullNumber,
    openAmount: i.openAmount,
    discountAvailable: discountOn(ctx.memo, i, ctx.date),
  }))
}

const sumOpen = (invoices: readonly MatchInvoice[]) => invoices.reduce((s, i) => s + i.openAmount, 0)

function full(invoices: readonly MatchInvoice[]): AllocationLine[] {
  return invoices.map((i) => ({ invoiceId: i.id, amount: i.openAmount, discount: 0 }))
}

function fit(allocations: AllocationLine[], unallocated: Cents, reasons: MatchReason[], extra: Partial<Fit> = {}): Fit {
  return { allocations, unallocated, writeOff: null, reasons, warnings: [], ...extra }
}

/**
 * Oldest first over `invoices` when the amount falls short of their total by at most the threshold: the one
 * invoice left short gets a write-off proposal. Null when the shortfall is larger or spread over two invoices.
 */
function shortByCharges(ctx: FitContext, invoices: readonly MatchInvoice[]): Fit | null {
  const shortfall = sumOpen(invoices) - ctx.amount
  if (shortfall <= 0 || shortfall > ctx.writeOffThreshold) return null
  const { lines } = allocateOldestFirst(ctx.amount, itemsOf(invoices, ctx))
  const byId = new Map(lines.map((l) => [l.invoiceId, l.amount]))
  const short = invoices.filter((i) => (byId.get(i.id) ?? 0) < i.openAmount)
  const last = short[0]
  if (short.length !== 1 || !last || (byId.get(last.id) ?? 0) === 0) return null
  return fit(lines, 0, [reason('match.writeOff', { amount: shortfall }, POINTS.writeOff)], {
    writeOff: { invoiceId: last.id, amount: shortfall, reason: BANK_CHARGES },
  })
}

/** Spread oldest first over `invoices`; the rest is customer credit. */
export function fitOldestFirst(ctx: FitContext, invoices: readonly MatchInvoice[]): Fit {
  const total = sumOpen(invoices)
  const { lines, unallocated } = allocateOldestFirst(ctx.amount, itemsOf(invoices, ctx))
  const reasons: MatchReason[] = []
  const warnings: MatchWarning[] = []
  if (lines.length > 0) reasons.push(reason('match.oldestFirst', { count: lines.length }))
  if (ctx.amount < total) reasons.push(reason('match.partial', { open: total }))
  if (unallocated > 0) {
    reasons.push(reason(total > 0 ? 'match.overpayment' : 'match.noOpenInvoices', { amount: unallocated }))
    if (total > 0) warnings.push(warning('match.amountExceeds', { amount: ctx.amount, open: total }))
  }
  return fit(lines, unallocated, reasons, { warnings })
}

/**
 * The amount against a customer's open invoices (due order) without any invoice named: one invoice exactly,
 * one invoice less its early discount, an oldest-first run or a subset adding up (combinations.ts), or short by
 * bank charges. `singleOnly` (payer not identified) stops after the single-invoice cases. Null when nothing fits.
 */
export function fitAmount(ctx: FitContext, invoices: readonly MatchInvoice[], singleOnly = false): Fit | null {
  const exact = invoices.find((i) => i.openAmount === ctx.amount)
  if (exact) return fit(full([exact]), 0, [reason('match.exactAmount', {}, POINTS.exactAmount)])
  for (const i of invoices) {
    const discount = discountOn(ctx.memo, i, ctx.date)
    if (discount > 0 && i.openAmount - discount === ctx.amount) {
      return fit([{ invoiceId: i.id, amount: ctx.amount, discount }], 0, [
        reason('match.earlyDiscount', { discount }, POINTS.earlyDiscount),
      ])
    }
  }
  if (singleOnly) return null
  const amounts = invoices.map((i) => i.openAmount)
  const run = oldestFirstRun(amounts, ctx.amount)
  if (run > 0) return fit(full(invoices.slice(0, run)), 0, [reason('match.combination', { count: run }, POINTS.combination)])
  const subset = findSubsetSum(amounts, ctx.amount)
  if (subset) {
    const chosen = subset.indexes.map((k) => invoices[k]).filter((i): i is MatchInvoice => i !== undefined)
    const reasons = [reason('match.combination', { count: chosen.length }, POINTS.combination)]
    const amb = ambiguity(subset.solutions)
    if (amb) reasons.push(amb)
    return fit(full(chosen), 0, reasons)
  }
  let nearest: MatchInvoice | null = null
  for (const i of invoices) {
    const gap = i.openAmount - ctx.amount
    if (gap > 0 && gap <= ctx.writeOffThreshold && (!nearest || gap < nearest.openAmount - ctx.amount)) nearest = i
  }
  if (nearest) return shortByCharges(ctx, [nearest])
  let sum = 0
  for (let k = 0; k < invoices.length && sum < ctx.amount; k++) {
    sum += invoices[k]?.openAmount ?? 0
    if (k >= 1 && sum > ctx.amount) return shortByCharges(ctx, invoices.slice(0, k + 1))
  }
  return null
}

/**
 * The invoices named in the remittance (due order): paid exactly, less their early discounts, short by bank charges,
 * partly (oldest first among them), or more than named (the rest fits others of `otherInvoices`, else credit).
 */
export function fitReferenced(ctx: FitContext, named: readonly MatchInvoice[], otherInvoices: readonly MatchInvoice[]): Fit {
  const total = sumOpen(named)
  if (ctx.amount === total) return fit(full(named), 0, [reason('match.exactAmount', {}, POINTS.exactAmount)])
  const items = itemsOf(named, ctx)
  const discount = items.reduce((s, i) => s + i.discountAvailable, 0)
  if (discount > 0 && ctx.amount === total - discount) {
    const { lines } = allocateOldestFirst(ctx.amount, items, { applyDiscounts: true })
    return fit(lines, 0, [reason('match.earlyDiscount', { discount }, POINTS.earlyDiscount)])
  }
  if (ctx.amount < total) {
    const charges = shortByCharges(ctx, named)
    if (charges) return charges
    const { lines } = allocateOldestFirst(ctx.amount, items)
    return fit(lines, 0, [reason('match.partial', { open: total })])
  }
  const excess = ctx.amount - total
  const rest = fitAmount({ ...ctx, amount: excess }, otherInvoices)
  if (rest && !rest.writeOff) {
    return fit([...full(named), ...rest.allocations], 0, [
      reason('match.exactAmount', {}, POINTS.exactAmount),
      reason('match.extraInvoices', { count: rest.allocations.length }, POINTS.extraInvoices),
    ])
  }
  return fit(full(named), excess, [reason('match.overpayment', { amount: excess })], {
    warnings: [warning('match.amountExceeds', { amount: ctx.amount, open: total })],
  })
}

/** A promise to pay matched the amount: its invoices first (oldest first), then the customer's others, then credit. */
export function fitPromise(ctx: FitContext, promise: MatchPromise, invoices: readonly MatchInvoice[]): Fit {
  const promised = new Set(promise.invoiceIds)
  const first = allocateOldestFirst(ctx.amount, itemsOf(invoices.filter((i) => promised.has(i.id)), ctx))
  const second = allocateOldestFirst(first.unallocated, itemsOf(invoices.filter((i) => !promised.has(i.id)), ctx))
  const lines = [...first.lines, ...second.lines]
  const reasons = second.unallocated > 0 ? [reason('match.overpayment', { amount: second.unallocated })] : []
  return fit(lines, second.unallocated, reasons)
}
