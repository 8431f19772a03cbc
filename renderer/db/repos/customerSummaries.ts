/**
 * One row per customer with open invoices (schema v10), so aging as of today and the daily work queue read about
 * 2,000 small rows instead of every open item (8,900 rows at 200,000 invoices) and every customer row (contacts,
 * addresses, search words...): at 200,000 invoices 1,674 rows, read in ~40 ms where the open items and customers took
 * ~190 ms. Chromium's IndexedDB charges per row and per object decoded, so a row holds the customer's open invoices as
 * columns (one array per field) rather than as objects.
 *
 * What a row holds:
 *   - the customer's open invoices as its `openItems` rows give them (id, number, dates, open amount), by due date
 *     then id;
 *   - the customer fields the queue and aging show that only the customer form changes (code, names, language,
 *     collection profile, credit limit), or null when the customer row is missing. The balance is NOT here: it is
 *     moved by payments that write no invoice (customer credit), so the readers take it from the customers' index;
 *   - `buyer`: the buyer's name on the open invoice with the smallest id (aging names a customer whose row is missing
 *     by it, as it did reading the open items in key order).
 *
 * Moved in the same transaction as every open item change (invoiceCounters.ts calls `moveCustomerSummaries` after
 * it has written the open items) and by `updateCustomer` (`noteCustomerChange`). Calls must be awaited in turn.
 */
import type { Table, Transaction } from 'dexie'
import type { Customer } from '../../domain/types'
import type { CobroDb } from '../schema'
import { rowsOfCustomers } from './customerScaleRead'
import type { OpenItemRow } from './invoiceCounters'

export const CUSTOMER_SUMMARY_STORES_V10 = {
  customerSummaries: 'customerId',
} as const

/** The customer's fields a summary keeps (those only the customer form changes). */
export type SummaryCustomer = Pick<Customer, 'code' | 'legalName' | 'tradeName' | 'language' | 'collectionProfile' | 'creditLimit'>

export interface CustomerSummaryRow {
  customerId: string
  customer: SummaryCustomer | null
  buyer: string
  /** The open invoices, column by column (index i of each array is one invoice), by due date then id. */
  ids: string[]
  numbers: string[]
  issueDates: string[]
  dueDates: string[]
  amounts: number[]
}

type SummaryTable = Table<CustomerSummaryRow, string>

function summaryCustomerOf(c: Customer | undefined): SummaryCustomer | null {
  if (!c) return null
  const { code, legalName, tradeName, language, collectionProfile, creditLimit } = c
  return { code, legalName, tradeName, language, collectionProfile, creditLimit }
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

function rowOf(customerId: string, customer: SummaryCustomer | null, buyer: string, items: Item[]): CustomerSummaryRow {
  const sorted = [...items].sort(byDueThenId)
  return {
    customerId,
    customer,
    buyer,
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
 * A customer's first open invoice creates its row from the customer's: that transaction must include `customers`
 * (every write that issues or reopens an invoice has it; Dexie refuses the read otherwise, nothing is half written).
 */
export async function moveCustomerSummaries(db: CobroDb, removed: readonly OpenItemRow[], added: readonly OpenItemRow[]): Promise<void> {
  // A write that leaves the open item as it was (only other invoice fields changed) moves nothing.
  if (removed.length === 1 && added.length === 1 && sameItem(removed[0]!, added[0]!)) return
  const gone = groupByCustomer(removed)
  const arrived = groupByCustomer(added)
  const ids = [...new Set([...gone.keys(), ...arrived.keys()])]
  if (ids.length === 0) return
  const rows = await db.customerSummaries.bulkGet(ids)
  const missing = ids.filter((_, i) => !rows[i])
  const customers = new Map(missing.length > 0 ? (await db.customers.bulkGet(missing)).flatMap((c) => (c ? [[c.id, c] as const] : [])) : [])
  const puts: CustomerSummaryRow[] = []
  const deletes: string[] = []
  for (const [i, customerId] of ids.entries()) {
    const before = rows[i]
    const items = new Map((before ? itemsOfSummary(before) : []).map((x) => [x.id, x]))
    for (const r of gone.get(customerId) ?? []) items.delete(r.id)
    const names = new Map<string, string>()
    for (const r of arrived.get(customerId) ?? []) {
      items.set(r.id, { id: r.id, fullNumber: r.fullNumber, issueDate: r.issueDate, dueDate: r.dueDate, openAmount: r.openAmount })
      names.set(r.id, r.customerName)
    }
    const first = minId(items.keys())
    if (first === undefined) {
      if (before) deletes.push(customerId)
      continue
    }
    // The buyer's name on the smallest id: known when that invoice just arrived or did not change, else read.
    const keep = before !== undefined && minId(before.ids) === first
    const buyer = names.get(first) ?? (keep ? before.buyer : ((await db.openItems.get(first))?.customerName ?? ''))
    const customer = before ? before.customer : summaryCustomerOf(customers.get(customerId))
    puts.push(rowOf(customerId, customer, buyer, [...items.values()]))
  }
  if (puts.length > 0) await db.customerSummaries.bulkPut(puts)
  if (deletes.length > 0) await db.customerSummaries.bulkDelete(deletes)
}

/** The tables `noteCustomerChange` writes (add them to the customer write's transaction). */
export function customerSummaryTables(db: CobroDb): [SummaryTable] {
  return [db.customerSummaries]
}

/** The customer form saved `customer`: its summary (if it has open invoices) takes the new fields. */
export async function noteCustomerChange(db: CobroDb, customer: Customer): Promise<void> {
  const row = await db.customerSummaries.get(customer.id)
  if (row) await db.customerSummaries.put({ ...row, customer: summaryCustomerOf(customer) })
}

/** Every summary from the open items and the customers. */
function summariesOf(open: readonly OpenItemRow[], customers: ReadonlyMap<string, Customer>): CustomerSummaryRow[] {
  return [...groupByCustomer(open)].map(([customerId, items]) => {
    const first = items.reduce((a, b) => (b.id < a.id ? b : a))
    return rowOf(customerId, summaryCustomerOf(customers.get(customerId)), first.customerName, items)
  })
}

/** The v9 -> v10 backfill (from the open items and the customers they name). */
export async function backfillCustomerSummaries(tx: Transaction): Promise<void> {
  const open = await tx.table<OpenItemRow, string>('openItems').toArray()
  const ids = [...new Set(open.map((r) => r.customerId))]
  const customers = await rowsOfCustomers(tx.table<Customer, string>('customers'), ids, (c) => c.id)
  const table = tx.table<CustomerSummaryRow, string>('customerSummaries')
  await table.clear()
  await table.bulkPut(summariesOf(open, new Map(customers.flatMap((c) => (c ? [[c.id, c] as const] : [])))))
}
