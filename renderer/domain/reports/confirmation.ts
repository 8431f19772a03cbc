/**
 * Balance confirmations (circularización de saldos / confirmare de sold), pure.
 *
 * - buildBalanceConfirmation: the letter's model for one customer as of a date, from that customer's aging row
 *   as of the same date (the open invoices, as the aging report shows them) and the credit not yet applied to
 *   any invoice. balance = sum of the open amounts - unapplied credit, always.
 * - balancesAsOf: every customer's balance at the end of a date from the documents dated up to it (issued
 *   invoices - credit notes - payments - early-payment discounts), the same figure the customer ledger ends on.
 *   The unapplied credit as of a date is then (sum of open amounts) - balance: payments not yet allocated plus
 *   anything credited beyond an invoice's total.
 * - replyDifference: what the customer's books say against ours.
 */
import { DomainError } from '../errors'
import { addDays, compareDates, isValidIsoDate, parseIsoDate } from '../dates'
import { cents } from '../money'
import type { Allocation, Cents, CompanySettings, CreditNote, Customer, Invoice, IsoDate, IsoDateTime, Language, Payment } from '../types'
import type { AgingInvoiceRow } from './aging'
import type { BalanceConfirmationModel, ConfirmationReply } from './confirmationTypes'

export type { BalanceConfirmationDocument, BalanceConfirmationModel, ConfirmationReply } from './confirmationTypes'

/** The customer is asked to answer within this many days of the letter. */
export const DEFAULT_REPLY_DAYS = 15
export const MAX_REPLY_DAYS = 120

export type ConfirmationStatus = 'sent' | ConfirmationReply

/** One confirmation sent to a customer for one as-of date, and its reply (table `balanceConfirmations`). */
export interface BalanceConfirmationRecord {
  id: string
  customerId: string
  asOf: IsoDate
  /** Date of the letter (the day it was printed); a resend before any reply moves it. */
  sentOn: IsoDate
  reference: string
  currency: Invoice['currency']
  /** Our books: sum of the open documents - unapplied credit, as of `asOf`. */
  balance: Cents
  status: ConfirmationStatus
  /** The customer's books: what they say the balance is (equal to `balance` when agreed); null until they reply. */
  customerAmount: Cents | null
  /** balance - customerAmount (positive: our books show more than theirs); null until they reply. */
  difference: Cents | null
  repliedOn: IsoDate | ''
  note: string
  /** The PDF file in the documents folder. */
  documentName: string
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

/** 'CS-20261231-C0012': our reference for the customer's confirmation as of `asOf` (printed on letter and slip). */
export function confirmationReference(customerCode: string, asOf: IsoDate): string {
  parseIsoDate(asOf)
  const code = customerCode.trim().replace(/[^A-Za-z0-9_-]+/g, '').slice(0, 30) || 'X'
  return `CS-${asOf.replace(/-/g, '')}-${code}`
}

/** The last day of the month before `today`'s: the usual as-of date of a confirmation run. */
export function defaultAsOf(today: IsoDate): IsoDate {
  const { y, m } = parseIsoDate(today)
  return addDays(`${y}-${String(m).padStart(2, '0')}-01`, -1)
}

const ACCOUNTS_ROLE = /contab|account|administra|financ|tesorer|trezorer|economic/i

/** Whom the letter is for: the accounts person, else the invoice approver, else the first named contact ('' when none). */
export function attentionOf(customer: Pick<Customer, 'contacts'>): string {
  const named = customer.contacts.filter((c) => c.name.trim() !== '')
  const pick = named.find((c) => ACCOUNTS_ROLE.test(c.role)) ?? named.find((c) => c.approvesInvoices) ?? named[0]
  return pick?.name.trim() ?? ''
}

export interface BuildConfirmationInput {
  company: Pick<CompanySettings, 'currency'>
  customer: Pick<Customer, 'id' | 'code' | 'legalName' | 'taxId' | 'address' | 'language' | 'contacts'>
  asOf: IsoDate
  /** Date of the letter (not before `asOf`). */
  date: IsoDate
  /** The customer's open invoices as of `asOf` (its AgingCustomerRow.invoices; [] when nothing is open). */
  invoices: readonly Pick<AgingInvoiceRow, 'number' | 'issueDate' | 'dueDate' | 'open'>[]
  /** Payments received and not applied to any invoice as of `asOf` (>= 0). */
  unappliedCredit: Cents
  replyDays?: number
  /** Defaults to the customer's language. */
  language?: Language
}

/**
 * The balance confirmation letter of one customer. Documents are listed oldest due first. Throws DomainError:
 * 'confirmations.asOfInvalid' / 'confirmations.dateInvalid' for a bad date, 'confirmations.dateBeforeAsOf' when the
 * letter would be dated before the balance date, 'confirmations.replyDaysInvalid' outside 1..120 days,
 * 'confirmations.unappliedCreditInvalid' for a negative or fractional credit.
 */
export function buildBalanceConfirmation(input: BuildConfirmationInput): BalanceConfirmationModel {
  const { asOf, date, customer } = input
  if (!isValidIsoDate(asOf)) throw new DomainError('confirmations.asOfInvalid', { date: String(asOf) })
  if (!isValidIsoDate(date)) throw new DomainError('confirmations.dateInvalid', { date: String(date) })
  if (compareDates(date, asOf) < 0) throw new DomainError('confirmations.dateBeforeAsOf', { date, asOf })
  const replyDays = input.replyDays ?? DEFAULT_REPLY_DAYS
  if (!Number.isSafeInteger(replyDays) || replyDays < 1 || replyDays > MAX_REPLY_DAYS) {
    throw new DomainError('confirmations.replyDaysInvalid', { max: MAX_REPLY_DAYS })
  }
  if (!Number.isSafeInteger(input.unappliedCredit) || input.unappliedCredit < 0) {
    throw new DomainError('confirmations.unappliedCreditInvalid')
  }
  const documents = input.invoices
    .filter((d) => cents(d.open) > 0)
    .map((d) => ({ number: d.number, issueDate: d.issueDate, dueDate: d.dueDate, open: d.open }))
    .sort((a, b) => compareDates(a.dueDate, b.dueDate) || compareDates(a.issueDate, b.issueDate) || a.number.localeCompare(b.number))
  const open = documents.reduce((s, d) => s + d.open, 0)
  return {
    language: input.language ?? customer.language,
    currency: input.company.currency,
    asOf,
    date,
    reference: confirmationReference(customer.code, asOf),
    replyBy: addDays(date, replyDays),
    customer: {
      id: customer.id,
      code: customer.code,
      legalName: customer.legalName,
      taxId: customer.taxId,
      address: customer.address,
      attention: attentionOf(customer),
    },
    documents,
    unappliedCredit: input.unappliedCredit,
    balance: cents(open - input.unappliedCredit),
  }
}

/** True when the model's balance is the sum of its documents less the unapplied credit. */
export function confirmationAddsUp(model: Pick<BalanceConfirmationModel, 'documents' | 'unappliedCredit' | 'balance'>): boolean {
  return model.documents.reduce((s, d) => s + d.open, 0) - model.unappliedCredit === model.balance
}

/** Our balance less what the customer's books show (positive: we show more than they acknowledge). */
export function replyDifference(model: Pick<BalanceConfirmationModel, 'balance'>, customerAmount: Cents): Cents {
  return cents(cents(model.balance) - cents(customerAmount))
}

type BalanceInvoice = Pick<Invoice, 'customerId' | 'lifecycle' | 'issueDate' | 'totals'>
type BalanceCreditNote = Pick<CreditNote, 'customerId' | 'issueDate' | 'totals'>
type BalancePayment = Pick<Payment, 'customerId' | 'date' | 'amount'>
type BalanceAllocation = Pick<Allocation, 'customerId' | 'date' | 'discount'>

/**
 * Each customer's balance at the end of `asOf`: issued invoices - credit notes - payments - early-payment discounts
 * dated on or before it (rows dated later, and drafts, are ignored, so whole lists can be passed). Customers with
 * no document up to `asOf` are absent.
 */
export function balancesAsOf(input: {
  invoices: readonly BalanceInvoice[]
  creditNotes: readonly BalanceCreditNote[]
  payments: readonly BalancePayment[]
  allocations: readonly BalanceAllocation[]
  asOf: IsoDate
}): Map<string, Cents> {
  const { asOf } = input
  parseIsoDate(asOf)
  const out = new Map<string, Cents>()
  const add = (customerId: string, amount: number) => out.set(customerId, (out.get(customerId) ?? 0) + amount)
  for (const i of input.invoices) if (i.lifecycle === 'issued' && i.issueDate <= asOf) add(i.customerId, cents(i.totals.total))
  for (const n of input.creditNotes) if (n.issueDate <= asOf) add(n.customerId, -cents(n.totals.total))
  for (const p of input.payments) if (p.date <= asOf) add(p.customerId, -cents(p.amount))
  for (const a of input.allocations) if (a.date <= asOf && a.discount > 0) add(a.customerId, -cents(a.discount))
  return out
}
