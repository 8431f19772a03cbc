/**
 * Invoice lists and counts, through indexes only: newest first by (issueDate, id), paged by key (`after` = the
 * last row of the previous page), never by offset. Status filters walk the isOpen indexes (open and overdue by key
 * only, see openPage); search walks the multi-entry `searchWords` index. Counts come from the counters that schema
 * v9 maintains with every invoice write (invoiceCounters.ts).
 */
import Dexie from 'dexie'
import { invoiceStatus } from '../../domain/invoiceStatus'
import { queryWords } from '../../domain/search'
import type { Invoice, InvoiceStatus, IsoDate } from '../../domain/types'
import type { Ctx } from '../context'
import type { StoredInvoice } from '../stored'
import { readInvoiceCounts, type OpenItemRow } from './invoiceCounters'

export interface InvoiceListQuery {
  status?: InvoiceStatus | 'all'
  customerId?: string
  search?: string
  asOf: IsoDate
  limit: number
  /** The last row of the previous page. */
  after?: { issueDate: string; id: string }
}

/** Above this many index hits for the most selective search word, the ordered index is walked instead. */
const SEARCH_KEY_LIMIT = 2000
/** Keys read per step of the open-invoice walk (keys only: no invoice row is read for the rows skipped). */
const KEY_CHUNK = 2000

function newestFirst(a: Invoice, b: Invoice): number {
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/** `keyChunk`: index keys read per step of the open-invoice walk (tests make it small to cross chunk borders). */
export async function listInvoices(ctx: Ctx, q: InvoiceListQuery, keyChunk = KEY_CHUNK): Promise<Invoice[]> {
  const { db } = ctx
  const status = q.status ?? 'all'
  const after = q.after
  const words = q.search ? queryWords(q.search) : []
  const beforeCursor = (inv: Invoice) =>
    !after || inv.issueDate < after.issueDate || (inv.issueDate === after.issueDate && inv.id < after.id)
  const matchesWords = (inv: StoredInvoice) => words.every((w) => inv.searchWords.some((sw) => sw.startsWith(w)))
  const wanted = (inv: StoredInvoice) =>
    (status === 'all' || invoiceStatus(inv, q.asOf) === status) &&
    (!q.customerId || inv.customerId === q.customerId) &&
    matchesWords(inv)

  if (words.length > 0) {
    const probe = words.reduce((a, b) => (b.length > a.length ? b : a))
    const keys = await db.invoices.where('searchWords').startsWith(probe).limit(SEARCH_KEY_LIMIT + 1).primaryKeys()
    if (keys.length <= SEARCH_KEY_LIMIT) {
      const rows = await db.invoices.bulkGet([...new Set(keys)])
      return rows
        .filter((r): r is StoredInvoice => r !== undefined && beforeCursor(r) && wanted(r))
        .sort(newestFirst)
        .slice(0, q.limit)
    }
  }

  if (q.customerId) {
    const rows = await db.invoices
      .where('[customerId+issueDate]')
      .between([q.customerId, Dexie.minKey], [q.customerId, Dexie.maxKey], true, true)
      .toArray()
    return rows.filter((r) => beforeCursor(r) && wanted(r)).sort(newestFirst).slice(0, q.limit)
  }

  if (status === 'credited') {
    // Few invoices are ever credited: start from the credit notes instead of walking every closed invoice.
    const ids = (await db.creditNotes.orderBy('invoiceId').uniqueKeys()) as string[]
    const rows = await db.invoices.bulkGet(ids)
    return rows
      .filter((r): r is StoredInvoice => r !== undefined && beforeCursor(r) && wanted(r))
      .sort(newestFirst)
      .slice(0, q.limit)
  }

  if (status === 'draft' || status === 'cancelled') {
    // Both are their own lifecycle: one range of [lifecycle+issueDate] (few rows).
    const rows = await db.invoices
      .where('[lifecycle+issueDate]')
      .between([status, Dexie.minKey], [status, Dexie.maxKey], true, true)
      .toArray()
    return rows.filter((r) => beforeCursor(r) && wanted(r)).sort(newestFirst).slice(0, q.limit)
  }

  if (status === 'all') {
    const coll = after
      ? db.invoices.where('[issueDate+id]').below([after.issueDate, after.id]).reverse()
      : db.invoices.orderBy('[issueDate+id]').reverse()
    return (words.length > 0 ? coll.filter(wanted) : coll).limit(q.limit).toArray()
  }
  if (status === 'partiallyPaid') {
    // Partly paid and not yet due (a partly paid invoice past its due date is overdue): few, one index range.
    const ids = await db.invoices.where('[isPartial+dueDate]').between([1, q.asOf], [1, Dexie.maxKey], true, true).primaryKeys()
    const rows = await db.invoices.bulkGet(ids)
    return rows
      .filter((r): r is StoredInvoice => r !== undefined && beforeCursor(r) && wanted(r))
      .sort(newestFirst)
      .slice(0, q.limit)
  }

  if (status === 'overdue' && words.length === 0) return overduePage(ctx, q, keyChunk)
  if (status === 'open' && words.length === 0) return openPage(ctx, status, q, keyChunk)

  // Note: never put the same Dexie.maxKey instance twice in one key (IndexedDB takes it for a cycle).
  const isOpen = status === 'open' || status === 'overdue' ? 1 : 0
  const upper = after ? [isOpen, after.issueDate, after.id] : [isOpen, Dexie.maxKey]
  return db.invoices
    .where('[isOpen+issueDate+id]')
    .between([isOpen, Dexie.minKey], upper, true, false)
    .reverse()
    .filter(wanted)
    .limit(q.limit)
    .toArray()
}

/**
 * A page of open invoices (not yet due, nothing paid), newest issued first, without reading the rows it skips.
 * Whether an open invoice is due on `asOf` is not in the ordered index `[isOpen+issueDate+id]`; instead of reading
 * rows (about 2.3 KB each), the ids of the open invoices not yet due (`[isOpen+dueDate]` from asOf) and of the
 * partly paid among them are read, then the ordered index is walked by primary key only, newest first, each id
 * sorted into its status by set membership, and only the page's rows read. Same order, keyset `after` and rows as
 * filtering by invoiceStatus. (The overdue list has its own, cheaper walk: overduePage.)
 */
async function openPage(ctx: Ctx, status: 'open' | 'overdue', q: InvoiceListQuery, keyChunk: number): Promise<Invoice[]> {
  const { db } = ctx
  return db.transaction('r', db.invoices, async () => {
    const [notDue, partial] = await Promise.all([
      db.invoices.where('[isOpen+dueDate]').between([1, q.asOf], [1, Dexie.maxKey], true, true).primaryKeys(),
      db.invoices.where('[isPartial+dueDate]').between([1, q.asOf], [1, Dexie.maxKey], true, true).primaryKeys(),
    ])
    const notDueIds = new Set(notDue)
    const partialIds = new Set(partial)
    const inStatus = (id: string) => (status === 'overdue' ? !notDueIds.has(id) : notDueIds.has(id) && !partialIds.has(id))
    const picked: string[] = []
    let upper: Array<number | string> = q.after ? [1, q.after.issueDate, q.after.id] : [1, Dexie.maxKey as unknown as string]
    for (;;) {
      // Primary keys, newest first: one getAllKeys call per chunk where IndexedDB 3 takes a direction (Chromium).
      const ids = await db.invoices
        .where('[isOpen+issueDate+id]')
        .between([1, Dexie.minKey], upper, true, false)
        .reverse()
        .limit(keyChunk)
        .primaryKeys()
      for (const id of ids) {
        if (inStatus(id)) picked.push(id)
        if (picked.length === q.limit) break
      }
      const lastId = ids[ids.length - 1]
      if (picked.length === q.limit || ids.length < keyChunk || lastId === undefined) break
      // The next chunk starts below the last key read: its issue date comes from that one row.
      const last = await db.invoices.get(lastId)
      if (!last) break
      upper = [1, last.issueDate, last.id]
    }
    const rows = await db.invoices.bulkGet(picked)
    return rows.filter((r): r is StoredInvoice => r !== undefined)
  })
}

/** What one overdue page cost (the benchmark reports it): open items read, those the walk needed, steps, ms. */
export interface OverduePageStats {
  itemsRead: number
  itemsWalked: number
  steps: number
  walkMs: number
  rowsMs: number
}

/** Open items read by the first step of the overdue walk, and by each step once the page is full (at most a chunk). */
const OVERDUE_FIRST_STEP = 256

/**
 * A page of overdue invoices, newest issued first, from the slim open items walked by due date downwards from
 * asOf (`[dueDate+id]`). An invoice is never due before it is issued (terms only add days), so once the due dates
 * walked fall below the issue date of the page's last (oldest) row, no row still to come can enter the page: the
 * walk stops after the overdue invoices due since about then, however many open invoices are not yet due or long
 * overdue. The steps start small and double until the page is full; then each step reads a few items due from the
 * page's oldest issue date on (the bound the walk stops at; it only rises as newer rows replace older ones), so the
 * walk reads at most one small step beyond the items it needs (at 200,000 invoices it needs about 900, where one
 * chunk of 2,000 or doubling steps read 1,600-2,000). Only the page's invoice rows are then read. Same rows, order
 * and keyset `after` as the status filter.
 */
export async function overduePage(ctx: Ctx, q: InvoiceListQuery, chunk: number = KEY_CHUNK, stats?: OverduePageStats): Promise<Invoice[]> {
  const { db } = ctx
  const after = q.after
  const isBefore = (r: OpenItemRow) => !after || r.issueDate < after.issueDate || (r.issueDate === after.issueDate && r.id < after.id)
  const newer = (a: OpenItemRow, b: OpenItemRow) => (a.issueDate !== b.issueDate ? a.issueDate > b.issueDate : a.id > b.id)
  return db.transaction('r', [db.openItems, db.invoices], async () => {
    const t0 = performance.now()
    const page: OpenItemRow[] = [] // newest first, at most q.limit
    let upper: Array<string> = [q.asOf]
    let step = Math.min(chunk, OVERDUE_FIRST_STEP)
    const done = () => {
      if (stats) stats.walkMs = performance.now() - t0
      return bulkRows(ctx, page, stats)
    }
    for (;;) {
      // Once the page is full, only due dates from its oldest issue date on can still matter: the step reads none
      // below (that bound rises as the walk goes, so the steps after the first read few items the walk will not need).
      const oldest = page.length === q.limit ? page[q.limit - 1]! : null
      const range = oldest
        ? db.openItems.where('[dueDate+id]').between([oldest.issueDate], upper, true, false)
        : db.openItems.where('[dueDate+id]').below(upper)
      const rows = await range.reverse().limit(step).toArray()
      if (stats) {
        stats.steps += 1
        stats.itemsRead += rows.length
      }
      for (const r of rows) {
        const oldest = page[q.limit - 1]
        if (oldest && r.dueDate < oldest.issueDate) return done()
        if (stats) stats.itemsWalked += 1
        if (!isBefore(r) || (oldest && !newer(r, oldest))) continue
        let at = page.length
        while (at > 0 && newer(r, page[at - 1]!)) at -= 1
        page.splice(at, 0, r)
        if (page.length > q.limit) page.pop()
      }
      const last = rows[rows.length - 1]
      if (rows.length < step || !last) return done()
      upper = [last.dueDate, last.id]
      // Doubling while the page fills; then small bounded steps, as the bound may still rise a lot (measured at
      // 200,000: after 768 items the range above the bound held 829 items of which the walk needed 156).
      step = Math.min(chunk, page.length === q.limit ? OVERDUE_FIRST_STEP : step * 2)
    }
  })
}

async function bulkRows(ctx: Ctx, items: OpenItemRow[], stats?: OverduePageStats): Promise<Invoice[]> {
  const t0 = performance.now()
  const rows = await ctx.db.invoices.bulkGet(items.map((i) => i.id))
  if (stats) stats.rowsMs = performance.now() - t0
  return rows.filter((r): r is StoredInvoice => r !== undefined)
}

/**
 * How many invoices are in each status on `asOf`, exact: the maintained counters (repos/invoiceCounters.ts) and one
 * index count of the few partly paid invoices not yet due. Nothing here grows with the table.
 */
export async function countByStatus(ctx: Ctx, asOf: IsoDate): Promise<Record<InvoiceStatus, number>> {
  const { db } = ctx
  const [c, partiallyPaid] = await Promise.all([
    readInvoiceCounts(db, asOf),
    db.invoices.where('[isPartial+dueDate]').between([1, asOf], [1, Dexie.maxKey], true, true).count(),
  ])
  return {
    draft: c.draft,
    open: c.openNotDue - partiallyPaid,
    overdue: c.open - c.openNotDue,
    partiallyPaid,
    paid: c.paid,
    credited: c.credited,
    cancelled: c.cancelled,
  }
}
