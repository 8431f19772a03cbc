/**
 * What schema v9 maintains beside the invoices, so the screens that count or list what is open do not read 200,000
 * rows of 2.3 KB: counts (table `counters`) and one slim row per open invoice (table `openItems`). Every invoice
 * write goes through `putInvoice` / `deleteInvoice` / `bulkPutInvoices`, which write the row AND move both in the
 * caller's transaction (it must include `invoiceWriteTables(db)`: invoices, counters, openItems; Dexie refuses the
 * write otherwise, so a path that forgets cannot commit silently).
 *
 * What is counted, per invoice (`counterKeys`):
 *   - 'inv.draft', 'inv.paid', 'inv.credited', 'inv.cancelled': the figures that do not depend on the day;
 *   - 'inv.open' and 'inv.openDue:<dueDate>' for an open invoice: whether it is overdue depends on `asOf`, so the
 *     open ones are also counted per due date; "not yet due on asOf" is then a short range of rows (one per future
 *     due date), and overdue = open - not yet due.
 * A row whose count reaches 0 is deleted (missing = 0), so the per-due-date rows stay few. Calls must be awaited one
 * after another within a transaction (each reads and writes the rows it moves).
 */
import Dexie, { type Table, type Transaction } from 'dexie'
import { invoiceStatus } from '../../domain/invoiceStatus'
import type { Cents, CurrencyCode, EarlyPaymentDiscount, IsoDate } from '../../domain/types'
import type { StepRecord } from '../../domain/collections/types'
import type { CobroDb, StoredInvoice } from '../schema'
import { moveCustomerSummaries } from './customerSummaries'
import type { SummaryBucketRow } from './summaryBuckets'
import { moveRegisterRows, type RegisterRow } from './registerRows'
import type { LastContactsRow } from './lastContacts'

export interface CounterRow {
  id: string
  n: number
}

/** An open invoice, slim: what the work queue and aging need (`openAmount` > 0, issued). */
export interface OpenItemRow {
  id: string
  customerId: string
  /** The buyer's legal name on the invoice (aging falls back to it for a customer row that is gone). */
  customerName: string
  fullNumber: string
  issueDate: string
  dueDate: string
  openAmount: number
  lifecycle: 'issued'
  /**
   * What bank matching needs beyond the above (schema v10, bank/openItemsV10.ts): amounts in this currency only, and
   * the early-payment discount, a percentage of the total, available while none was taken.
   */
  currency: CurrencyCode
  total: Cents
  earlyDiscount: EarlyPaymentDiscount | null
  discountTaken: Cents
}

/** The tables every transaction that writes invoices must include (besides its own). */
export function invoiceWriteTables(
  db: CobroDb,
): [
  Table<StoredInvoice, string>,
  Table<CounterRow, string>,
  Table<OpenItemRow, string>,
  Table<SummaryBucketRow, number>,
  Table<RegisterRow, string>,
  Table<LastContactsRow, string>,
  Table<StepRecord, string>,
] {
  // lastContacts: read (not written) when a customer's first open invoice creates its summary row; stepRecords: read
  // when an invoice opens (or opens again), for the summary's steps (summarySteps.ts).
  return [db.invoices, db.counters, db.openItems, db.summaryBuckets, db.registerRows, db.lastContacts, db.stepRecords]
}

const itemsOf = (inv: StoredInvoice | undefined): OpenItemRow[] => {
  const item = inv ? openItemOf(inv) : null
  return item ? [item] : []
}

export function openItemOf(inv: StoredInvoice): OpenItemRow | null {
  if (inv.isOpen !== 1 || inv.lifecycle !== 'issued') return null
  return {
    id: inv.id,
    customerId: inv.customerId,
    customerName: inv.customer.legalName,
    fullNumber: inv.fullNumber,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
    openAmount: inv.openAmount,
    lifecycle: 'issued',
    currency: inv.currency,
    total: inv.totals.total,
    earlyDiscount: inv.earlyDiscount,
    discountTaken: inv.discountTaken,
  }
}

export const COUNTER = {
  draft: 'inv.draft',
  paid: 'inv.paid',
  credited: 'inv.credited',
  cancelled: 'inv.cancelled',
  open: 'inv.open',
  openDuePrefix: 'inv.openDue:',
} as const

/** The counters one stored invoice adds 1 to (same rule as invoiceStatus, so a recount by status agrees). */
export function counterKeys(inv: StoredInvoice): string[] {
  // On its own due date an invoice is not overdue yet: the status is then its day-independent kind.
  const status = invoiceStatus(inv, inv.dueDate)
  if (status === 'draft') return [COUNTER.draft]
  if (status === 'cancelled') return [COUNTER.cancelled]
  if (status === 'credited') return [COUNTER.credited]
  if (status === 'paid') return [COUNTER.paid]
  return [COUNTER.open, COUNTER.openDuePrefix + inv.dueDate]
}

type Delta = Map<string, number>

function addTo(delta: Delta, inv: StoredInvoice | undefined, sign: 1 | -1): void {
  if (!inv) return
  for (const key of counterKeys(inv)) delta.set(key, (delta.get(key) ?? 0) + sign)
}

/** Applies count changes to the counters table (rows at 0 are removed). */
export async function applyCounterDelta(table: Table<CounterRow, string>, delta: Delta): Promise<void> {
  const ids = [...delta].filter(([, d]) => d !== 0).map(([id]) => id)
  if (ids.length === 0) return
  const rows = await table.bulkGet(ids)
  const puts: CounterRow[] = []
  const deletes: string[] = []
  ids.forEach((id, i) => {
    const n = (rows[i]?.n ?? 0) + (delta.get(id) ?? 0)
    if (n === 0) deletes.push(id)
    else puts.push({ id, n })
  })
  if (puts.length > 0) await table.bulkPut(puts)
  if (deletes.length > 0) await table.bulkDelete(deletes)
}

/** Writes an invoice row (new or changed), moves the counters from `before` (undefined = new) and its open item. */
export async function putInvoice(db: CobroDb, before: StoredInvoice | undefined, after: StoredInvoice): Promise<void> {
  await db.invoices.put(after)
  const delta: Delta = new Map()
  addTo(delta, before, -1)
  addTo(delta, after, 1)
  await applyCounterDelta(db.counters, delta)
  const item = openItemOf(after)
  if (item) await db.openItems.put(item)
  else if (before && openItemOf(before)) await db.openItems.delete(before.id)
  await moveCustomerSummaries(db, itemsOf(before), itemsOf(after))
  await moveRegisterRows(db, [before], [after])
}

/** Deletes an invoice row (a draft) and takes it off the counters (and the open items, were it there). */
export async function deleteInvoice(db: CobroDb, before: StoredInvoice): Promise<void> {
  await db.invoices.delete(before.id)
  const delta: Delta = new Map()
  addTo(delta, before, -1)
  await applyCounterDelta(db.counters, delta)
  if (openItemOf(before)) await db.openItems.delete(before.id)
  await moveCustomerSummaries(db, itemsOf(before), [])
  await moveRegisterRows(db, [before], [undefined])
}

/** Many rows at once (the demo loader): the rows they replace, if any, are taken off first. */
export async function bulkPutInvoices(db: CobroDb, rows: StoredInvoice[]): Promise<void> {
  const previous = await db.invoices.bulkGet(rows.map((r) => r.id))
  await db.invoices.bulkPut(rows)
  const delta: Delta = new Map()
  previous.forEach((p) => addTo(delta, p, -1))
  rows.forEach((r) => addTo(delta, r, 1))
  await applyCounterDelta(db.counters, delta)
  const items = rows.map(openItemOf).filter((x): x is OpenItemRow => x !== null)
  const closed = rows.filter((r, i) => !openItemOf(r) && previous[i] && openItemOf(previous[i])).map((r) => r.id)
  if (items.length > 0) await db.openItems.bulkPut(items)
  if (closed.length > 0) await db.openItems.bulkDelete(closed)
  await moveCustomerSummaries(db, previous.flatMap(itemsOf), items)
  await moveRegisterRows(db, previous, rows)
}

export interface InvoiceCounts {
  draft: number
  paid: number
  credited: number
  cancelled: number
  /** Open invoices (overdue or not). */
  open: number
  /** Open invoices whose due date is on or after `asOf` (not overdue on that day). */
  openNotDue: number
}

/** The maintained counts on `asOf`: four rows by key and one short range of per-due-date rows. */
export async function readInvoiceCounts(db: CobroDb, asOf: IsoDate): Promise<InvoiceCounts> {
  const [fixed, notDue] = await Promise.all([
    db.counters.bulkGet([COUNTER.draft, COUNTER.paid, COUNTER.credited, COUNTER.open, COUNTER.cancelled]),
    db.counters.where(':id').between(COUNTER.openDuePrefix + asOf, COUNTER.openDuePrefix + '\uffff', true, true).toArray(),
  ])
  const n = (i: number) => fixed[i]?.n ?? 0
  return { draft: n(0), paid: n(1), credited: n(2), open: n(3), cancelled: n(4), openNotDue: notDue.reduce((s, r) => s + r.n, 0) }
}

/**
 * The v9 backfill from indexes, without reading every row (at 200,000 invoices that is 460 MB): drafts, cancelled
 * invoices and the whole table by count, the open invoices' rows (a few percent of the table) for their open items and per-due-date
 * counts, the credited ones among the few invoices that have a credit note; paid is what remains of the issued ones.
 */
export async function backfillInvoiceCounters(tx: Transaction): Promise<void> {
  const invoices = tx.table<StoredInvoice, string>('invoices')
  const counters = tx.table<CounterRow, string>('counters')
  const openItems = tx.table<OpenItemRow, string>('openItems')
  const byLifecycle = (l: string) => invoices.where('[lifecycle+issueDate]').between([l, Dexie.minKey], [l, Dexie.maxKey], true, true).count()
  const [total, draft, cancelled, open, creditedIds] = await Promise.all([
    invoices.count(),
    byLifecycle('draft'),
    byLifecycle('cancelled'),
    invoices.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, Dexie.maxKey], true, true).toArray(),
    tx.table('creditNotes').orderBy('invoiceId').uniqueKeys(),
  ])
  const credited = (await invoices.bulkGet(creditedIds as string[])).filter((r) => r && counterKeys(r)[0] === COUNTER.credited).length
  const items = open.map(openItemOf).filter((x): x is OpenItemRow => x !== null)
  const delta: Delta = new Map()
  for (const item of items) {
    const id = COUNTER.openDuePrefix + item.dueDate
    delta.set(id, (delta.get(id) ?? 0) + 1)
  }
  delta.set(COUNTER.draft, draft)
  delta.set(COUNTER.credited, credited)
  delta.set(COUNTER.cancelled, cancelled)
  delta.set(COUNTER.open, items.length)
  delta.set(COUNTER.paid, total - draft - cancelled - items.length - credited)
  await counters.clear()
  await applyCounterDelta(counters, delta)
  await openItems.clear()
  await openItems.bulkPut(items)
}
