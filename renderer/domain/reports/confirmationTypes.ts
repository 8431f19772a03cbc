/**
 * Balance confirmation (circularización de saldos / confirmare de sold): a letter asking the customer to confirm,
 * as of a date, the balance our books show, with a reply slip ("agreed" / "disputed: our books show ...") the
 * customer signs and returns. Built in the renderer (renderer/domain/reports/confirmation.ts), printed by main.
 * Amounts in integer cents; balance = sum of the open documents - unapplied credit, always.
 */
import type { Address, Cents, CurrencyCode, IsoDate, Language } from '../types'

export interface BalanceConfirmationDocument {
  number: string
  issueDate: IsoDate
  dueDate: IsoDate
  /** Amount still open as of `asOf`. */
  open: Cents
}

export interface BalanceConfirmationModel {
  language: Language
  currency: CurrencyCode
  /** The balance is stated as of this date (usually a month or year end). */
  asOf: IsoDate
  /** Date of the letter. */
  date: IsoDate
  /** Our reference printed on the letter and the slip, e.g. 'CS-20261231-C0012'. */
  reference: string
  /** The customer should answer by this date. */
  replyBy: IsoDate
  customer: {
    id: string
    code: string
    legalName: string
    taxId: string
    address: Address
    /** Person the letter is addressed to ('' when none). */
    attention: string
  }
  /** Open invoices as of `asOf`, oldest due first. */
  documents: BalanceConfirmationDocument[]
  /** Payments received and not yet applied (customer credit) as of `asOf`; >= 0. */
  unappliedCredit: Cents
  /** sum(documents.open) - unappliedCredit: positive = the customer owes us. */
  balance: Cents
}

export type ConfirmationReply = 'agreed' | 'disputed'
