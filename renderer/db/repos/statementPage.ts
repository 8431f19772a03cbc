/**
 * The customer's statement a key page at a time, newest first, without reading what lies before the page (the
 * customer page opens on the latest movements; a customer of ten years has thousands).
 *
 * A page holds whole days: the newest `limit` movements of each kind dated before the cursor are read; the page
 * starts on the latest day below which a kind may still have rows not read (or on the day of the `limit`-th newest
 * movement read, if later), and that first day is read whole. Balances come from the customer's maintained balance,
 * which every write keeps equal to invoices - credit notes - payments - discounts (the repositories move it in the
 * transaction that writes the document): the newest row ends at it, and the balance before a page is the balance
 * after it less the page's movements. The cursor of the next (earlier) page carries that balance.
 * Discounts are read through the page's payments: an allocation is dated on its payment's day (payments.ts,
 * bank/match.ts), so the discounts of a run of days are those of the payments of those days.
 * The pages, put together, are exactly customerLedger's rows: same rows, order and balances (tests compare them).
 */
import Dexie, { type Table } from 'dexie'
import type { Cents, CreditNote, IsoDate, Payment } from '../../domain/types'
import type { Ctx } from '../context'
import type { StoredInvoice } from '../stored'
import { compareEntries, creditNoteEntry, discountEntries, invoiceEntry, paymentEntry, type LedgerEntry, type LedgerRow } from './statement'

/**
 * Movements of each kind read per page (the page shows at least this many when there are): three screens of the
 * ledger card. Rows cost per row and per byte (an invoice row is about 2.3 KB), so a page is kept small.
 */
export const STATEMENT_PAGE_SIZE = 30

export interface StatementCursor {
  /** The earlier page lists the movements dated before this day. */
  before: IsoDate
  /** The balance after the earlier page's last movement (= the balance before the page this cursor comes from). */
  balance: Cents
}

export interface StatementPage {
  /** Oldest first, each with the balance after it (as customerLedger). */
  rows: LedgerRow[]
  /** The balance before the first row. */
  opening: Cents
  /** The earlier page, or null when nothing is earlier. */
  next: StatementCursor | null
}

interface Read {
  entries: LedgerEntry[]
  /** `limit` rows came back: older rows may exist, and more on the day of the last row. */
  full: boolean
  /** Day of the last (oldest) row read. */
  lowest: IsoDate
}

/** One kind of document of the customer, by its `[customerId+date]` index. */
interface Source {
  newest(before: IsoDate | undefined, limit: number): Promise<Read>
  onDay(day: IsoDate): Promise<LedgerEntry[]>
  anyBefore(day: IsoDate): Promise<boolean>
}

function source<T>(table: Table<T, string>, index: string, customerId: string, dateOf: (r: T) => IsoDate, toEntry: (r: T) => LedgerEntry | null): Source {
  const entriesOf = (rows: T[]) => rows.map(toEntry).filter((e): e is LedgerEntry => e !== null)
  const below = (before: IsoDate | undefined) =>
    table.where(index).between([customerId, Dexie.minKey], [customerId, before ?? Dexie.maxKey], true, false).reverse()
  return {
    async newest(before, limit) {
      const rows = await below(before).limit(limit).toArray()
      const last = rows[rows.length - 1]
      return { entries: entriesOf(rows), full: rows.length === limit, lowest: last ? dateOf(last) : '' }
    },
    async onDay(day) {
      return entriesOf(await table.where(index).equals([customerId, day]).toArray())
    },
    async anyBefore(day) {
      return (await below(day).filter((r) => toEntry(r) !== null).first()) !== undefined
    },
  }
}

const latest = (dates: IsoDate[]): IsoDate | null => (dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a)))

/**
 * One page of the customer's statement: the latest movements (no `after`), or those before `after.before`, ending
 * at the balance `after.balance`. `limit` (at least 1) is mostly for tests.
 */
export async function statementPage(
  ctx: Ctx,
  customerId: string,
  opts: { after?: StatementCursor; limit?: number } = {},
): Promise<StatementPage> {
  const { db } = ctx
  const limit = Math.max(1, Math.floor(opts.limit ?? STATEMENT_PAGE_SIZE))
  const before = opts.after?.before
  return db.transaction('r', [db.customers, db.invoices, db.creditNotes, db.payments, db.allocations], async () => {
    const balance = opts.after ? Promise.resolve(opts.after.balance) : db.customers.get(customerId).then((c) => c?.balance ?? 0)
    let page = await readPage(ctx, customerId, before, balance, limit)
    // Only drafts on the page's days (they are read, not listed): go on to the movements before them.
    while (page.rows.length === 0 && page.next) page = await readPage(ctx, customerId, page.next.before, Promise.resolve(page.opening), limit)
    return page
  })
}

/** The page of the movements before `before` (all when undefined) that ends at the balance `closing`. */
async function readPage(ctx: Ctx, customerId: string, before: IsoDate | undefined, closingBalance: Promise<Cents>, limit: number): Promise<StatementPage> {
  const { db } = ctx
  const sources = [
    source<StoredInvoice>(db.invoices, '[customerId+issueDate]', customerId, (i) => i.issueDate, (i) => (i.lifecycle === 'issued' ? invoiceEntry(i) : null)),
    source<CreditNote>(db.creditNotes, '[customerId+issueDate]', customerId, (n) => n.issueDate, creditNoteEntry),
    source<Payment>(db.payments, '[customerId+date]', customerId, (p) => p.date, paymentEntry),
  ]
  // The customer's balance is read with the first movements (one step, not two).
  const [closing, ...reads] = await Promise.all([closingBalance, ...sources.map((s) => s.newest(before, limit))])
  // Read whole down to the latest `lowest` of the full reads; the page starts at that day or at its limit-th row.
  const known = latest(reads.filter((r) => r.full).map((r) => r.lowest))
  const read = reads.flatMap((r) => r.entries)
  const nth = read.map((e) => e.date).sort().reverse()[limit - 1]
  const from = latest([known, nth].filter((d): d is IsoDate => d !== undefined && d !== null))
  const inPage = (date: IsoDate) => (from === null || date >= from) && (before === undefined || date < before)
  const documents = (
    await Promise.all(
      sources.map(async (s, i) => {
        const r = reads[i]!
        // A full read that stopped on the first day may have more rows that day: read the day whole.
        if (from !== null && r.full && r.lowest === from) return [...r.entries.filter((e) => e.date > from), ...(await s.onDay(from))]
        return r.entries.filter((e) => inPage(e.date))
      }),
    )
  ).flat()
  const earlier =
    from !== null &&
    (read.some((e) => e.date < from) || (await Promise.all(sources.filter((_, i) => reads[i]!.full).map((s) => s.anyBefore(from)))).some(Boolean))
  const discounts = await discountsOf(ctx, customerId, documents, inPage)
  const entries = [...documents, ...discounts].sort(compareEntries)
  const opening = entries.reduce((b, e) => b - (e.debit - e.credit), closing)
  let balance = opening
  const rows = entries.map((e): LedgerRow => {
    balance += e.debit - e.credit
    return { ...e, balance }
  })
  return { rows, opening, next: earlier && from !== null ? { before: from, balance: opening } : null }
}

/** The discount rows of the page's payments, named after the invoice they settled. */
async function discountsOf(ctx: Ctx, customerId: string, documents: LedgerEntry[], dated: (d: IsoDate) => boolean): Promise<LedgerEntry[]> {
  const { db } = ctx
  const paymentIds = documents.filter((e) => e.kind === 'payment').map((e) => e.documentId)
  if (paymentIds.length === 0) return []
  // One request per payment, all sent at once (an anyOf walks a cursor, one round trip per row).
  const perPayment = await Promise.all(paymentIds.map((id) => db.allocations.where('paymentId').equals(id).toArray()))
  const allocations = perPayment.flat().filter((a) => a.discount > 0 && a.customerId === customerId && dated(a.date))
  if (allocations.length === 0) return []
  const numberOf = new Map(documents.filter((e) => e.kind === 'invoice').map((e) => [e.documentId, e.reference]))
  const missing = [...new Set(allocations.map((a) => a.invoiceId).filter((id) => !numberOf.has(id)))]
  for (const inv of await db.invoices.bulkGet(missing)) if (inv && inv.customerId === customerId) numberOf.set(inv.id, inv.fullNumber)
  return discountEntries(allocations, numberOf)
}

/**
 * The first `pages` pages put together (what the customer page shows after "load earlier" was pressed pages - 1
 * times): rows oldest first, the balance before them, and the cursor of the page after them.
 */
export async function statementPages(ctx: Ctx, customerId: string, pages: number, limit = STATEMENT_PAGE_SIZE): Promise<StatementPage> {
  const { db } = ctx
  return db.transaction('r', [db.customers, db.invoices, db.creditNotes, db.payments, db.allocations], async () => {
    let page = await statementPage(ctx, customerId, { limit })
    let rows = page.rows
    for (let i = 1; i < pages && page.next; i++) {
      page = await statementPage(ctx, customerId, { after: page.next, limit })
      rows = [...page.rows, ...rows]
    }
    return { rows, opening: page.opening, next: page.next }
  })
}
