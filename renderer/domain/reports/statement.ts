/**
 * The customer statement (estado de cuenta / fișa client / statement of account), pure: the ledger rows of a
 * period, the opening balance brought forward, totals, the closing balance and the aging of the customer's open
 * invoices as of the period end. All amounts in integer cents; closing = opening + debits - credits, always.
 */
import { DomainError } from '../errors'
import { parseIsoDate } from '../dates'
import { cents } from '../money'
import type { Address, Cents, CompanySettings, CurrencyCode, Customer, IsoDate, Language } from '../types'
import type { AgingCustomerRow, BucketBounds } from './aging'

export type StatementRowKind = 'invoice' | 'creditNote' | 'payment' | 'discount'

export interface StatementRow {
  date: IsoDate
  kind: StatementRowKind
  /** Invoice / credit note number, payment reference, or the settled invoice's number (discount). */
  reference: string
  dueDate: IsoDate | ''
  debit: Cents
  credit: Cents
  /** Running balance after this row. */
  balance: Cents
}

export interface StatementAgingInvoice {
  number: string
  issueDate: IsoDate
  dueDate: IsoDate
  daysPastDue: number
  open: Cents
}

export interface StatementAging {
  asOf: IsoDate
  bounds: number[]
  /** Open amount per bucket (bounds.length + 1 buckets). */
  buckets: Cents[]
  total: Cents
  /** Oldest due first. */
  invoices: StatementAgingInvoice[]
}

export interface StatementCustomer {
  id: string
  code: string
  legalName: string
  taxId: string
  tradeRegister: string
  address: Address
}

export interface StatementModel {
  language: Language
  currency: CurrencyCode
  from: IsoDate
  to: IsoDate
  customer: StatementCustomer
  opening: Cents
  rows: StatementRow[]
  totalDebit: Cents
  totalCredit: Cents
  closing: Cents
  aging: StatementAging
}

/** What the ledger read model gives (renderer/db/repos/statement.ts LedgerRow, structurally). */
export interface StatementLedgerRow {
  date: IsoDate
  kind: 'opening' | StatementRowKind
  reference: string
  dueDate: IsoDate | ''
  debit: Cents
  credit: Cents
  balance: Cents
}

/** The aging of receivables as of the period end: an AgingReport, or one filtered to this customer. */
export interface StatementAgingInput {
  asOf: IsoDate
  bounds: BucketBounds
  rows: readonly AgingCustomerRow[]
}

/**
 * Builds the statement of `customer` for `from`..`to` from its ledger (customerLedger(ctx, id, { from, to })) and the
 * aging report as of `to`. The opening balance is the ledger's opening row (0 without one); rows outside the
 * period are ignored; running balances are recomputed from the opening so they always add up.
 * Throws DomainError('reports.statement.period') when `from` is after `to`.
 */
export function buildStatementModel(input: {
  company: Pick<CompanySettings, 'currency'>
  customer: Pick<Customer, 'id' | 'code' | 'legalName' | 'taxId' | 'tradeRegister' | 'address' | 'language'>
  ledger: readonly StatementLedgerRow[]
  aging: StatementAgingInput
  from: IsoDate
  to: IsoDate
  /** Defaults to the customer's language. */
  language?: Language
}): StatementModel {
  const { from, to, customer } = input
  parseIsoDate(from)
  parseIsoDate(to)
  if (from > to) throw new DomainError('reports.statement.period', { from, to })

  const openingRow = input.ledger.find((r) => r.kind === 'opening')
  const opening = openingRow ? cents(openingRow.balance) : 0
  let balance = opening
  let totalDebit = 0
  let totalCredit = 0
  const rows: StatementRow[] = []
  for (const r of input.ledger) {
    if (r.kind === 'opening' || r.date < from || r.date > to) continue
    const debit = cents(r.debit)
    const credit = cents(r.credit)
    balance += debit - credit
    totalDebit += debit
    totalCredit += credit
    rows.push({ date: r.date, kind: r.kind, reference: r.reference, dueDate: r.dueDate, debit, credit, balance })
  }

  const bounds = [...input.aging.bounds]
  const agingRow = input.aging.rows.find((r) => r.customerId === customer.id)
  const buckets: Cents[] = new Array<Cents>(bounds.length + 1).fill(0)
  const invoices: StatementAgingInvoice[] = []
  let agingTotal = 0
  for (const inv of agingRow?.invoices ?? []) {
    buckets[inv.bucketIndex] = (buckets[inv.bucketIndex] ?? 0) + inv.open
    agingTotal += inv.open
    invoices.push({ number: inv.number, issueDate: inv.issueDate, dueDate: inv.dueDate, daysPastDue: inv.daysPastDue, open: inv.open })
  }

  return {
    language: input.language ?? customer.language,
    currency: input.company.currency,
    from,
    to,
    customer: {
      id: customer.id,
      code: customer.code,
      legalName: customer.legalName,
      taxId: customer.taxId,
      tradeRegister: customer.tradeRegister,
      address: customer.address,
    },
    opening,
    rows,
    totalDebit,
    totalCredit,
    closing: opening + totalDebit - totalCredit,
    aging: { asOf: input.aging.asOf, bounds, buckets, total: agingTotal, invoices },
  }
}
