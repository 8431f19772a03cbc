/**
 * Cobro's data model: the shapes shared by the domain, the database, the documents and the screens.
 *
 * Conventions (see money.ts and dates.ts):
 * - Money is `Cents`: an integer count of minor units (euro cents, bani). Never a float.
 * - Percentages are `BasisPoints`: an integer in hundredths of a percent (21% = 2100, 5.2% = 520).
 * - Dates are `IsoDate` strings `YYYY-MM-DD`; timestamps are `IsoDateTime` strings (ISO 8601 with offset or Z).
 * - Quantities are plain numbers with at most 3 decimals (0.001 kg); the domain converts them to thousandths.
 */

export type Cents = number & { readonly __brand?: 'Cents' }
export type BasisPoints = number
export type IsoDate = string
export type IsoDateTime = string

export type Country = 'ES' | 'RO'
export type CurrencyCode = 'EUR' | 'RON'
export type Language = 'es' | 'ro' | 'en'

export interface Address {
  street: string
  city: string
  postalCode: string
  /** Province (ES) or county / judet (RO). */
  region: string
  /** ISO 3166-1 alpha-2, e.g. 'ES', 'RO'. */
  country: string
}

/** How an invoice's due date follows from its issue date. */
export type PaymentTerms =
  | { kind: 'immediate' }
  /** Due N days after the issue date. */
  | { kind: 'net'; days: number }
  /** End of the issue month, then + N days ("fin de mes + N"). */
  | { kind: 'endOfMonth'; days: number }

/** Early-payment discount: `percent` off the invoice total when paid within `days` of the issue date. */
export interface EarlyPaymentDiscount {
  percent: BasisPoints
  days: number
}

export type CollectionProfileId = 'business' | 'publicAdmin' | 'smallShop'

export interface Contact {
  name: string
  role: string
  email: string
  phone: string
  /** The person who approves invoices for payment at the customer. */
  approvesInvoices: boolean
}

export interface CompanySettings {
  id: 'company'
  legalName: string
  tradeName: string
  taxId: string
  /** RO: Registrul Comertului number (J40/1234/2010); ES: registro mercantil data, optional. */
  tradeRegister: string
  address: Address
  iban: string
  bankName: string
  email: string
  phone: string
  country: Country
  currency: CurrencyCode
  uiLanguage: Language
  /** Invoice series code, e.g. 'F' (numbers look like F2026-000001). */
  invoiceSeries: string
  /** Credit note series code, e.g. 'R' (rectificativa) or 'ST' (storno). */
  creditNoteSeries: string
  /** Company is registered for VAT (RO: platitor de TVA). */
  vatRegistered: boolean
  /** Logo as a data: URL (PNG or JPEG), empty when none. */
  logoDataUrl: string
  /** Default terms for new customers. */
  defaultTerms: PaymentTerms
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

export interface Customer {
  id: string
  /** Short code the user types, e.g. 'C0012'. Unique. */
  code: string
  legalName: string
  tradeName: string
  taxId: string
  /** RO: Reg. Com. number. */
  tradeRegister: string
  address: Address
  deliveryAddresses: Address[]
  contacts: Contact[]
  email: string
  phone: string
  language: Language
  terms: PaymentTerms
  /** Days of the month the customer pays on (e.g. [10, 25]); empty when any day. */
  paymentDays: number[]
  earlyDiscount: EarlyPaymentDiscount | null
  /** Standing commercial discount applied to every line, in basis points (0 when none). */
  lineDiscount: BasisPoints
  /** Maximum exposure; null means no limit. */
  creditLimit: Cents | null
  requiresPO: boolean
  requiresPrepayment: boolean
  /** ES: recargo de equivalencia regime (retailers). */
  recargoEquivalencia: boolean
  collectionProfile: CollectionProfileId
  /** Contractual late-payment rate agreed with this customer; overrides the statutory rate. Null/absent: statutory. */
  contractualRate?: BasisPoints | null
  notes: string
  /** Maintained: issued invoices - credit notes - payments (negative = customer credit). */
  balance: Cents
  /** Normalized words of code, names and tax id, for indexed prefix search. */
  searchWords: string[]
  archived: boolean
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

export interface Product {
  id: string
  code: string
  name: string
  unit: string
  unitPrice: Cents
  vatRate: BasisPoints
  active: boolean
  searchWords: string[]
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

export interface InvoiceLine {
  productId: string | null
  code: string
  description: string
  quantity: number
  unit: string
  /** Unit price before VAT, in cents. */
  unitPrice: Cents
  /** Line discount in basis points. */
  discount: BasisPoints
  vatRate: BasisPoints
}

/** Base, VAT and recargo for one VAT rate, as printed on the invoice. */
export interface TaxBreakdownRow {
  vatRate: BasisPoints
  recargoRate: BasisPoints
  base: Cents
  vat: Cents
  recargo: Cents
}

export interface InvoiceTotals {
  /** Sum of line amounts (after line discounts), before VAT. */
  base: Cents
  vat: Cents
  recargo: Cents
  total: Cents
  byRate: TaxBreakdownRow[]
}

/** The customer's data frozen on the document at issue. */
export interface PartySnapshot {
  legalName: string
  taxId: string
  tradeRegister: string
  address: Address
}

/** 'cancelled': an issued invoice annulled (anulada) because it should never have been issued; its number stays used. */
export type InvoiceLifecycle = 'draft' | 'issued' | 'cancelled'
export type InvoiceStatus = 'draft' | 'open' | 'overdue' | 'partiallyPaid' | 'paid' | 'credited' | 'cancelled'

export interface Invoice {
  id: string
  lifecycle: InvoiceLifecycle
  /** Series code and year; number is assigned at issue (0 while draft). */
  series: string
  year: number
  number: number
  /** Printed number, e.g. 'F2026-000123'; '' while draft. */
  fullNumber: string
  customerId: string
  /** Frozen at issue; for drafts, refreshed from the customer when saved. */
  customer: PartySnapshot
  seller: PartySnapshot
  language: Language
  currency: CurrencyCode
  /** RO invoices in EUR: RON per 1 EUR (e.g. 4.9750), used to state VAT in lei. Null otherwise. */
  exchangeRate: number | null
  issueDate: IsoDate
  dueDate: IsoDate
  terms: PaymentTerms
  paymentDays: number[]
  earlyDiscount: EarlyPaymentDiscount | null
  recargoEquivalencia: boolean
  lines: InvoiceLine[]
  totals: InvoiceTotals
  deliveryDate: IsoDate | ''
  deliveryNoteNumber: string
  deliveryAddress: Address | null
  poNumber: string
  contractRef: string
  notes: string
  /** Maintained in the same transaction as payments, allocations and credit notes. */
  paidAmount: Cents
  discountTaken: Cents
  creditedAmount: Cents
  openAmount: Cents
  /** 1 while openAmount > 0 and issued; 0 otherwise (IndexedDB cannot index booleans). */
  isOpen: 0 | 1
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
  issuedAt: IsoDateTime | ''
  /** Set when the invoice is cancelled (lifecycle 'cancelled'): when, and the reason the user gave. */
  cancelledAt?: IsoDateTime
  cancelReason?: string
}

export type PaymentMethod = 'transfer' | 'cash' | 'card' | 'cheque' | 'promissoryNote' | 'directDebit'

export interface Payment {
  id: string
  customerId: string
  date: IsoDate
  amount: Cents
  method: PaymentMethod
  reference: string
  notes: string
  /** Maintained: amount - sum of allocations (customer credit when > 0). */
  unallocated: Cents
  createdAt: IsoDateTime
}

export interface Allocation {
  id: string
  paymentId: string
  invoiceId: string
  customerId: string
  date: IsoDate
  /** Money from the payment applied to the invoice. */
  amount: Cents
  /** Early-payment discount granted on top of `amount` (settles the invoice, no money moves). */
  discount: Cents
  /**
   * 'writeOff': a small shortfall (bank charges) closed without money when a bank payment was matched: `amount` is
   * 0 and `discount` holds the amount written off, with its reason. Absent on ordinary allocations.
   */
  kind?: 'writeOff'
  reason?: string
}

export interface CreditNote {
  id: string
  series: string
  year: number
  number: number
  fullNumber: string
  invoiceId: string
  invoiceNumber: string
  customerId: string
  customer: PartySnapshot
  seller: PartySnapshot
  language: Language
  currency: CurrencyCode
  exchangeRate: number | null
  issueDate: IsoDate
  reason: string
  /** Lines credited, with positive quantities; totals are positive and reduce the invoice. */
  lines: InvoiceLine[]
  totals: InvoiceTotals
  recargoEquivalencia: boolean
  createdAt: IsoDateTime
}

/** 'confirmation': a balance confirmation sent or its reply (renderer/db/repos/reports/confirmations.ts). */
export type InteractionType = 'call' | 'letter' | 'email' | 'visit' | 'note' | 'promise' | 'confirmation'
export type CallOutcome = 'reached' | 'notReached' | 'promise' | 'excuse' | 'dispute' | ''

export interface Interaction {
  id: string
  customerId: string
  type: InteractionType
  at: IsoDateTime
  outcome: CallOutcome
  text: string
  invoiceIds: string[]
  promiseDate: IsoDate | ''
  promiseAmount: Cents | null
  user: string
  /** A document produced with this interaction (letter PDF file name in the documents folder). */
  documentName?: string
}

export interface Series {
  /** `${code}-${year}` */
  id: string
  code: string
  kind: 'invoice' | 'creditNote'
  year: number
  /** Last number assigned (0 when none yet). */
  lastNumber: number
}

export type AuditAction =
  | 'create' | 'update' | 'delete' | 'issue' | 'allocate'
  /** An issued invoice annulled (renderer/db/repos/invoiceCancel.ts). */
  | 'cancel'
  /** An owner override (entity 'override'): who allowed which refused action, and why. */
  | 'override'
  /** Sessions (entity 'session'): sign-in, sign-out, a refused password. */
  | 'login' | 'logout' | 'loginFailed'
  /** The whole database replaced from a backup (entity 'backup'). */
  | 'restore'

export interface AuditEntry {
  id?: number
  at: IsoDateTime
  user: string
  entity:
    | 'company' | 'customer' | 'product' | 'invoice' | 'payment' | 'allocation' | 'creditNote' | 'interaction' | 'series'
    | 'collectionProfile' | 'letterTemplate' | 'interestRate' | 'collectionSettings' | 'stepRecord' | 'dispute' | 'snooze'
    | 'balanceConfirmation' | 'bankImport' | 'bankLine' | 'payerAccount' | 'bankMapping'
    | 'user' | 'session' | 'override' | 'backup' | 'einvoiceReport'
  entityId: string
  action: AuditAction
  before: unknown
  after: unknown
  /** SHA-256 (hex) of this entry's canonical content + prevHash (domain/audit/chain.ts); absent on rows written before the chain. */
  hash?: string
  /** The previous entry's hash ('' for the first sealed entry). */
  prevHash?: string
}
