/**
 * One summary per customer with open invoices (schema v10; kept in 32 bucket rows since v11, summaryBuckets.ts), so
 * aging as of today and the daily work queue read a few rows instead of every open item (8,900 rows at 200,000
 * invoices), every customer row (contacts, addresses, search words...) and every lastContacts row. Chromium's
 * IndexedDB charges per row and per object decoded, so a summary holds the customer's open invoices as columns (one
 * array per field) rather than as objects.
 *
 * What a row holds:
 *   - the customer's open invoices as its `openItems` rows give them (id, number, dates, open amount), by due date
 *     then id;
 *   - the customer fields the queue and aging show (code, names, language, collection profile, credit limit,
 *     balance), or null when the customer row is missing. The customer form changes the first ones
 *     (`noteCustomerChange`); the balance moves with every write that moves the customer's (`noteBalanceChange`,
 *     called by customers.ts setCustomerBalance, the only balance writer), payments on account included;
 *   - `latest`: the customer's two latest interactions as its `lastContacts` row has them (lastContacts.ts calls
 *     `noteLatestContacts` after each change), so the work queue reads one row per customer, not two;
 *   - `buyer`: the buyer's name on the open invoice with the smallest id (aging names a customer whose row is missing
 *     by it, as it did reading the open items in key order);
 *   - `steps` (v12): the step records covering one of its open invoices (summarySteps.ts), or absent when unknown.
 *
 * Moved in the same transaction as every open item change (invoiceCounters.ts calls `moveCustomerSummaries` after
 * it has written the open items), by `updateCustomer` (`noteCustomerChange`), by every balance change and every new
 * interaction. Calls must be awaited in turn.
 * Rows written before the balance and `latest` were kept here lack them: readers take those from the customer and
 * lastContacts rows (`isComplete`), and the next move of such a row fills them in.
 */
import type { Table, Transaction } from 'dexie'
import type { QueueInteraction } from '../../domain/collections/queue'
import type { ScheduleStepRecord } from '../../domain/collections/types'
import type { Cents, Customer } from '../../domain/types'
import type { CobroDb } from '../schema'
import { rowsOfCustomers } from './customerScaleRead'
import type { OpenItemRow } from './invoiceCounters'
import type { LastContactsRow } from './lastContacts'
import { getSummaries, getSummary, replaceAllSummaries, writeSummaries, type BucketTable, type SummaryBucketRow } from './summaryBuckets'
import { stepsCovering, stepsOfInvoices } from './summarySteps'

/** Schema v10 kept one row per customer (replaced by summaryBuckets in v11). */
export const CUSTOMER_SUMMARY_STORES_V10 = {
  customerSummaries: 'customerId',
} as const

export { allSummaries } from './summaryBuckets'

/** The customer's fields a summary keeps; `balance` is missing from rows written before it was kept. */
export type SummaryCustomer = Pick<Customer, 'code' | 'legalName' | 'tradeName' | 'language' | 'collectionProfile' | 'creditLimit'> & {
  balance?: Cents
}

export interface CustomerSummaryRow {
  customerId: string
  customer: SummaryCustomer | null
  buyer: string
  /** The customer's lastContacts row's `latest` (newest first, at most two); missing from rows written before. */
  latest?: QueueInteraction[]
  /**
   * The step records covering one of the open invoices (slim, by id); missing from rows written before v12 and from
   * rows moved where the step records could not be read: readers then read them from the table.
   */
  steps?: ScheduleStepRecord[]
  /** The open invoices, column by column (index i of each array is one invoice), by due date then id. */
  ids: string[]
  numbers: string[]
  issueDates: string[]
  dueDates: string[]
  amounts: number[]
}

type SummaryTable = Table<SummaryBucketRow, number>

function summaryCustomerOf(c: Customer | undefined): SummaryCustomer | null {
  if (!c) return null
  const { code, legalName, tradeName, language, collectionProfile, creditLimit, balance } = c
  return { code, legalName, tradeName, language, collectionProfile, creditLimit, balance }
}

/** Whether the row has the balance and latest contacts (rows of the first v10 code do not). */
export function isComplete(row: CustomerSummaryRow): boolean {
  return row.latest !== undefined && (row.customer === null || typeof row.customer.balance === 'number')
}

/** What a summary keeps of each open invoice. */
type Item = Pick<OpenItemRow, 'id' | 'fullNumber' | 'issueDate' | 'dueDate' | 'openAmount'>

/** The row's open invoices as objects (without the customer). */
function itemsOfSummary(row: CustomerSummaryRow): Item[] {
  return row.ids.map((id, i) => ({
    id,
    fullNumber: row.numbers[i]!,
    issueDate: row.issueDates[i]!,
    dueDate: row.dueDates[i]!,
    openAmount: row.amounts[i]!,
  }))
}

const byDueThenId = (a: Item, b: Item) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function rowOf(
  customerId: string,
  customer: SummaryCustomer | null,
  buyer: string,
  latest: QueueInteraction[],
  items: Item[],
  steps: ScheduleStepRecord[] | undefined,
): CustomerSummaryRow {
  const sorted = [...items].sort(byDueThenId)
  return {
    customerId,
    customer,
    buyer,
    latest,
    ...(steps ? { steps } : {}),
    ids: sorted.map((i) => i.id),
    numbers: sorted.map((i) => i.fullNumber),
    issueDates: sorted.map((i) => i.issueDate),
    dueDates: sorted.map((i) => i.dueDate),
    amounts: sorted.map((i) => i.openAmount),
  }
}

function minId(ids: Iterable<string>): string | undefined {
  let min: string | undefined
  for (const id of ids) if (min === undefined || id < min) min = id
  return min
}

function sameItem(a: OpenItemRow, b: OpenItemRow): boolean {
  return (
    a.id === b.id && a.customerId === b.customerId && a.customerName === b.customerName && a.fullNumber === b.fullNumber &&
    a.issueDate === b.issueDate && a.dueDate === b.dueDate && a.openAmount === b.openAmount
  )
}

function groupByCustomer(xs: readonly OpenItemRow[]): Map<string, OpenItemRow[]> {
  const out = new Map<string, OpenItemRow[]>()
  for (const x of xs) {
    const list = out.get(x.customerId)
    if (list) list.push(x)
    else out.set(x.customerId, [x])
  }
  return out
}

/**
 * Moves the summaries of the customers whose open items changed: `removed` rows left, `added` rows arrived (an open
 * item whose amount changed is in both). Must run after the `openItems` table was written, in the same transaction.
 * A customer's first open invoice creates its row from the customer's and lastContacts rows: that transaction must
 * include `customers` and `lastContacts` (invoiceWriteTables names the second; every write that issues or reopens an
 * invoice has the first; Dexie refuses the read otherwise, nothing is half written).
 */
export async function moveCustomerSummaries(db: CobroDb, removed: readonly OpenItemRow[], added: readonly OpenItemRow[]): Promise<void> {
  // A write that leaves the open item as it was (only other invoice fields changed) moves nothing.
  if (removed.length === 1 && added.length === 1 && sameItem(removed[0]!, added[0]!)) return
  const gone = groupByCustomer(removed)
  const arrived = groupByCustomer(added)
  const ids = [...new Set([...gone.keys(), ...arrived.keys()])]
  if (ids.length === 0) return
  const rows = await getSummaries(db.summaryBuckets, ids)
  // New rows, and rows written before the balance and latest contacts were kept, take them from their own rows.
  const missing = ids.filter((_, i) => !rows[i] || !isComplete(rows[i]!))
  const [customerRows, contactRows] = missing.length > 0 ? await Promise.all([db.customers.bulkGet(missing), db.lastContacts.bulkGet(missing)]) : [[], []]
  const customers = new Map(customerRows.flatMap((c) => (c ? [[c.id, c] as const] : [])))
  const contacts = new Map(contactRows.flatMap((r) => (r ? [[r.customerId, r.latest] as const] : [])))
  const moved = ids.map((customerId, i) => {
    const before = rows[i]
    const items = new Map((before ? itemsOfSummary(before) : []).map((x) => [x.id, x]))
    for (const r of gone.get(customerId) ?? []) items.delete(r.id)
    const names = new Map<string, string>()
    for (const r of arrived.get(customerId) ?? []) {
      items.set(r.id, { id: r.id, fullNumber: r.fullNumber, issueDate: r.issueDate, dueDate: r.dueDate, openAmount: r.openAmount })
      names.set(r.id, r.customerName)
    }
    // The invoices whose step records the row does not hold yet: those newly open, or all when it knows none.
    const known = before?.steps ? new Set(before.ids) : new Set<string>()
    return { customerId, before, items, names, unknown: [...items.keys()].filter((id) => !known.has(id)) }
  })
  const unknown = moved.flatMap((m) => m.unknown)
  const fresh = unknown.length > 0 ? await stepsOfInvoices(db, unknown) : new Map<string, never[]>()
  const puts: CustomerSummaryRow[] = []
  const deletes: string[] = []
  for (const { customerId, before, items, names, unknown: notHeld } of moved) {
    const first = minId(items.keys())
    if (first === undefined) {
      if (before) deletes.push(customerId)
      continue
    }
    // The buyer's name on the smallest id: known when that invoice just arrived or did not change, else read.
    const keep = before !== undefined && minId(before.ids) === first
    const buyer = names.get(first) ?? (keep ? before.buyer : ((await db.openItems.get(first))?.customerName ?? ''))
    const complete = before !== undefined && isComplete(before)
    const customer = complete ? before.customer : summaryCustomerOf(customers.get(customerId))
    const latest = complete ? before.latest! : (contacts.get(customerId) ?? [])
    // Unknown when records of a newly open invoice could not be read here (readers then read the table).
    const steps = notHeld.length === 0 || fresh ? stepsCovering([...(before?.steps ?? []), ...(fresh?.get(customerId) ?? [])], new Set(items.keys())) : undefined
    puts.push(rowOf(customerId, customer, buyer, latest, [...items.values()], steps))
  }
  await writeSummaries(db.summaryBuckets, puts, deletes)
}

/** The tables `noteCustomerChange` writes (add them to the customer write's transaction). */
export function customerSummaryTables(db: CobroDb): [SummaryTable] {
  return [db.summaryBuckets]
}

/** The customer form saved `customer`: its summary (if it has open invoices) takes the new fields. */
export async function noteCustomerChange(db: CobroDb, customer: Customer): Promise<void> {
  const row = await getSummary(db.summaryBuckets, customer.id)
  if (row) await writeSummaries(db.summaryBuckets, [{ ...row, customer: summaryCustomerOf(customer) }])
}

/** The customer's balance is now `balance`: its summary (if it has one and it names the customer) takes it. */
export async function noteBalanceChange(db: CobroDb, customerId: string, balance: Cents): Promise<void> {
  const row = await getSummary(db.summaryBuckets, customerId)
  if (row?.customer) await writeSummaries(db.summaryBuckets, [{ ...row, customer: { ...row.customer, balance } }])
}

/** lastContacts.ts wrote these rows: the summaries of their customers (those that have one) take their `latest`. */
export async function noteLatestContacts(db: CobroDb, rows: readonly LastContactsRow[]): Promise<void> {
  const summaries = await getSummaries(db.summaryBuckets, rows.map((r) => r.customerId))
  const puts = rows.flatMap((r, i) => {
    const s = summaries[i]
    return s ? [{ ...s, latest: r.latest }] : []
  })
  await writeSummaries(db.summaryBuckets, puts)
}

/** Every summary from the open items, the customers and their latest contacts. */
function summariesOf(
  open: readonly OpenItemRow[],
  customers: ReadonlyMap<string, Customer>,
  contacts: ReadonlyMap<string, QueueInteraction[]>,
): CustomerSummaryRow[] {
  return [...groupByCustomer(open)].map(([customerId, items]) => {
    const first = items.reduce((a, b) => (b.id < a.id ? b : a))
    return rowOf(customerId, summaryCustomerOf(customers.get(customerId)), first.customerName, contacts.get(customerId) ?? [], items, undefined)
  })
}

/** The v10 -> v11 backfill (from the open items, the customers they name and those customers' lastContacts rows). */
export async function backfillCustomerSummaries(tx: Transaction): Promise<void> {
  const open = await tx.table<OpenItemRow, string>('openItems').toArray()
  const ids = [...new Set(open.map((r) => r.customerId))]
  const [customers, contacts] = await Promise.all([
    rowsOfCustomers(tx.table<Customer, string>('customers'), ids, (c) => c.id),
    rowsOfCustomers(tx.table<LastContactsRow, string>('lastContacts'), ids, (r) => r.customerId),
  ])
  await replaceAllSummaries(
    tx.table('summaryBuckets') as BucketTable,
    summariesOf(
      open,
      new Map(customers.flatMap((c) => (c ? [[c.id, c] as const] : []))),
      new Map(contacts.flatMap((r) => (r ? [[r.customerId, r.latest] as const] : []))),
    ),
  )
}
