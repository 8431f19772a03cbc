/**
 * The demo's process flaws, so the process-health report has something true to show: an office that invoices days
 * (sometimes weeks) after delivery, salesmen who grant terms or discounts outside the customer's agreement, and
 * invoices sent without the purchase order a customer asks for (typed before anyone noted the requirement; they are
 * paid late). Drawn from their own random stream per customer (STREAM.quirks), so the rest of the history keeps
 * drawing the same numbers.
 */
import { addDays } from '../dates'
import type { BasisPoints, Customer, EarlyPaymentDiscount, Invoice, InvoiceLine, IsoDate, PaymentTerms } from '../types'
import { Rng } from './prng'

export type InvoicingHabit = 'onDelivery' | 'weekly' | 'backlog'

export interface CustomerQuirks {
  habit: InvoicingHabit
  /** Deals with this customer's salesman often go beyond the agreed conditions. */
  dealsProne: boolean
  rng: Rng
}

export function customerQuirks(rng: Rng): CustomerQuirks {
  const habit = rng.weighted<InvoicingHabit>([['onDelivery', 65], ['weekly', 20], ['backlog', 15]])
  return { habit, dealsProne: rng.chance(0.1), rng }
}

/** Days from delivery to the invoice. */
function lagDays(q: CustomerQuirks): number {
  const { rng } = q
  if (q.habit === 'onDelivery') return rng.chance(0.05) ? rng.int(1, 3) : 0
  if (q.habit === 'weekly') return rng.int(0, 6)
  const r = rng.next()
  return r < 0.5 ? rng.int(1, 10) : r < 0.9 ? rng.int(11, 20) : rng.int(25, 45)
}

/** A longer term than the agreed one, within the 60 days Ley 3/2004 and Legea 72/2013 allow; null when none. */
function longerTerms(t: PaymentTerms): PaymentTerms | null {
  if (t.kind === 'immediate') return { kind: 'net', days: 30 }
  return t.days < 60 ? { kind: 'net', days: 60 } : null
}

function betterEarlyDiscount(d: EarlyPaymentDiscount | null): EarlyPaymentDiscount {
  return d ? { percent: d.percent + 100, days: d.days } : { percent: 300, days: 15 }
}

export interface InvoiceQuirks {
  deliveryDate: IsoDate
  terms: PaymentTerms
  earlyDiscount: EarlyPaymentDiscount | null
  lines: InvoiceLine[]
  /** The PO the customer requires was left out. */
  withoutPO: boolean
  /** Extra days before such an invoice is paid (it waits in the customer's accounts department). */
  paymentDelay: number
}

/** What goes wrong with one issued invoice (usually nothing). Always draws the same amount of numbers per invoice. */
export function invoiceQuirks(q: CustomerQuirks, c: Customer, issueDate: IsoDate, lines: InvoiceLine[]): InvoiceQuirks {
  const { rng } = q
  const out: InvoiceQuirks = {
    deliveryDate: addDays(issueDate, -lagDays(q)),
    terms: c.terms,
    earlyDiscount: c.earlyDiscount,
    lines,
    withoutPO: false,
    paymentDelay: 0,
  }
  const deal = rng.chance(q.dealsProne ? 0.12 : 0.01)
  const kind = rng.weighted<'lineDiscount' | 'terms' | 'earlyDiscount'>([['lineDiscount', 50], ['terms', 25], ['earlyDiscount', 25]])
  const extra: BasisPoints = rng.pick([300, 500, 1000])
  const lineCount = rng.int(1, 2)
  const longer = longerTerms(c.terms)
  if (deal && kind === 'terms' && longer) out.terms = longer
  else if (deal && (kind === 'earlyDiscount' || kind === 'terms')) out.earlyDiscount = betterEarlyDiscount(c.earlyDiscount)
  else if (deal) {
    out.lines = lines.map((l, i) => (i < lineCount ? { ...l, discount: Math.min(10000, c.lineDiscount + extra) } : l))
  }
  const withoutPO = rng.chance(0.06)
  const delay = rng.int(20, 60)
  if (c.requiresPO && withoutPO) {
    out.withoutPO = true
    out.paymentDelay = delay
  }
  return out
}

/** The payment date of an invoice that waited for its missing PO to be sorted out. */
export function delayedPayment(inv: Pick<Invoice, 'id'>, date: IsoDate, delays: ReadonlyMap<string, number>): IsoDate {
  const d = delays.get(inv.id)
  return d ? addDays(date, d) : date
}
