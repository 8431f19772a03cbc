/**
 * Signal 5 — disputes by reason: the reasons customers give for not paying (quality, quantity, price, goods not
 * received, a duplicate invoice...), how many are still open and how long they take to settle. Covers the disputes
 * opened in the period; amounts are the disputed invoices' totals and what is still open on them today.
 */
import { daysBetween } from '../../dates'
import type { Dispute } from '../../collections/types'
import type { BasisPoints, Customer, Invoice, IsoDate } from '../../types'
import { invoiceRef, levelOf, mean1, shareBp, worse, type HealthLevel, type InvoiceRef } from './common'

export type DisputeReason = Dispute['reason']
export const DISPUTE_REASONS: readonly DisputeReason[] = ['quality', 'quantity', 'price', 'notReceived', 'duplicate', 'other']

/** Disputes on 1 % of the invoices is amber, 3 % red; an open dispute older than 30 days is at least amber. */
export const DISPUTE_THRESHOLDS = { warnAt: 100, badAt: 300, staleDays: 30 } as const

export interface DisputeFigures {
  count: number
  open: number
  resolved: number
  /** Totals of the disputed invoices (each invoice once). */
  invoiceAmount: number
  /** What is still open today on the disputed invoices (each invoice once). */
  openAmount: number
  /** Mean days from opening to resolution, over the resolved ones (one decimal); null when none is resolved. */
  averageDaysToResolve: number | null
}

export interface DisputeRow extends InvoiceRef {
  disputeId: string
  reason: DisputeReason
  text: string
  openedOn: IsoDate
  resolvedOn: IsoDate | ''
  /** Days to resolve, or days open so far (to `today`) while open. */
  days: number
}

export interface DisputeSignal extends DisputeFigures {
  level: HealthLevel
  /** Invoices issued in the period (the base of the rate). */
  invoiceCount: number
  /** count / invoiceCount in basis points. */
  rateBp: BasisPoints | null
  /** Open disputes older than DISPUTE_THRESHOLDS.staleDays. */
  stale: number
  /** Every reason, in the fixed order, even with 0. */
  byReason: ({ reason: DisputeReason } & DisputeFigures)[]
  /** Open first (oldest first), then resolved (newest first). */
  rows: DisputeRow[]
}

function figures(rows: readonly DisputeRow[]): DisputeFigures {
  const invoices = new Map(rows.map((r) => [r.invoiceId, r]))
  const resolved = rows.filter((r) => r.resolvedOn !== '')
  return {
    count: rows.length,
    open: rows.length - resolved.length,
    resolved: resolved.length,
    invoiceAmount: [...invoices.values()].reduce((s, r) => s + r.total, 0),
    openAmount: [...invoices.values()].reduce((s, r) => s + r.openAmount, 0),
    averageDaysToResolve: mean1(resolved.map((r) => r.days)),
  }
}

/**
 * `disputes` opened in [from, to] (others are ignored), `invoices` holding at least the disputed ones,
 * `invoiceCount` the invoices issued in the period, `today` for the age of open disputes.
 */
export function disputeSignal(
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
  disputes: readonly Dispute[],
  invoices: ReadonlyMap<string, Invoice>,
  customers: ReadonlyMap<string, Customer>,
  invoiceCount: number,
): DisputeSignal {
  const rows: DisputeRow[] = []
  for (const d of disputes) {
    if (d.openedOn < from || d.openedOn > to) continue
    const inv = invoices.get(d.invoiceId)
    if (!inv) continue
    const end = d.resolvedOn !== '' ? d.resolvedOn : today
    rows.push({
      ...invoiceRef(inv, customers),
      disputeId: d.id,
      reason: d.reason,
      text: d.text,
      openedOn: d.openedOn,
      resolvedOn: d.resolvedOn,
      days: Math.max(0, daysBetween(d.openedOn, end)),
    })
  }
  rows.sort((a, b) => {
    const ao = a.resolvedOn === '' ? 0 : 1
    const bo = b.resolvedOn === '' ? 0 : 1
    if (ao !== bo) return ao - bo
    if (ao === 0) return a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : a.disputeId < b.disputeId ? -1 : 1
    return a.resolvedOn < b.resolvedOn ? 1 : a.resolvedOn > b.resolvedOn ? -1 : a.disputeId < b.disputeId ? -1 : 1
  })
  const total = figures(rows)
  const stale = rows.filter((r) => r.resolvedOn === '' && r.days > DISPUTE_THRESHOLDS.staleDays).length
  const rate = shareBp(total.count, invoiceCount)
  const level = worse(levelOf(rate, DISPUTE_THRESHOLDS.warnAt, DISPUTE_THRESHOLDS.badAt), stale > 0 ? 'warn' : 'none')
  return {
    ...total,
    level,
    invoiceCount,
    rateBp: rate,
    stale,
    byReason: DISPUTE_REASONS.map((reason) => ({ reason, ...figures(rows.filter((r) => r.reason === reason)) })),
    rows,
  }
}
