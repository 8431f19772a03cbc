/**
 * Signal 3 — invoices issued on terms other than the customer's agreed ones (a longer term, other payment days, an
 * early-payment discount the customer does not have) or with a line discount above the customer's standing
 * discount: deals made by a salesman that the customer will later hold against the invoice, or that the office
 * will not know to chase. Compared with the customer's profile as it stands now.
 *
 * Signal 4 — invoices without the purchase-order number a customer requires: the customer's accounts department
 * cannot match them to an order and sets them aside (public bodies and large chains return them unpaid).
 */
import { lineAmount } from '../../tax'
import type { BasisPoints, Customer, EarlyPaymentDiscount, Invoice, PaymentTerms } from '../../types'
import { invoiceRef, levelOf, newestFirst, shareBp, type HealthLevel, type InvoiceRef } from './common'

/** From 2 % of the invoices on terms of their own, amber; from 5 %, red. */
export const TERMS_THRESHOLDS = { warnAt: 200, badAt: 500 } as const
/** Any invoice without a required PO is amber; from 2 % of the PO customers' invoices, red. */
export const PO_THRESHOLDS = { warnAt: 1, badAt: 200 } as const

export type TermsDifference =
  | { kind: 'terms'; invoice: PaymentTerms; standard: PaymentTerms }
  | { kind: 'paymentDays'; invoice: number[]; standard: number[] }
  | { kind: 'earlyDiscount'; invoice: EarlyPaymentDiscount | null; standard: EarlyPaymentDiscount | null }
  | {
      kind: 'lineDiscount'
      /** 1-based line number. */
      line: number
      code: string
      description: string
      discount: BasisPoints
      standard: BasisPoints
      /** Amount given away before VAT: the line at the standing discount minus the line as invoiced. */
      amount: number
    }

export type TermsDifferenceKind = TermsDifference['kind']
export const TERMS_DIFFERENCE_KINDS: readonly TermsDifferenceKind[] = ['terms', 'paymentDays', 'earlyDiscount', 'lineDiscount']

export interface TermsRow extends InvoiceRef {
  differences: TermsDifference[]
  /** Sum of the line differences' amounts. */
  extraDiscount: number
}

export interface TermsSignal {
  level: HealthLevel
  invoiceCount: number
  count: number
  shareBp: BasisPoints | null
  /** Invoice totals of the invoices listed. */
  amount: number
  extraDiscount: number
  /** Invoices with each kind of difference. */
  byKind: Record<TermsDifferenceKind, number>
  rows: TermsRow[]
}

export function sameTerms(a: PaymentTerms, b: PaymentTerms): boolean {
  if (a.kind === 'immediate' || b.kind === 'immediate') return a.kind === b.kind
  return a.kind === b.kind && a.days === b.days
}

function sameDays(a: readonly number[], b: readonly number[]): boolean {
  const x = [...new Set(a)].sort((p, q) => p - q)
  const y = [...new Set(b)].sort((p, q) => p - q)
  return x.length === y.length && x.every((d, i) => d === y[i])
}

function sameEarlyDiscount(a: EarlyPaymentDiscount | null, b: EarlyPaymentDiscount | null): boolean {
  const x = a && a.percent > 0 ? a : null
  const y = b && b.percent > 0 ? b : null
  if (!x || !y) return x === y
  return x.percent === y.percent && x.days === y.days
}

/** What differs between the invoice and the customer's standing conditions (empty when nothing does). */
export function termsDifferences(inv: Invoice, c: Customer): TermsDifference[] {
  const out: TermsDifference[] = []
  if (!sameTerms(inv.terms, c.terms)) out.push({ kind: 'terms', invoice: inv.terms, standard: c.terms })
  if (!sameDays(inv.paymentDays, c.paymentDays)) out.push({ kind: 'paymentDays', invoice: inv.paymentDays, standard: c.paymentDays })
  if (!sameEarlyDiscount(inv.earlyDiscount, c.earlyDiscount)) {
    out.push({ kind: 'earlyDiscount', invoice: inv.earlyDiscount, standard: c.earlyDiscount })
  }
  const standard = c.lineDiscount ?? 0
  inv.lines.forEach((l, i) => {
    if (l.discount <= standard) return
    const amount = lineAmount({ ...l, discount: standard }) - lineAmount(l)
    out.push({ kind: 'lineDiscount', line: i + 1, code: l.code, description: l.description, discount: l.discount, standard, amount })
  })
  return out
}

export function termsSignal(invoices: readonly Invoice[], customers: ReadonlyMap<string, Customer>): TermsSignal {
  const byKind: Record<TermsDifferenceKind, number> = { terms: 0, paymentDays: 0, earlyDiscount: 0, lineDiscount: 0 }
  const rows: TermsRow[] = []
  for (const inv of invoices) {
    const c = customers.get(inv.customerId)
    if (!c) continue
    const differences = termsDifferences(inv, c)
    if (differences.length === 0) continue
    for (const kind of new Set(differences.map((d) => d.kind))) byKind[kind] += 1
    const extraDiscount = differences.reduce((s, d) => s + (d.kind === 'lineDiscount' ? d.amount : 0), 0)
    rows.push({ ...invoiceRef(inv, customers), differences, extraDiscount })
  }
  rows.sort(newestFirst)
  const share = shareBp(rows.length, invoices.length)
  return {
    level: levelOf(share, TERMS_THRESHOLDS.warnAt, TERMS_THRESHOLDS.badAt),
    invoiceCount: invoices.length,
    count: rows.length,
    shareBp: share,
    amount: rows.reduce((s, r) => s + r.total, 0),
    extraDiscount: rows.reduce((s, r) => s + r.extraDiscount, 0),
    byKind,
    rows,
  }
}

export interface PoSignal {
  level: HealthLevel
  /** Customers that require a PO and were invoiced in the period. */
  customersRequiring: number
  /** Invoices of those customers in the period. */
  requiredCount: number
  count: number
  shareBp: BasisPoints | null
  amount: number
  openAmount: number
  /** Newest first. */
  rows: InvoiceRef[]
}

export function poSignal(invoices: readonly Invoice[], customers: ReadonlyMap<string, Customer>): PoSignal {
  const requiring = new Set<string>()
  const rows: InvoiceRef[] = []
  for (const inv of invoices) {
    if (!customers.get(inv.customerId)?.requiresPO) continue
    requiring.add(inv.customerId)
    if (inv.poNumber.trim() === '') rows.push(invoiceRef(inv, customers))
  }
  const requiredCount = invoices.filter((i) => requiring.has(i.customerId)).length
  rows.sort(newestFirst)
  const share = shareBp(rows.length, requiredCount)
  return {
    level: levelOf(share, PO_THRESHOLDS.warnAt, PO_THRESHOLDS.badAt),
    customersRequiring: requiring.size,
    requiredCount,
    count: rows.length,
    shareBp: share,
    amount: rows.reduce((s, r) => s + r.total, 0),
    openAmount: rows.reduce((s, r) => s + r.openAmount, 0),
    rows,
  }
}
