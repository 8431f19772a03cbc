/**
 * The sales invoice register (libro registro de facturas expedidas / jurnal de vânzări), row by row (pure), and the
 * compact per-invoice entry it is built from (`RegisterEntry`, kept per issue day by the registerRows table, so the
 * export never reads the 2.3 KB invoice rows). Re-exported by exportRows.ts.
 *
 * Every money figure of the register is in the company's currency. A document issued in another currency (RO: an
 * EUR invoice) is converted with its own exchange rate (company currency per 1 unit of the document's), figure by
 * figure and per VAT rate, rounded half-up once each (tax.ts vatInCurrency); the row's base, VAT, recargo and total
 * are then the sums of the converted per-rate figures, so total = base + VAT + recargo holds exactly in the
 * company's currency too. The document's own currency, total and rate are kept on the row.
 *
 * A cancelled invoice (anulada, Spain only: renderer/domain/invoiceCancel.ts) keeps its place in the register, at its
 * issue date and number, so the correlative numbering an accountant checks has no gap: docType 'cancelledInvoice',
 * the customer as on the invoice, zero amounts and no rates (it adds nothing to the totals or the rate columns), and
 * the day it was cancelled with the reason given.
 */
import { DomainError } from '../errors'
import { cents } from '../money'
import { vatInCurrency } from '../tax'
import type { BasisPoints, Cents, CreditNote, CurrencyCode, Invoice, IsoDate, TaxBreakdownRow } from '../types'
import type { RateColumn as TaxRateColumn, SalesRegisterRow } from './exportRowTypes'

type Document = Pick<Invoice, 'fullNumber' | 'currency' | 'exchangeRate'> & { totals: { total: Cents; byRate: readonly TaxBreakdownRow[] } }

/** Throws DomainError('invoice.exchangeRateRequired') for a foreign-currency document without a usable rate. */
export function requireExchangeRate(doc: Pick<Invoice, 'fullNumber' | 'currency' | 'exchangeRate'>, companyCurrency: CurrencyCode): void {
  if (doc.currency !== companyCurrency && (doc.exchangeRate === null || !Number.isFinite(doc.exchangeRate) || doc.exchangeRate <= 0)) {
    throw new DomainError('invoice.exchangeRateRequired', { number: doc.fullNumber })
  }
}

/** Per-rate figures of a document in the company currency (sign applied), with their sums. */
export interface ConvertedTotals {
  byRate: SalesRegisterRow['byRate']
  base: Cents
  vat: Cents
  recargo: Cents
  total: Cents
}

/**
 * The document's per-rate figures in `companyCurrency`, multiplied by `sign` (+1 invoices, -1 credit notes).
 * Throws DomainError('invoice.exchangeRateRequired') for a foreign-currency document without a usable rate.
 */
export function convertedTotals(doc: Document, companyCurrency: CurrencyCode, sign: 1 | -1 = 1): ConvertedTotals {
  requireExchangeRate(doc, companyCurrency)
  const foreign = doc.currency !== companyCurrency
  const convert = (amount: Cents): Cents => {
    const inCompany = foreign ? vatInCurrency(amount, doc.exchangeRate as number) : cents(amount)
    return cents(inCompany === 0 ? 0 : sign * inCompany)
  }
  let base = 0
  let vat = 0
  let recargo = 0
  const byRate = doc.totals.byRate.map((r) => {
    const row = { vatRate: r.vatRate, recargoRate: r.recargoRate, base: convert(r.base), vat: convert(r.vat), recargo: convert(r.recargo) }
    base += row.base
    vat += row.vat
    recargo += row.recargo
    return row
  })
  return { byRate, base: cents(base), vat: cents(vat), recargo: cents(recargo), total: cents(base + vat + recargo) }
}

/**
 * The rate columns of a sales register: one per VAT rate present in `docs`, VAT rate descending, with the recargo
 * rate documents at that VAT rate carry (0 when none does). A document without recargo at a rate whose column has
 * one simply shows 0 recargo there (main's sheet layout: base, VAT and, when the recargo rate is > 0, recargo).
 */
export function ratesOf(docs: Iterable<{ totals: { byRate: readonly Pick<TaxBreakdownRow, 'vatRate' | 'recargoRate'>[] } }>): TaxRateColumn[] {
  const found: TaxRateColumn[] = []
  for (const d of docs) for (const r of d.totals.byRate) found.push({ vatRate: r.vatRate, recargoRate: r.recargoRate })
  return sortRates(found)
}

/** Merges rate columns: one per VAT rate (the highest recargo rate seen for it), VAT rate descending. */
export function sortRates(rates: Iterable<TaxRateColumn>): TaxRateColumn[] {
  const byVat = new Map<BasisPoints, BasisPoints>()
  for (const r of rates) byVat.set(r.vatRate, Math.max(byVat.get(r.vatRate) ?? 0, r.recargoRate))
  return [...byVat.entries()].map(([vatRate, recargoRate]) => ({ vatRate, recargoRate })).sort((a, b) => b.vatRate - a.vatRate)
}

function foreignFields(doc: Document, companyCurrency: CurrencyCode, sign: 1 | -1) {
  if (doc.currency === companyCurrency) return { documentCurrency: '' as const, documentTotal: null, exchangeRate: null }
  const total = cents(doc.totals.total)
  return { documentCurrency: doc.currency, documentTotal: total === 0 ? 0 : sign * total, exchangeRate: doc.exchangeRate }
}

/** Between rows of the same date and number (only ever documents of different series): invoices first. */
const DOC_TYPE_RANK: Record<SalesRegisterRow['docType'], number> = { invoice: 0, cancelledInvoice: 1, creditNote: 2 }

/** Date, then printed number (plain code-unit order: 'F2026-000009' < 'F2026-000010'), then invoices first. */
export function registerOrder(a: SalesRegisterRow, b: SalesRegisterRow): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  if (a.number !== b.number) return a.number < b.number ? -1 : 1
  return DOC_TYPE_RANK[a.docType] - DOC_TYPE_RANK[b.docType]
}

/**
 * One issued invoice as the sales register needs it, compact (an array: the registerRows table keeps a day's
 * entries in one row, and Chromium's IndexedDB reads an array of plain values faster than as many objects):
 * the fields in this order, then per VAT rate of the invoice 5 numbers (vatRate, recargoRate, base, vat, recargo),
 * amounts in the invoice's own currency. The issue date is the day the entry is kept under.
 */
export type RegisterEntry = [
  id: string,
  number: string,
  series: string,
  operationDate: IsoDate | '',
  customerName: string,
  taxId: string,
  country: string,
  currency: CurrencyCode,
  exchangeRate: number | null,
  documentTotal: Cents,
  ...byRate: number[],
]

/** Position of the first per-rate number in a RegisterEntry, and numbers per rate. */
const RATES_AT = 10
const PER_RATE = 5

export function registerEntryOf(inv: Invoice): RegisterEntry {
  const entry: RegisterEntry = [
    inv.id,
    inv.fullNumber,
    inv.series,
    inv.deliveryDate && inv.deliveryDate !== inv.issueDate ? inv.deliveryDate : '',
    inv.customer.legalName,
    inv.customer.taxId,
    inv.customer.address.country,
    inv.currency,
    inv.exchangeRate,
    inv.totals.total,
  ]
  for (const r of inv.totals.byRate) entry.push(r.vatRate, r.recargoRate, r.base, r.vat, r.recargo)
  return entry
}

/** The entry's VAT rates (vatRate, recargoRate). */
export function entryRates(entry: RegisterEntry): TaxRateColumn[] {
  const out: TaxRateColumn[] = []
  for (let k = RATES_AT; k < entry.length; k += PER_RATE) out.push({ vatRate: entry[k] as number, recargoRate: entry[k + 1] as number })
  return out
}

/** The entry's number, currency and exchange rate (what requireExchangeRate checks). */
export function entryDocument(entry: RegisterEntry): Pick<Invoice, 'fullNumber' | 'currency' | 'exchangeRate'> {
  return { fullNumber: entry[1], currency: entry[7], exchangeRate: entry[8] }
}

/** The register row of an issued invoice from its entry and issue date (what invoiceRegisterRow gives). */
export function entryRegisterRow(date: IsoDate, entry: RegisterEntry, companyCurrency: CurrencyCode): SalesRegisterRow {
  const byRate: TaxBreakdownRow[] = []
  for (let k = RATES_AT; k < entry.length; k += PER_RATE) {
    const n = (i: number) => entry[k + i] as number
    byRate.push({ vatRate: n(0), recargoRate: n(1), base: n(2), vat: n(3), recargo: n(4) })
  }
  const doc: Document = { ...entryDocument(entry), totals: { total: entry[9], byRate } }
  return {
    docType: 'invoice',
    date,
    operationDate: entry[3],
    series: entry[2],
    number: entry[1],
    correctedNumber: '',
    customerName: entry[4],
    taxId: entry[5],
    country: entry[6],
    ...convertedTotals(doc, companyCurrency, 1),
    ...foreignFields(doc, companyCurrency, 1),
    cancelledOn: '',
    cancelReason: '',
  }
}

export function invoiceRegisterRow(inv: Invoice, companyCurrency: CurrencyCode): SalesRegisterRow {
  return entryRegisterRow(inv.issueDate, registerEntryOf(inv), companyCurrency)
}

export function creditNoteRegisterRow(note: CreditNote, companyCurrency: CurrencyCode): SalesRegisterRow {
  const t = convertedTotals(note, companyCurrency, -1)
  return {
    docType: 'creditNote',
    date: note.issueDate,
    operationDate: '',
    series: note.series,
    number: note.fullNumber,
    correctedNumber: note.invoiceNumber,
    customerName: note.customer.legalName,
    taxId: note.customer.taxId,
    country: note.customer.address.country,
    ...t,
    ...foreignFields(note, companyCurrency, -1),
    cancelledOn: '',
    cancelReason: '',
  }
}

/**
 * The register row of a cancelled invoice: its issue date, series, number and customer, zero amounts, no rates, no
 * document currency (nothing was sold), and the cancellation's day (the date part of cancelledAt, as the invoice
 * page shows it) and reason.
 */
export function cancelledInvoiceRegisterRow(
  inv: Pick<Invoice, 'issueDate' | 'series' | 'fullNumber' | 'customer' | 'cancelledAt' | 'cancelReason'>,
): SalesRegisterRow {
  return {
    docType: 'cancelledInvoice',
    date: inv.issueDate,
    operationDate: '',
    series: inv.series,
    number: inv.fullNumber,
    correctedNumber: '',
    customerName: inv.customer.legalName,
    taxId: inv.customer.taxId,
    country: inv.customer.address.country,
    byRate: [],
    base: cents(0),
    vat: cents(0),
    recargo: cents(0),
    total: cents(0),
    documentCurrency: '',
    documentTotal: null,
    exchangeRate: null,
    cancelledOn: inv.cancelledAt ? inv.cancelledAt.slice(0, 10) : '',
    cancelReason: inv.cancelReason ?? '',
  }
}

/**
 * The sales invoice register (libro registro de facturas expedidas / jurnal de vânzări): one row per issued invoice
 * (drafts are skipped), per cancelled invoice (zero amounts, marked cancelled) and per credit note, credit notes
 * negative with the corrected invoice's number, ordered by date then number; `rates` = one column per VAT rate
 * present (see ratesOf; cancelled invoices have none), VAT rate descending. `series` is the series code ('F'),
 * `number` the printed number ('F2026-000123'), which is what identifies the invoice on paper.
 */
export function salesRegisterRows(
  invoices: readonly Invoice[],
  creditNotes: readonly CreditNote[],
  companyCurrency: CurrencyCode,
): { rows: SalesRegisterRow[]; rates: TaxRateColumn[] } {
  const issued = invoices.filter((i) => i.lifecycle === 'issued')
  const rows = [
    ...issued.map((i) => invoiceRegisterRow(i, companyCurrency)),
    ...invoices.filter((i) => i.lifecycle === 'cancelled').map(cancelledInvoiceRegisterRow),
    ...creditNotes.map((n) => creditNoteRegisterRow(n, companyCurrency)),
  ].sort(registerOrder)
  return { rows, rates: ratesOf([...issued, ...creditNotes]) }
}
