/**
 * The accountant's exports, row by row (pure): from the domain's documents to the row shapes of the exports
 * (exportRowTypes.ts, mirroring electron/contract/exports.ts), which main writes to XLSX / CSV.
 *
 * Every money figure of a sheet is in the company's currency. A document issued in another currency (RO: an EUR
 * invoice) is converted with its own exchange rate (company currency per 1 unit of the document's), figure by
 * figure and per VAT rate, rounded half-up once each (tax.ts vatInCurrency); the row's base, VAT, recargo and total
 * are then the sums of the converted per-rate figures, so total = base + VAT + recargo holds exactly in the
 * company's currency too. The document's own currency, total and rate are kept on the row.
 */
import { DomainError } from '../errors'
import { cents } from '../money'
import { vatInCurrency } from '../tax'
import type { Allocation, BasisPoints, Cents, CreditNote, CurrencyCode, Customer, Invoice, Payment, TaxBreakdownRow } from '../types'
import type { AgingCustomerRow } from './aging'
import type {
  AgingExportRow,
  CreditNoteRegisterRow,
  CustomerExportRow,
  PaymentRegisterRow,
  RateColumn as TaxRateColumn,
  SalesRegisterRow,
  StatementExportRow,
} from './exportRowTypes'
import type { StatementModel } from './statement'

type Document = Pick<Invoice, 'fullNumber' | 'currency' | 'exchangeRate' | 'totals'>

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
  const foreign = doc.currency !== companyCurrency
  if (foreign && (doc.exchangeRate === null || !Number.isFinite(doc.exchangeRate) || doc.exchangeRate <= 0)) {
    throw new DomainError('invoice.exchangeRateRequired', { number: doc.fullNumber })
  }
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

/** Date, then printed number (plain code-point order: 'F2026-000009' < 'F2026-000010'), then invoices first. */
export function registerOrder(a: SalesRegisterRow, b: SalesRegisterRow): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  if (a.number !== b.number) return a.number < b.number ? -1 : 1
  return a.docType === b.docType ? 0 : a.docType === 'invoice' ? -1 : 1
}

export function invoiceRegisterRow(inv: Invoice, companyCurrency: CurrencyCode): SalesRegisterRow {
  const t = convertedTotals(inv, companyCurrency, 1)
  return {
    docType: 'invoice',
    date: inv.issueDate,
    operationDate: inv.deliveryDate && inv.deliveryDate !== inv.issueDate ? inv.deliveryDate : '',
    series: inv.series,
    number: inv.fullNumber,
    correctedNumber: '',
    customerName: inv.customer.legalName,
    taxId: inv.customer.taxId,
    country: inv.customer.address.country,
    ...t,
    ...foreignFields(inv, companyCurrency, 1),
  }
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
  }
}

/**
 * The sales invoice register (libro registro de facturas expedidas / jurnal de vânzări): one row per issued invoice
 * (drafts are skipped) and per credit note, credit notes negative with the corrected invoice's number, ordered by
 * date then number; `rates` = one column per VAT rate present (see ratesOf), VAT rate descending. `series` is the series code
 * ('F'), `number` the printed number ('F2026-000123'), which is what identifies the invoice on paper.
 */
export function salesRegisterRows(
  invoices: readonly Invoice[],
  creditNotes: readonly CreditNote[],
  companyCurrency: CurrencyCode,
): { rows: SalesRegisterRow[]; rates: TaxRateColumn[] } {
  const issued = invoices.filter((i) => i.lifecycle === 'issued')
  const rows = [
    ...issued.map((i) => invoiceRegisterRow(i, companyCurrency)),
    ...creditNotes.map((n) => creditNoteRegisterRow(n, companyCurrency)),
  ].sort(registerOrder)
  return { rows, rates: ratesOf([...issued, ...creditNotes]) }
}

type PartyFields = Pick<Customer, 'code' | 'legalName' | 'taxId'>

/**
 * The payments register: one row per payment (date order kept, ties as given), with what it settled: money
 * allocated, early-payment discounts granted with it, what is left as customer credit (amount - allocated) and the
 * numbers of the invoices it paid.
 */
export function paymentRegisterRows(
  payments: readonly Payment[],
  allocations: readonly Pick<Allocation, 'paymentId' | 'invoiceId' | 'amount' | 'discount'>[],
  invoiceNumbers: ReadonlyMap<string, string>,
  customers: ReadonlyMap<string, PartyFields>,
): PaymentRegisterRow[] {
  const byPayment = new Map<string, { amount: number; discount: number; invoices: Set<string> }>()
  for (const a of allocations) {
    let acc = byPayment.get(a.paymentId)
    if (!acc) byPayment.set(a.paymentId, (acc = { amount: 0, discount: 0, invoices: new Set() }))
    acc.amount += cents(a.amount)
    acc.discount += cents(a.discount)
    acc.invoices.add(invoiceNumbers.get(a.invoiceId) ?? '')
  }
  const rows = payments.map((p): PaymentRegisterRow => {
    const acc = byPayment.get(p.id)
    const customer = customers.get(p.customerId)
    const allocated = cents(acc?.amount ?? 0)
    return {
      date: p.date,
      customerCode: customer?.code ?? '',
      customerName: customer?.legalName ?? '',
      taxId: customer?.taxId ?? '',
      method: p.method,
      reference: p.reference,
      amount: cents(p.amount),
      allocated,
      discount: cents(acc?.discount ?? 0),
      unallocated: cents(p.amount - allocated),
      invoices: [...(acc?.invoices ?? [])].filter(Boolean).sort().join(', '),
    }
  })
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) // stable: ties keep their order
}

/** The credit notes of a period, by date then number, amounts as printed (positive), in the company currency. */
export function creditNoteRows(creditNotes: readonly CreditNote[], companyCurrency: CurrencyCode): CreditNoteRegisterRow[] {
  return [...creditNotes]
    .sort((a, b) => (a.issueDate !== b.issueDate ? (a.issueDate < b.issueDate ? -1 : 1) : a.fullNumber < b.fullNumber ? -1 : a.fullNumber > b.fullNumber ? 1 : 0))
    .map((n) => {
      const t = convertedTotals(n, companyCurrency, 1)
      return {
        date: n.issueDate,
        number: n.fullNumber,
        correctedNumber: n.invoiceNumber,
        customerName: n.customer.legalName,
        taxId: n.customer.taxId,
        reason: n.reason,
        base: t.base,
        vat: t.vat,
        recargo: t.recargo,
        total: t.total,
      }
    })
}

/**
 * The aging report's customer rows as export rows, in the order given (the screen's order): buckets and total as
 * computed by the report, and the oldest due date of the customer's open invoices.
 */
export function agingExportRows(
  rows: readonly AgingCustomerRow[],
  customers: ReadonlyMap<string, Pick<Customer, 'code' | 'taxId'>>,
): AgingExportRow[] {
  return rows.map((r) => {
    const oldest = r.invoices.reduce<string>((min, inv) => (min === '' || inv.dueDate < min ? inv.dueDate : min), '')
    const c = customers.get(r.customerId)
    return {
      customerCode: c?.code ?? '',
      customerName: r.name,
      taxId: c?.taxId ?? '',
      buckets: r.buckets.map((b) => cents(b)),
      total: cents(r.total),
      oldestDueDate: oldest,
    }
  })
}

/** How the customer list words what the domain keeps as codes, in the export's language (built by the caller). */
export interface CustomerTexts {
  /** Payment terms as printed on invoices. */
  terms: (c: Customer) => string
  /** The collection profile's name (default: its id). */
  profile?: (c: Customer) => string
}

/**
 * The customer master list: identification, contact, terms and collection profile (worded by `texts`), credit limit
 * (0 when there is none), balance and what is overdue (`overdue`, by customer id; 0 when absent).
 */
export function customerRows(
  customers: readonly Customer[],
  overdue: ReadonlyMap<string, Cents>,
  texts: CustomerTexts | ((c: Customer) => string),
): CustomerExportRow[] {
  const { terms, profile = (c: Customer) => c.collectionProfile } = typeof texts === 'function' ? { terms: texts } : texts
  return customers.map((c) => ({
    code: c.code,
    legalName: c.legalName,
    tradeName: c.tradeName,
    taxId: c.taxId,
    country: c.address.country,
    city: c.address.city,
    email: c.email,
    phone: c.phone,
    terms: terms(c),
    creditLimit: cents(c.creditLimit ?? 0),
    balance: cents(c.balance),
    overdue: cents(overdue.get(c.id) ?? 0),
    language: c.language,
    collectionProfile: profile(c),
  }))
}

/**
 * The statement's rows: first the opening balance (dated `from`, no debit or credit, balance = the balance brought
 * forward), then each movement; every balance = previous balance + debit - credit, so the last is the closing.
 */
export function statementExportRows(model: StatementModel): StatementExportRow[] {
  const opening: StatementExportRow = {
    date: model.from,
    kind: 'opening',
    reference: '',
    dueDate: '',
    debit: 0,
    credit: 0,
    balance: cents(model.opening),
  }
  let balance = model.opening
  const rows = model.rows.map((r): StatementExportRow => {
    balance += r.debit - r.credit
    return { date: r.date, kind: r.kind, reference: r.reference, dueDate: r.dueDate, debit: cents(r.debit), credit: cents(r.credit), balance: cents(balance) }
  })
  return [opening, ...rows]
}
