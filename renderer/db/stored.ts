/**
 * How records are stored: the extra, maintained fields of an invoice row and the search words of each
 * searchable table. Every write path (repositories, demo loader, v2 upgrade) goes through these functions so the
 * maintained figures are computed in exactly one place.
 */
import { openAmount as domainOpenAmount } from '../domain/invoiceStatus'
import { searchWords } from '../domain/search'
import type { Cents, Customer, Invoice, Product } from '../domain/types'

/** An invoice row as stored: the domain Invoice plus fields that exist only to be indexed. */
export interface StoredInvoice extends Invoice {
  /** Normalized words of the number, customer name and tax id, PO and delivery note (index `*searchWords`). */
  searchWords: string[]
  /** 1 while the invoice is open with something paid, discounted or credited (index `[isPartial+dueDate]`). */
  isPartial: 0 | 1
}

export interface InvoiceFigures {
  openAmount: Cents
  isOpen: 0 | 1
  isPartial: 0 | 1
}

type FigureInput = Pick<Invoice, 'lifecycle' | 'totals' | 'paidAmount' | 'discountTaken' | 'creditedAmount'>

/**
 * Open amount and flags of an invoice from its total and what was paid, discounted and credited.
 * Drafts owe nothing yet (open 0). A credit above what remained open never makes the invoice negative: the
 * excess is customer credit and shows in the customer's balance.
 */
export function invoiceFigures(inv: FigureInput): InvoiceFigures {
  if (inv.lifecycle !== 'issued') return { openAmount: 0, isOpen: 0, isPartial: 0 }
  const open = Math.max(0, domainOpenAmount(inv.totals.total, inv.paidAmount, inv.discountTaken, inv.creditedAmount))
  const touched = inv.paidAmount + inv.discountTaken + inv.creditedAmount > 0
  return { openAmount: open, isOpen: open > 0 ? 1 : 0, isPartial: open > 0 && touched ? 1 : 0 }
}

/** The invoice with its maintained figures recomputed (a new object). */
export function withFigures<T extends Invoice>(inv: T): T & InvoiceFigures {
  return { ...inv, ...invoiceFigures(inv) }
}

/** 'F2026-000123' -> also 'f2026000123' and '123', so people find it however they type it. */
function numberWords(inv: Pick<Invoice, 'fullNumber' | 'number'>): string[] {
  if (!inv.fullNumber) return []
  return [inv.fullNumber, inv.fullNumber.replace(/[^A-Za-z0-9]/g, ''), String(inv.number)]
}

/** The words of a customer snapshot repeat on every invoice of the customer: computed once (bulk loads). */
const partyWordsCache = new Map<string, string[]>()

function partyWords(legalName: string, taxId: string): string[] {
  const key = `${legalName}\u0000${taxId}`
  let words = partyWordsCache.get(key)
  if (!words) {
    if (partyWordsCache.size > 10_000) partyWordsCache.clear()
    words = searchWords(legalName, taxId)
    partyWordsCache.set(key, words)
  }
  return words
}

export function invoiceWords(inv: Invoice): string[] {
  const own = searchWords(...numberWords(inv), inv.poNumber, inv.deliveryNoteNumber)
  return [...new Set([...own, ...partyWords(inv.customer.legalName, inv.customer.taxId)])]
}

/** A stored invoice row from a domain invoice: figures and search words recomputed. */
export function toStoredInvoice(inv: Invoice): StoredInvoice {
  const withF = withFigures(inv)
  return { ...withF, searchWords: invoiceWords(withF) }
}

export function customerWords(c: Pick<Customer, 'code' | 'legalName' | 'tradeName' | 'taxId' | 'address'>): string[] {
  return searchWords(c.code, c.legalName, c.tradeName, c.taxId, c.address.city)
}

export function productWords(p: Pick<Product, 'code' | 'name'>): string[] {
  return searchWords(p.code, p.name)
}
