/**
 * The row shapes of the accountant's exports, as the domain builds them (exportRows.ts) and as they travel to main:
 * the IPC contract (electron/contract/exports.ts) re-exports these types, and main checks each row against its zod
 * schema (electron/contract/exportSchemas.ts, with a compile-time drift check). Money in integer cents, dates ISO.
 */
import type { BasisPoints, Cents, CurrencyCode, IsoDate, Language, PaymentMethod } from '../types'

/** One VAT rate (and its recargo rate) with its own base / VAT / recargo columns. */
export interface RateColumn {
  vatRate: BasisPoints
  recargoRate: BasisPoints
}

/**
 * A sales register row: an issued invoice, a credit note (negative), or a cancelled invoice (anulada: its number
 * stays in the register so the numbering has no gap, with zero amounts, no rates, and when and why it was cancelled).
 */
export interface SalesRegisterRow {
  docType: 'invoice' | 'creditNote' | 'cancelledInvoice'
  date: IsoDate
  operationDate: IsoDate | ''
  series: string
  number: string
  correctedNumber: string
  customerName: string
  taxId: string
  country: string
  byRate: { vatRate: BasisPoints; recargoRate: BasisPoints; base: Cents; vat: Cents; recargo: Cents }[]
  base: Cents
  vat: Cents
  recargo: Cents
  total: Cents
  documentCurrency: CurrencyCode | ''
  documentTotal: Cents | null
  exchangeRate: number | null
  /** A cancelled invoice: the day it was cancelled and the reason given; '' on every other row. */
  cancelledOn: IsoDate | ''
  cancelReason: string
}

export interface PaymentRegisterRow {
  date: IsoDate
  customerCode: string
  customerName: string
  taxId: string
  method: PaymentMethod
  reference: string
  amount: Cents
  allocated: Cents
  discount: Cents
  unallocated: Cents
  invoices: string
}

export interface CreditNoteRegisterRow {
  date: IsoDate
  number: string
  correctedNumber: string
  customerName: string
  taxId: string
  reason: string
  base: Cents
  vat: Cents
  recargo: Cents
  total: Cents
}

export interface AgingExportRow {
  customerCode: string
  customerName: string
  taxId: string
  buckets: Cents[]
  total: Cents
  oldestDueDate: IsoDate | ''
}

export interface CustomerExportRow {
  code: string
  legalName: string
  tradeName: string
  taxId: string
  country: string
  city: string
  email: string
  phone: string
  terms: string
  creditLimit: Cents
  balance: Cents
  overdue: Cents
  language: Language
  collectionProfile: string
}

export interface StatementExportRow {
  date: IsoDate
  kind: 'opening' | 'invoice' | 'creditNote' | 'payment' | 'discount'
  reference: string
  dueDate: IsoDate | ''
  debit: Cents
  credit: Cents
  balance: Cents
}
