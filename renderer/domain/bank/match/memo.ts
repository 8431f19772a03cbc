/**
 * Answers a match index remembers while it is used (issue 7): a statement of 5,000 lines asks the same questions again
 * and again (a customer's open invoices in the line's currency, an invoice's early-payment discount on the payment
 * date, the references in a remittance such as 'Transferencia' or 'Pago facturas'), and the bank queue keeps its index
 * between refreshes. An index and its invoices are read-only once built, so each remembered answer is the one
 * computing it again gives. An index without a memo (built by hand) computes every answer.
 */
import { earlyDiscountFor } from '../../terms'
import type { Cents, IsoDate } from '../../types'
import type { MatchIndex } from './matchIndex'
import { extractReferences, type ReferenceCandidate } from './references'
import type { MatchInvoice } from './types'

export interface MatchMemo {
  /** 'customerId|CURRENCY' -> the customer's open invoices in that currency, in the index's order. */
  openIn: Map<string, readonly MatchInvoice[]>
  /** Payment date -> invoice -> early-payment discount available on that date. */
  discounts: Map<IsoDate, Map<MatchInvoice, Cents>>
  /** Remittance text -> the references extractReferences finds in it (with the index's series codes). */
  references: Map<string, readonly ReferenceCandidate[]>
}

/** Past these many entries a memo starts again (a long session of imports keeps one index). */
const MAX_REFERENCES = 20_000
const MAX_DATES = 64

export function newMemo(): MatchMemo {
  return { openIn: new Map(), discounts: new Map(), references: new Map() }
}

/** The customer's open invoices in `currency` (all of them when the line names none), in the index's order. */
export function openInCurrency(index: MatchIndex, customerId: string, currency: string): readonly MatchInvoice[] {
  const all = index.openByCustomer.get(customerId) ?? []
  if (!currency) return all
  const memo = index.memo
  if (!memo) return all.filter((i) => i.currency === currency)
  const key = `${customerId}|${currency}`
  let list = memo.openIn.get(key)
  if (!list) {
    list = all.every((i) => i.currency === currency) ? all : all.filter((i) => i.currency === currency)
    memo.openIn.set(key, list)
  }
  return list
}

/** terms.ts earlyDiscountFor(invoice, date), remembered per date and invoice. */
export function discountOn(memo: MatchMemo | undefined, invoice: MatchInvoice, date: IsoDate): Cents {
  if (!memo || !invoice.earlyDiscount) return earlyDiscountFor(invoice, date)
  let byInvoice = memo.discounts.get(date)
  if (!byInvoice) {
    if (memo.discounts.size >= MAX_DATES) memo.discounts.clear()
    byInvoice = new Map()
    memo.discounts.set(date, byInvoice)
  }
  let discount = byInvoice.get(invoice)
  if (discount === undefined) {
    discount = earlyDiscountFor(invoice, date)
    byInvoice.set(invoice, discount)
  }
  return discount
}

/** extractReferences(remittance, index.seriesCodes), remembered per text (frozen: callers share it). */
export function referencesIn(index: MatchIndex, remittance: string): readonly ReferenceCandidate[] {
  const memo = index.memo
  if (!memo) return extractReferences(remittance, index.seriesCodes)
  let refs = memo.references.get(remittance)
  if (!refs) {
    refs = Object.freeze(extractReferences(remittance, index.seriesCodes).map((r) => Object.freeze(r)))
    if (memo.references.size >= MAX_REFERENCES) memo.references.clear()
    memo.references.set(remittance, refs)
  }
  return refs
}
