/**
 * Matching bank credits to open invoices: the shapes of what goes in (customers, open invoices, known payers,
 * promises), what comes out (proposals with reasons and warnings) and what a confirmed decision turns into
 * (a payment with its allocations). Pure data; money in integer cents, dates ISO.
 *
 * Reason and warning codes are keys of the `bank` namespace (locales/<lang>/bank.json, under "match"). Their params
 * named `amount`, `discount` or `open` are cents: the screen formats them as money before translating.
 */
import type { AllocationLine } from '../../allocation'
import type { Cents, Customer, Interaction, Invoice, IsoDate, PaymentMethod } from '../../types'

/** What the matcher needs of a customer. */
export type MatchCustomer = Pick<Customer, 'id' | 'code' | 'legalName' | 'tradeName' | 'taxId'>

/**
 * What the matcher needs of an open invoice (issued, openAmount > 0). Of `totals` only `total` is read (the
 * early-payment discount is a percentage of it): built from an open item (db loadMatchIndex), the other figures are 0.
 */
export type MatchInvoice = Pick<
  Invoice,
  | 'id'
  | 'fullNumber'
  | 'customerId'
  | 'currency'
  | 'openAmount'
  | 'issueDate'
  | 'dueDate'
  | 'earlyDiscount'
  | 'totals'
  | 'discountTaken'
>

/** An issued invoice that is no longer open: a reference to it is reported as already paid. */
export type SettledInvoice = Pick<Invoice, 'id' | 'fullNumber' | 'customerId'>

/** A payer identity learned from an earlier confirmed match (or typed on the customer): IBAN and/or tax id. */
export interface KnownPayer {
  customerId: string
  iban?: string
  taxId?: string
}

/** A logged promise to pay (an interaction of type 'promise', or a call with outcome 'promise'). */
export type MatchPromise = Pick<
  Interaction,
  'id' | 'customerId' | 'type' | 'outcome' | 'promiseDate' | 'promiseAmount' | 'invoiceIds'
>

export interface MatchIndexInput {
  customers: readonly MatchCustomer[]
  openInvoices: readonly MatchInvoice[]
  knownPayers?: readonly KnownPayer[]
  promises?: readonly MatchPromise[]
  /** Optional: recently settled invoices, to warn when a remittance names one of them. */
  settledInvoices?: readonly SettledInvoice[]
}

export interface MatchOptions {
  /** A shortfall up to this many cents (bank charges) may be written off. Default 500 (5,00). */
  writeOffThreshold?: Cents
  /** A promise counts when its date is within this many days of the payment. Default 5. */
  promiseWindowDays?: number
  /** Most proposals returned per line. Default 5. */
  maxProposals?: number
  /** Least name similarity (0..100) that identifies a payer by name. Default 70. */
  minNameScore?: number
}

export type MatchParams = Record<string, string | number>

/** Why a proposal was made; `points` is what the reason adds to the confidence (negative for ambiguity). */
export interface MatchReason {
  code: string
  params: MatchParams
  points: number
}

export interface MatchWarning {
  code: string
  params: MatchParams
}

/** A shortfall closed without money (bank charges), on one invoice, with a reason. */
export interface ProposedWriteOff {
  invoiceId: string
  amount: Cents
  /** A code ('bankCharges', translated under bank:match.writeOffReasons) or the text the user typed. */
  reason: string
}

export interface MatchProposal {
  customerId: string
  /** Money (and early-payment discount) applied to each invoice, oldest due first. */
  allocations: AllocationLine[]
  /** Left over: stays as customer credit. */
  unallocated: Cents
  writeOff: ProposedWriteOff | null
  /** 0..100: the sum of the reasons' points, less the warnings' penalties (see proposal.ts). */
  confidence: number
  reasons: MatchReason[]
  warnings: MatchWarning[]
  /** True when a warning needs an explicit decision (payer mismatch): never confirm it automatically. */
  needsDecision: boolean
}

/** What the user decided by hand: a customer, the split over its invoices, and an optional write-off. */
export interface ManualSplit {
  customerId: string
  allocations: AllocationLine[]
  writeOff?: ProposedWriteOff | null
}

export interface ApplyOptions {
  /** The user explicitly accepted that the payer is not the invoices' customer. */
  allowPayerMismatch?: boolean
  writeOffThreshold?: Cents
}

/** The input for recording the payment (payments repository) plus what else the confirmation implies. */
export interface MatchedPayment {
  payment: {
    customerId: string
    date: IsoDate
    amount: Cents
    method: PaymentMethod
    reference: string
    notes: string
    allocations: AllocationLine[]
    applyDiscounts: false
  }
  /** amount - sum of allocation amounts: customer credit. */
  unallocated: Cents
  writeOff: ProposedWriteOff | null
  /** The payer identified by IBAN / tax id is another customer (and the user allowed it). */
  payerMismatch: boolean
  /** IBAN / tax id of the line to remember for this customer (null on a mismatch or when the line has none). */
  learnedPayer: KnownPayer | null
}
