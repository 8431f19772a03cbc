/**
 * The accountant's exports, row by row (pure): from the domain's documents to the row shapes of the exports
 * (exportRowTypes.ts, mirroring electron/contract/exports.ts), which main writes to XLSX / CSV. The sales register
 * is in salesRegister.ts (re-exported here).
 *
 * Every money figure of a sheet is in the company's currency: a document issued in another currency is converted
 * with its own exchange rate (salesRegister.ts convertedTotals).
 */
import { cents } from '../money'
import type { Allocation, Cents, CreditNote, CurrencyCode, Customer, Payment } from '../types'
import type { AgingCustomerRow } from './aging'
import type { AgingExportRow, CreditNoteRegisterRow, CustomerExportRow, PaymentRegisterRow, StatementExportRow } from './exportRowTypes'
import { convertedTotals } from './salesRegister'
import type { StatementModel } from './statement'

export {
  convertedTotals,
  creditNoteRegisterRow,
  entryRates,
  entryRegisterRow,
  invoiceRegisterRow,
  ratesOf,
  registerEntryOf,
  registerOrder,
  salesRegisterRows,
  sortRates,
  type ConvertedTotals,
  type RegisterEntry,
} from './salesRegister'

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
