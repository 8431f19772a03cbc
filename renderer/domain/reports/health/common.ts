/** Small arithmetic shared by the process-health signals: shares in basis points, averages and traffic lights. */
import { divRoundHalfUp } from '../../money'
import type { BasisPoints, Customer, Invoice, IsoDate } from '../../types'

/** Traffic light of one signal: good (green), warn (amber), bad (red); 'none' when there is nothing to judge. */
export type HealthLevel = 'good' | 'warn' | 'bad' | 'none'

/** A link to an invoice and its customer, carried by every row a signal lists. */
export interface InvoiceRef {
  invoiceId: string
  number: string
  customerId: string
  customerName: string
  issueDate: IsoDate
  total: number
  openAmount: number
}

/** part / whole in basis points, rounded half-up (1 of 3 -> 3333); null when whole is 0. */
export function shareBp(part: number, whole: number): BasisPoints | null {
  if (whole === 0) return null
  const sign = part < 0 !== whole < 0 ? -1n : 1n
  const q = divRoundHalfUp(BigInt(Math.abs(part)) * 10000n, BigInt(Math.abs(whole)))
  return Number(sign * q)
}

/** Mean rounded to one decimal (2.25 -> 2.3); null for an empty list. */
export function mean1(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const sum = xs.reduce((s, x) => s + x, 0)
  return Math.round((sum * 10) / xs.length) / 10
}

/** Median (the mean of the two middle values for an even count); null for an empty list. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

/** Level for a share against two thresholds (warn at or above `warnAt`, bad at or above `badAt`). */
export function levelOf(share: BasisPoints | null, warnAt: BasisPoints, badAt: BasisPoints): HealthLevel {
  if (share === null) return 'none'
  return share >= badAt ? 'bad' : share >= warnAt ? 'warn' : 'good'
}

/** The more serious of two levels. */
export function worse(a: HealthLevel, b: HealthLevel): HealthLevel {
  const rank: Record<HealthLevel, number> = { none: 0, good: 1, warn: 2, bad: 3 }
  return rank[a] >= rank[b] ? a : b
}

/** The customer's legal name as it stands now (as in the aging report), else the one frozen on the document. */
export function customerName(c: Pick<Customer, 'legalName'> | undefined, fallback: string): string {
  return c?.legalName || fallback
}

export function invoiceRef(inv: Invoice, customers: ReadonlyMap<string, Customer>): InvoiceRef {
  return {
    invoiceId: inv.id,
    number: inv.fullNumber,
    customerId: inv.customerId,
    customerName: customerName(customers.get(inv.customerId), inv.customer.legalName),
    issueDate: inv.issueDate,
    total: inv.totals.total,
    openAmount: inv.openAmount,
  }
}

/** Newest first, then by number (stable lists for the screen and the tests). */
export function newestFirst(a: { issueDate: IsoDate; number: string }, b: { issueDate: IsoDate; number: string }): number {
  return a.issueDate !== b.issueDate ? (a.issueDate < b.issueDate ? 1 : -1) : a.number < b.number ? 1 : a.number > b.number ? -1 : 0
}
