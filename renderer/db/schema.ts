/**
 * Cobro's IndexedDB schema (Dexie 4) in numbered versions. Each version's stores are written out in full and
 * every upgrade is tested (tests/unit/db/schema.test.ts opens v1 with data and reopens at the latest version).
 *
 * v1: the tables and indexes agreed in db-api.md.
 * v2: indexes for key paging and search, and a data migration:
 *     - invoices get `searchWords` (number, customer name, tax id, PO...) and `isPartial` (1 while open with
 *       something paid, discounted or credited), backfilled from each row;
 *     - customers' `searchWords` are recomputed with the v2 word set (adds trade name and city).
 * v3: collections (issue 3): profiles, letter templates, interest rates, settings, step records, disputes, snoozes.
 *     The upgrade seeds the default profiles, rate table and settings; a database created fresh at v3 gets them
 *     from `populate` (see repos/collections/seeds.ts, which also covers tables cleared later).
 *     Customers may carry `contractualRate` (no index, nothing to migrate).
 * v4: balance confirmations (issue 4): one row per customer and as-of date, with the reply. A new table only;
 *     nothing to migrate.
 * v5: the bank (issue 5). New tables only.
 * v6: users (issue 6): people who sign in, with their role and password hash. A new table only: a database with no
 *     user runs as the owner without a password until the owner sets one.
 * v7, v8: Spanish invoice records and Romania's e-Factura reporting (new tables only).
 * v9: maintained read models (issue 7, scale), moved in the same transaction as every invoice write
 *     (repos/invoiceCounters.ts): `counters` (invoices per status figure and open invoices per due date) and
 *     `openItems` (one slim row per open invoice, for the work queue and aging); and, with every interaction write,
 *     `lastContacts` (each customer's two latest interactions, repos/lastContacts.ts). The upgrade backfills them
 *     from the indexes, the open invoices' rows and two interactions per customer.
 * v10: more maintained read models (issue 7): `customerSummaries` (per customer, from the open items: aging and
 *     the work queue), `registerRows` (per issued invoice, slim: the sales register export), the bank lines' index
 *     set (bank/tables.ts) and a date index on allocations (aging at a past date works back from today).
 * v11: the customer summaries in 32 bucket rows (`summaryBuckets`, repos/summaryBuckets.ts) instead of one row per
 *     customer (IndexedDB charges per row read), now with each customer's balance and two latest interactions, so
 *     the work queue and aging read a few dozen rows. The upgrade builds them from the open items, customers and
 *     lastContacts; `customerSummaries` is dropped (v10's upgrade no longer fills it).
 * v12: the customer summaries also keep the step records covering their open invoices (repos/summarySteps.ts), so
 *     the work queue no longer reads years of letters and calls. Same tables and indexes; the upgrade fills them.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie'
import type {
  CollectionProfile,
  CollectionSettings,
  Dispute,
  InterestRatePeriod,
  Snooze,
  StepRecord,
} from '../domain/collections/types'
import type {
  Allocation,
  AuditEntry,
  CompanySettings,
  CreditNote,
  Customer,
  Interaction,
  Payment,
  Product,
  Series,
} from '../domain/types'
import type { BalanceConfirmationRecord } from '../domain/reports/confirmation'
import type { LetterTemplateRow } from './repos/collections/records'
import { fillCollectionSeeds } from './repos/collections/seeds'
import { BANK_STORES_V5, type BankImport, type BankLineRow, type PayerAccount } from './repos/bank/tables'
import type { ColumnMapping } from '../domain/bank/types'
import type { User } from '../domain/users/types'
import type { FiscalEvent, FiscalRecord } from '../domain/einvoice/verifactu/types'
import type { EInvoiceReport } from '../domain/einvoice/efactura/report'
import { backfillInvoiceCounters, type CounterRow, type OpenItemRow } from './repos/invoiceCounters'
import { backfillLastContacts, type LastContactsRow } from './repos/lastContacts'
import { backfillCustomerSummaries, CUSTOMER_SUMMARY_STORES_V10 } from './repos/customerSummaries'
import { SUMMARY_BUCKET_STORES_V11, type SummaryBucketRow } from './repos/summaryBuckets'
import { upgradeToV12 } from './repos/summarySteps'
import { backfillRegisterRows, REGISTER_STORES_V10, type RegisterRow } from './repos/registerRows'
import { BANK_STORES_V10 } from './repos/bank/tables'
import { refreshOpenItems } from './repos/bank/openItemsV10'
import { customerWords, invoiceFigures, invoiceWords, type StoredInvoice } from './stored'

export type { StoredInvoice } from './stored'

export const DB_NAME = 'cobro'

export const STORES_V1 = {
  company: 'id',
  series: 'id, [kind+year]',
  customers: 'id, &code, *searchWords, legalName, balance, archived',
  products: 'id, &code, *searchWords, active',
  invoices:
    'id, customerId, [customerId+isOpen], [isOpen+dueDate], [lifecycle+issueDate], issueDate, dueDate, fullNumber, [series+year+number]',
  payments: 'id, customerId, [customerId+date], date',
  allocations: 'id, paymentId, invoiceId, customerId',
  creditNotes: 'id, invoiceId, customerId, issueDate, fullNumber',
  interactions: 'id, customerId, [customerId+at], at, type, promiseDate',
  audit: '++id, at, [entity+entityId]',
} as const

export const STORES_V2 = {
  ...STORES_V1,
  customers: 'id, &code, *searchWords, legalName, [legalName+id], balance, archived',
  invoices:
    STORES_V1.invoices +
    ', [customerId+issueDate], [lifecycle+fullNumber], [issueDate+id], [isOpen+issueDate+id], [isPartial+dueDate], *searchWords',
  creditNotes: 'id, invoiceId, customerId, [customerId+issueDate], issueDate, fullNumber, [series+year+number]',
} as const

export const STORES_V3 = {
  ...STORES_V2,
  collectionProfiles: 'id',
  letterTemplates: 'id',
  interestRates: 'id, country',
  collectionSettings: 'id',
  stepRecords: 'id, customerId, *invoiceIds, doneOn',
  disputes: 'id, invoiceId, customerId, resolvedOn',
  snoozes: 'id, customerId, until',
} as const

export const STORES_V4 = {
  ...STORES_V3,
  balanceConfirmations: 'id, customerId, [customerId+asOf], asOf, status',
} as const

/** v5: the bank (imported statements, their lines keyed by fingerprint, learned payer accounts, CSV mappings). */
export const STORES_V5 = {
  ...STORES_V4,
  ...BANK_STORES_V5,
} as const

/** v6: users (sign-in name unique ignoring case). */
export const STORES_V6 = {
  ...STORES_V5,
  users: 'id, &nameKey, role',
} as const

/**
 * v7: Spanish invoice records (VERI*FACTU registros de facturación and the event log), each a gapless chain keyed
 * by its sequence number; records found by the document they register.
 */
export const STORES_V7 = {
  ...STORES_V6,
  fiscalRecords: 'seq, documentId',
  fiscalEvents: 'seq, type',
} as const

/**
 * v8: Romania's e-Factura reporting: one row per issued invoice or credit note of a Romanian company, found by
 * state and deadline (the unreported ones, most urgent first, are one index range).
 */
export const STORES_V8 = {
  ...STORES_V7,
  einvoiceReports: 'documentId, [state+deadline]',
} as const

/** v9: maintained counts keyed by name, the open invoices' slim rows (by customer), each customer's latest contacts. */
export const STORES_V9 = {
  ...STORES_V8,
  counters: 'id',
  openItems: 'id, customerId, [dueDate+id]',
  lastContacts: 'customerId',
} as const

/** v10: see the header. */
export const STORES_V10 = {
  ...STORES_V9,
  ...BANK_STORES_V10,
  ...CUSTOMER_SUMMARY_STORES_V10,
  ...REGISTER_STORES_V10,
  allocations: STORES_V9.allocations + ', date',
} as const

const { customerSummaries: _droppedInV11, ...KEPT_FROM_V10 } = STORES_V10

/** v11: see the header. */
export const STORES_V11 = {
  ...KEPT_FROM_V10,
  ...SUMMARY_BUCKET_STORES_V11,
} as const

/** v12: see the header (same stores as v11). */
export const STORES_V12 = STORES_V11

export const LATEST_VERSION = 12

/** Declares version 1 on any Dexie instance (the upgrade test opens a database at exactly this version). */
export function defineV1(db: Dexie): void {
  db.version(1).stores(STORES_V1)
}

/** The v1 -> v2 data migration (exported for the tests' benefit; Dexie runs it once, inside the upgrade). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<Customer, string>('customers')
    .toCollection()
    .modify((c) => {
      c.searchWords = customerWords(c)
    })
  await tx
    .table<StoredInvoice, string>('invoices')
    .toCollection()
    .modify((inv) => {
      const figures = invoiceFigures(inv)
      inv.openAmount = figures.openAmount
      inv.isOpen = figures.isOpen
      inv.isPartial = figures.isPartial
      inv.searchWords = invoiceWords(inv)
    })
}

export function defineV2(db: Dexie): void {
  db.version(2).stores(STORES_V2).upgrade(upgradeToV2)
}

/** The v2 -> v3 data migration: the collections defaults (existing rows are never overwritten). */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await fillCollectionSeeds({
    collectionProfiles: tx.table('collectionProfiles'),
    interestRates: tx.table('interestRates'),
    collectionSettings: tx.table('collectionSettings'),
  })
}

export function defineV3(db: Dexie): void {
  db.version(3).stores(STORES_V3).upgrade(upgradeToV3)
}

export function defineV4(db: Dexie): void {
  db.version(4).stores(STORES_V4)
}

export function defineV5(db: Dexie): void {
  db.version(5).stores(STORES_V5)
}

export function defineV6(db: Dexie): void {
  db.version(6).stores(STORES_V6)
}

export function defineV7(db: Dexie): void {
  db.version(7).stores(STORES_V7)
}

export function defineV8(db: Dexie): void {
  db.version(8).stores(STORES_V8)
}

/** The v8 -> v9 data migration: the invoice counters, from the indexes (exported for the tests). */
export async function upgradeToV9(tx: Transaction): Promise<void> {
  await backfillInvoiceCounters(tx)
  await backfillLastContacts(tx)
}

export function defineV9(db: Dexie): void {
  db.version(9).stores(STORES_V9).upgrade(upgradeToV9)
}

/**
 * The v9 -> v10 data migration: the new read models from the rows they summarize. `customerSummaries` stays empty:
 * v11 drops it and builds the summaries in buckets (every database that reaches v10 goes on to v11).
 */
export async function upgradeToV10(tx: Transaction): Promise<void> {
  await refreshOpenItems(tx)
  await backfillRegisterRows(tx)
}

export function defineV10(db: Dexie): void {
  db.version(10).stores(STORES_V10).upgrade(upgradeToV10)
}

/** The v10 -> v11 data migration: the customer summaries, in buckets, from the open items and customers. */
export async function upgradeToV11(tx: Transaction): Promise<void> {
  await backfillCustomerSummaries(tx)
}

export function defineV11(db: Dexie): void {
  db.version(11).stores({ ...STORES_V11, customerSummaries: null }).upgrade(upgradeToV11)
}

export function defineV12(db: Dexie): void {
  db.version(12).stores(STORES_V12).upgrade(upgradeToV12)
}

export class CobroDb extends Dexie {
  company!: Table<CompanySettings, string>
  series!: Table<Series, string>
  customers!: Table<Customer, string>
  products!: Table<Product, string>
  invoices!: Table<StoredInvoice, string>
  payments!: Table<Payment, string>
  allocations!: Table<Allocation, string>
  creditNotes!: Table<CreditNote, string>
  interactions!: Table<Interaction, string>
  audit!: Table<AuditEntry, number>
  collectionProfiles!: Table<CollectionProfile, string>
  letterTemplates!: Table<LetterTemplateRow, string>
  interestRates!: Table<InterestRatePeriod, string>
  collectionSettings!: Table<CollectionSettings, string>
  stepRecords!: Table<StepRecord, string>
  disputes!: Table<Dispute, string>
  snoozes!: Table<Snooze, string>
  balanceConfirmations!: Table<BalanceConfirmationRecord, string>
  bankImports!: Table<BankImport, string>
  bankLines!: Table<BankLineRow, string>
  payerAccounts!: Table<PayerAccount, string>
  bankMappings!: Table<ColumnMapping, string>
  users!: Table<User, string>
  fiscalRecords!: Table<FiscalRecord, number>
  fiscalEvents!: Table<FiscalEvent, number>
  einvoiceReports!: Table<EInvoiceReport, string>
  counters!: Table<CounterRow, string>
  openItems!: Table<OpenItemRow, string>
  lastContacts!: Table<LastContactsRow, string>
  summaryBuckets!: Table<SummaryBucketRow, number>
  registerRows!: Table<RegisterRow, string>

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options)
    defineV1(this)
    defineV2(this)
    defineV3(this)
    defineV4(this)
    defineV5(this)
    defineV6(this)
    defineV7(this)
    defineV8(this)
    defineV9(this)
    defineV10(this)
    defineV11(this)
    defineV12(this)
    // A database created at the latest version starts with the collections defaults too.
    this.on('populate', (tx) => upgradeToV3(tx))
  }
}

/** Every table, for transactions that touch them all (demo load, wipe). */
export function allTables(db: CobroDb): Table[] {
  return [
    db.company,
    db.series,
    db.customers,
    db.products,
    db.invoices,
    db.payments,
    db.allocations,
    db.creditNotes,
    db.interactions,
    db.audit,
    db.collectionProfiles,
    db.letterTemplates,
    db.interestRates,
    db.collectionSettings,
    db.stepRecords,
    db.disputes,
    db.snoozes,
    db.balanceConfirmations,
    db.bankImports,
    db.bankLines,
    db.payerAccounts,
    db.bankMappings,
    db.users,
    db.fiscalRecords,
    db.fiscalEvents,
    db.einvoiceReports,
    db.counters,
    db.openItems,
    db.lastContacts,
    db.registerRows,
    db.summaryBuckets,
  ] as Table[]
}
