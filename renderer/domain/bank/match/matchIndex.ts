/**
 * The lookup tables the matcher uses, built once per import from the open invoices, the customers, the payers
 * learned before and the promises: every question a statement line asks is a Map lookup, never a scan of all
 * invoices or customers.
 */
import { isPromise } from '../../collections/promises'
import { normalizeIban } from '../../iban'
import { parseDocumentNumber } from '../../numbering'
import { compactTaxId } from '../../taxId'
import { earlyDiscountFor } from '../../terms'
import { newMemo, type MatchMemo } from './memo'
import { nameIndexFor, type NameIndex } from './names'
import type { MatchCustomer, MatchIndexInput, MatchInvoice, MatchPromise, SettledInvoice } from './types'

export interface MatchIndex {
  customers: Map<string, MatchCustomer>
  invoices: Map<string, MatchInvoice>
  /** customerId -> open invoices, oldest due first (then issue date, then number). */
  openByCustomer: Map<string, MatchInvoice[]>
  /** 'F|2026|123' -> open invoices. */
  byFull: Map<string, MatchInvoice[]>
  /** '2026|123' -> open invoices (any series). */
  byYearNumber: Map<string, MatchInvoice[]>
  /** 123 -> open invoices (any series, any year). */
  byNumber: Map<number, MatchInvoice[]>
  /** 'EUR|12100' -> open invoices whose open amount, or open amount less the early discount, is that. */
  byAmount: Map<string, MatchInvoice[]>
  /** Series codes of the open and settled invoices ('F', 'CFD'). */
  seriesCodes: Set<string>
  settledByFull: Map<string, SettledInvoice[]>
  settledByYearNumber: Map<string, SettledInvoice[]>
  /** Normalized IBAN -> customers paying from it. */
  payerByIban: Map<string, Set<string>>
  /** Normalized tax id (no country prefix) -> customers. */
  payerByTaxId: Map<string, Set<string>>
  names: NameIndex
  /** Promised amount -> promises with a date and that amount. */
  promisesByAmount: Map<number, MatchPromise[]>
  /** Answers remembered while the index is used (memo.ts); the index and its invoices are read-only once built. */
  memo?: MatchMemo
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key)
  if (set) set.add(id)
  else map.set(key, new Set([id]))
}

/** IBAN as a lookup key ('' when none). */
export function ibanKey(iban: string): string {
  return normalizeIban(iban ?? '')
}

/** Tax id as a lookup key, without the VAT prefix: 'ES B-12345674' and 'B12345674' -> 'B12345674'; 'RO 14399840' -> '14399840'. */
export function taxIdKey(taxId: string): string {
  let id = compactTaxId(taxId ?? '')
  if (id.length === 11 && id.startsWith('ES')) id = id.slice(2)
  else if (/^RO[0-9]+$/.test(id)) id = id.slice(2)
  return id.length >= 5 ? id : ''
}

export const fullKey = (series: string, year: number, n: number) => `${series}|${year}|${n}`
export const yearNumberKey = (year: number, n: number) => `${year}|${n}`
export const amountKey = (currency: string, amount: number) => `${currency.toUpperCase()}|${amount}`

/** Oldest due first, then issue date, then number: the order of allocation.ts's compareOpenItems (without its objects). */
export function compareInvoices(a: MatchInvoice, b: MatchInvoice): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? -1 : 1
  return a.fullNumber < b.fullNumber ? -1 : a.fullNumber > b.fullNumber ? 1 : 0
}

export function buildMatchIndex(input: MatchIndexInput): MatchIndex {
  const index: MatchIndex = {
    customers: new Map(input.customers.map((c) => [c.id, c])),
    invoices: new Map(),
    openByCustomer: new Map(),
    byFull: new Map(),
    byYearNumber: new Map(),
    byNumber: new Map(),
    byAmount: new Map(),
    seriesCodes: new Set(),
    settledByFull: new Map(),
    settledByYearNumber: new Map(),
    payerByIban: new Map(),
    payerByTaxId: new Map(),
    names: nameIndexFor(input.customers),
    promisesByAmount: new Map(),
    memo: newMemo(),
  }
  const open = input.openInvoices.filter((i) => i.openAmount > 0).sort(compareInvoices)
  for (const inv of open) {
    index.invoices.set(inv.id, inv)
    push(index.openByCustomer, inv.customerId, inv)
    push(index.byAmount, amountKey(inv.currency, inv.openAmount), inv)
    // The discount is the largest it can be (paid on the issue date); the line's date is checked when matching.
    const discount = inv.earlyDiscount ? earlyDiscountFor(inv, inv.issueDate) : 0
    if (discount > 0) push(index.byAmount, amountKey(inv.currency, inv.openAmount - discount), inv)
    const parsed = parseDocumentNumber(inv.fullNumber)
    if (!parsed) continue
    index.seriesCodes.add(parsed.series)
    push(index.byFull, fullKey(parsed.series, parsed.year, parsed.number), inv)
    push(index.byYearNumber, yearNumberKey(parsed.year, parsed.number), inv)
    push(index.byNumber, parsed.number, inv)
  }
  for (const inv of input.settledInvoices ?? []) {
    const parsed = parseDocumentNumber(inv.fullNumber)
    if (!parsed || index.invoices.has(inv.id)) continue
    index.seriesCodes.add(parsed.series)
    push(index.settledByFull, fullKey(parsed.series, parsed.year, parsed.number), inv)
    push(index.settledByYearNumber, yearNumberKey(parsed.year, parsed.number), inv)
  }
  for (const c of input.customers) {
    const tax = taxIdKey(c.taxId)
    if (tax) addTo(index.payerByTaxId, tax, c.id)
  }
  for (const p of input.knownPayers ?? []) {
    const iban = ibanKey(p.iban ?? '')
    if (iban) addTo(index.payerByIban, iban, p.customerId)
    const tax = taxIdKey(p.taxId ?? '')
    if (tax) addTo(index.payerByTaxId, tax, p.customerId)
  }
  for (const p of input.promises ?? []) {
    if (isPromise(p) && p.promiseAmount !== null && p.promiseAmount > 0) push(index.promisesByAmount, p.promiseAmount, p)
  }
  return index
}
