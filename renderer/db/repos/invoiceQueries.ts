/**
 * Invoice lists and counts, through indexes only: newest first by (issueDate, id), paged by key (`after` = the
 * last row of the previous page), never by offset. Status filters walk the isOpen indexes; search walks the
 * multi-entry `searchWords` index.
 */
import Dexie from 'dexie'
import { invoiceStatus } from '../../domain/invoiceStatus'
import { queryWords } from '../../domain/search'
import type { Invoice, InvoiceStatus, IsoDate } from '../../domain/types'
import type { Ctx } from '../context'
import type { StoredInvoice } from '../stored'

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

function newestFirst(a: Invoice, b: Invoice): number {
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

export async function listInvoices(ctx: Ctx, q: InvoiceListQuery): Promise<Invoice[]> {
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

  if (status === 'draft') {
    const rows = await db.invoices
      .where('[lifecycle+issueDate]')
      .between(['draft', Dexie.minKey], ['draft', Dexie.maxKey], true, true)
      .toArray()
    return rows.filter((r) => beforeCursor(r) && wanted(r)).sort(newestFirst).slice(0, q.limit)
  }

  if (status === 'all') {
    const coll = after
      ? db.invoices.where('[issueDate+id]').below([after.issueDate, after.id]).reverse()
      : db.invoices.orderBy('[issueDate+id]').reverse()
    return (words.length > 0 ? coll.filter(wanted) : coll).limit(q.limit).toArray()
  }
  // Note: never put the same Dexie.maxKey instance twice in one key (IndexedDB takes it for a cycle).
  const isOpen = status === 'open' || status === 'overdue' || status === 'partiallyPaid' ? 1 : 0
  const upper = after ? [isOpen, after.issueDate, after.id] : [isOpen, Dexie.maxKey]
  return db.invoices
    .where('[isOpen+issueDate+id]')
    .between([isOpen, Dexie.minKey], upper, true, false)
    .reverse()
    .filter(wanted)
    .limit(q.limit)
    .toArray()
}

/** How many invoices are in each status on `asOf` — exact, from index counts (plus the few credited ones). */
export async function countByStatus(ctx: Ctx, asOf: IsoDate): Promise<Record<InvoiceStatus, number>> {
  const { db } = ctx
  const lifecycleCount = (lifecycle: string) =>
    db.invoices.where('[lifecycle+issueDate]').between([lifecycle, Dexie.minKey], [lifecycle, Dexie.maxKey], true, true).count()
  const [draft, issued, openTotal, overdue, partiallyPaid, creditedIds] = await Promise.all([
    lifecycleCount('draft'),
    lifecycleCount('issued'),
    db.invoices.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, Dexie.maxKey], true, true).count(),
    db.invoices.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, asOf], true, false).count(),
    db.invoices.where('[isPartial+dueDate]').between([1, asOf], [1, Dexie.maxKey], true, true).count(),
    db.creditNotes.orderBy('invoiceId').uniqueKeys(),
  ])
  const creditedRows = await db.invoices.bulkGet(creditedIds as string[])
  const credited = creditedRows.filter((r) => r !== undefined && invoiceStatus(r, asOf) === 'credited').length
  return {
    draft,
    open: openTotal - overdue - partiallyPaid,
    overdue,
    partiallyPaid,
    paid: issued - openTotal - credited,
    credited,
  }
}
