/**
 * Signal 2 — days from delivery to invoice. An invoice sent late is paid late: the customer's payment term only
 * starts when the invoice arrives, and an invoice for goods received weeks ago is the first to be questioned.
 *
 * Legal deadline for invoicing a business customer (the customers of a wholesaler), decided by the company's country:
 * - ES: RD 1619/2012 art. 11.2 — "antes del día 16 del mes siguiente" to the supply: the 15th is the last day.
 * - RO: Codul fiscal art. 319 alin. (16) — "cel mai târziu până la data de 15 a lunii următoare": the 15th too.
 * Invoices without a delivery date are not measured (counted apart).
 */
import { daysBetween, isoDate, isValidIsoDate, parseIsoDate } from '../../dates'
import type { BasisPoints, Country, Customer, Invoice, IsoDate } from '../../types'
import { invoiceRef, levelOf, mean1, median, shareBp, worse, type HealthLevel, type InvoiceRef } from './common'

export type DelayBucket = 'sameDay' | 'days1to3' | 'days4to7' | 'days8to15' | 'over15'
export const DELAY_BUCKETS: readonly DelayBucket[] = ['sameDay', 'days1to3', 'days4to7', 'days8to15', 'over15']

/** Any invoice past the legal deadline, or an average above 3 days, is amber; 2 % past the deadline is red. */
export const DELIVERY_THRESHOLDS = { averageDays: 3, lateWarnAt: 1, lateBadAt: 200 } as const

export interface InvoiceDeadline {
  /** Last day the invoice may be issued on (inclusive). */
  lastDay: IsoDate
  /** Which rule: the UI names the law. */
  rule: 'ES-RD1619-art11' | 'RO-CF-art319'
}

/** Last legal day to invoice a supply to a business customer delivered on `deliveryDate` (the 15th of the next month). */
export function invoiceDeadline(country: Country, deliveryDate: IsoDate): InvoiceDeadline {
  const { y, m } = parseIsoDate(deliveryDate)
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 }
  return { lastDay: isoDate(next.y, next.m, 15), rule: country === 'ES' ? 'ES-RD1619-art11' : 'RO-CF-art319' }
}

export function delayBucket(days: number): DelayBucket {
  if (days <= 0) return 'sameDay'
  if (days <= 3) return 'days1to3'
  if (days <= 7) return 'days4to7'
  if (days <= 15) return 'days8to15'
  return 'over15'
}

export interface DeliveryRow extends InvoiceRef {
  deliveryDate: IsoDate
  /** Days from delivery to issue (negative: invoiced before delivery). */
  days: number
  deadline: IsoDate
  /** Issued after the legal deadline. */
  late: boolean
  /** Days past the deadline (0 when on time). */
  daysLate: number
}

export interface DeliverySignal {
  level: HealthLevel
  rule: InvoiceDeadline['rule']
  invoiceCount: number
  /** Invoices with a delivery date (the ones measured). */
  measured: number
  withoutDeliveryDate: number
  /** Invoiced before the goods went out (advance invoices): measured, counted as same day. */
  beforeDelivery: number
  averageDays: number | null
  medianDays: number | null
  maxDays: number | null
  buckets: { bucket: DelayBucket; count: number }[]
  lateCount: number
  lateAmount: number
  /** lateCount / measured, in basis points. */
  lateShareBp: BasisPoints | null
  /** Invoices issued at least one day after delivery: past the deadline first, then the longest delay. */
  rows: DeliveryRow[]
}

export function deliverySignal(country: Country, invoices: readonly Invoice[], customers: ReadonlyMap<string, Customer>): DeliverySignal {
  const counts = new Map<DelayBucket, number>(DELAY_BUCKETS.map((b) => [b, 0]))
  const delays: number[] = []
  const rows: DeliveryRow[] = []
  let without = 0
  let before = 0
  let lateCount = 0
  let lateAmount = 0
  for (const inv of invoices) {
    if (!inv.deliveryDate || !isValidIsoDate(inv.deliveryDate)) {
      without += 1
      continue
    }
    const days = daysBetween(inv.deliveryDate, inv.issueDate)
    if (days < 0) before += 1
    const counted = Math.max(0, days)
    delays.push(counted)
    counts.set(delayBucket(counted), (counts.get(delayBucket(counted)) ?? 0) + 1)
    const { lastDay } = invoiceDeadline(country, inv.deliveryDate)
    const daysLate = Math.max(0, daysBetween(lastDay, inv.issueDate))
    if (daysLate > 0) {
      lateCount += 1
      lateAmount += inv.totals.total
    }
    if (days > 0) {
      rows.push({ ...invoiceRef(inv, customers), deliveryDate: inv.deliveryDate, days, deadline: lastDay, late: daysLate > 0, daysLate })
    }
  }
  rows.sort((a, b) => Number(b.late) - Number(a.late) || b.days - a.days || (a.number < b.number ? -1 : 1))
  const averageDays = mean1(delays)
  const lateShare = shareBp(lateCount, delays.length)
  const t = DELIVERY_THRESHOLDS
  const level =
    delays.length === 0
      ? 'none'
      : worse(levelOf(lateShare, t.lateWarnAt, t.lateBadAt), averageDays !== null && averageDays > t.averageDays ? 'warn' : 'good')
  return {
    level,
    rule: invoiceDeadline(country, '2000-01-01').rule,
    invoiceCount: invoices.length,
    measured: delays.length,
    withoutDeliveryDate: without,
    beforeDelivery: before,
    averageDays,
    medianDays: median(delays),
    maxDays: delays.length === 0 ? null : delays.reduce((m, d) => (d > m ? d : m), 0),
    buckets: DELAY_BUCKETS.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 })),
    lateCount,
    lateAmount,
    lateShareBp: lateShare,
    rows,
  }
}
