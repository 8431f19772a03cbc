/**
 * The read operations, called as the screens call them (features/<name>/hooks.ts): customer search, the customer
 * page with its statement, the invoice list (status counts, a status page, a page deep in the list by key), aging
 * today and at a past date, the daily work queue; and the raw limits they are compared with.
 */
import Dexie from 'dexie'
import { addDays } from '../domain/dates'
import type { Invoice } from '../domain/types'
import type { Ctx } from '../db/context'
import { getCustomer, listCustomersPage, searchCustomers, topDebtors } from '../db/repos/customers'
import { countByStatus, listInvoices, openInvoicesOf } from '../db/repos/invoices'
import { overduePage, type OverduePageStats } from '../db/repos/invoiceQueries'
import { timelineOf } from '../db/repos/interactions'
import { customerLedger } from '../db/repos/statement'
import { stepRecordsOf } from '../db/repos/collections/steps'
import { customerInterest, openInvoiceInterest } from '../db/repos/collections/interest'
import { statementPages } from '../db/repos/statementPage'
import { confirmationsOf } from '../db/repos/reports/confirmations'
import { getCompany } from '../db/repos/company'
import { agingReport } from '../db/repos/reports/aging'
import { readInvoiceCounts } from '../db/repos/invoiceCounters'
import { loadQueueInput, loadWorkQueue } from '../db/repos/collections/queue'
import { computeQueue } from '../domain/collections/queue'
import { todayScreenReads } from './todayProbe'
import type { OpResult } from './protocol'
import { sample, timed } from './timing'
import { agingPastParts } from './agingProbe'
import { agingV9Path, queueReads } from './summaryProbe'

/** Invoice list page size (features/invoices/hooks.ts PAGE_SIZE). */
const PAGE = 50
/** The deep page of the paid list: page 100, i.e. after 4,950 rows. */
export const DEEP_PAGE = 100

export async function getAll(ctx: Ctx, runs: number): Promise<OpResult> {
  return sample('baseline.getAll', runs, false, async () => ({ rows: (await ctx.db.invoices.toArray()).length }))
}

/** One indexed range: the last 12 months of invoices by issue date (about a fifth of a five-year table). */
export async function range(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const from = addDays(today, -365)
  return sample('baseline.range', runs, false, async () => ({
    rows: (await ctx.db.invoices.where('issueDate').between(from, today, true, true).toArray()).length,
    index: 'issueDate, last 365 days',
  }))
}

/** Queries a person types: a 4-letter name prefix, a whole name word, a tax id prefix, a customer code. */
async function searchQueries(ctx: Ctx): Promise<string[]> {
  const keys = (await ctx.db.customers.toCollection().primaryKeys()) as string[]
  const picks = await ctx.db.customers.bulkGet([0.1, 0.35, 0.6, 0.85].map((f) => keys[Math.floor(f * keys.length)]!))
  const out: string[] = []
  picks.forEach((c, i) => {
    if (!c) return
    const words = c.legalName.split(/\s+/).filter((w) => w.length >= 4)
    const word = words[i % Math.max(1, words.length)] ?? c.legalName
    out.push([word.slice(0, 4), word, c.taxId.slice(0, 6), c.code][i % 4]!.toLowerCase())
  })
  return out
}

export async function customerSearch(ctx: Ctx, runs: number): Promise<OpResult> {
  const queries = await searchQueries(ctx)
  let hits = 0
  const r = await sample('customers.search', runs, true, async (i) => {
    const q = queries[(i + queries.length) % queries.length]!
    hits = (await searchCustomers(ctx, q, 50)).length
    return { queries: queries.join(' | '), lastHits: hits }
  })
  const firstPage = await listCustomersPage(ctx, { limit: 50 })
  r.detail.firstPageRows = firstPage.length
  return r
}

/**
 * What CustomerPage loads up front (hooks of the page and its cards), for the customer who owes most: the first
 * key page of the statement (useStatement), the interest on the invoices still open (InterestCard), the overdue
 * figure summed from the open invoices. What the user asks for later is timed alone once, as details: the whole
 * ledger (customerLedger, what the statement exports read for their period) and the interest with the invoices
 * paid late (customerInterest).
 */
export async function customerPage(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const [top] = await topDebtors(ctx, 1)
  if (!top) throw new Error('no debtor')
  const parts = {
    customer: () => getCustomer(ctx, top.id),
    company: () => getCompany(ctx),
    open: () => openInvoicesOf(ctx, top.id),
    statement: () => statementPages(ctx, top.id, 1),
    timeline: () => timelineOf(ctx, top.id),
    steps: () => stepRecordsOf(ctx, top.id),
    confirmations: () => confirmationsOf(ctx, top.id, 5),
    interest: () => openInvoiceInterest(ctx, top.id, today).catch(() => null),
  }
  const r = await sample('customers.page', runs, true, async () => {
    const [customer, , open, statement, timeline, steps, confirmations, interest] = await Promise.all([
      parts.customer(),
      parts.company(),
      parts.open(),
      parts.statement(),
      parts.timeline(),
      parts.steps(),
      parts.confirmations(),
      parts.interest(),
    ])
    return {
      customer: customer?.legalName ?? '',
      // The page sums what is past due from the open invoices it reads anyway (CustomerPage, overdueOf).
      overdue: open.reduce((sum, inv) => (inv.dueDate < today ? sum + inv.openAmount : sum), 0),
      openInvoices: open.length,
      statementRows: statement.rows.length,
      statementHasEarlier: statement.next ? 'yes' : 'no',
      timelineRows: timeline.length,
      stepRecords: steps.length,
      confirmations: confirmations.length,
      openInterestRows: interest ? interest.rows.length : 0,
      closedInvoices: interest ? interest.closedInvoices : 0,
    }
  })
  // Where the time goes: each read alone, once (the page runs them together).
  for (const [name, read] of Object.entries(parts) as Array<[string, () => Promise<unknown>]>) r.detail[`${name}AloneMs`] = Math.round((await timed(read)).ms)
  // On demand only (not in the figure): the whole history the page no longer reads up front.
  const ledger = await timed(() => customerLedger(ctx, top.id))
  r.detail.onDemandFullLedgerMs = Math.round(ledger.ms)
  r.detail.onDemandFullLedgerRows = ledger.value.length
  const all = await timed(() => customerInterest(ctx, top.id, today).catch(() => null))
  r.detail.onDemandPaidLateInterestMs = Math.round(all.ms)
  r.detail.onDemandInterestRows = all.value ? all.value.length : 0
  return r
}

export async function statusCounts(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const r = await sample('invoices.statusCounts', runs, true, async () => {
    const c = await countByStatus(ctx, today)
    return { open: c.open, overdue: c.overdue, partiallyPaid: c.partiallyPaid, paid: c.paid, credited: c.credited }
  })
  // The reads countByStatus makes, each alone once: the maintained counters and the partly paid not yet due.
  const { db } = ctx
  const ms = async (f: () => Promise<unknown>) => Math.round((await timed(f)).ms)
  r.detail.countersReadMs = await ms(() => readInvoiceCounts(db, today))
  r.detail.counterRows = await db.counters.count()
  r.detail.partialCountMs = await ms(() => db.invoices.where('[isPartial+dueDate]').between([1, today], [1, Dexie.maxKey]).count())
  return r
}

export async function overduePage1(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const q = { status: 'overdue' as const, asOf: today, limit: PAGE }
  const r = await sample('invoices.overduePage1', runs, true, async () => ({
    rows: (await listInvoices(ctx, q)).length,
  }))
  // Where the time goes, once: the open items walked by due date, then the page's invoice rows.
  const stats: OverduePageStats = { itemsRead: 0, itemsWalked: 0, steps: 0, walkMs: 0, rowsMs: 0 }
  await overduePage(ctx, q, undefined, stats)
  r.detail.openItemsRead = stats.itemsRead
  r.detail.openItemsWalked = stats.itemsWalked
  r.detail.walkSteps = stats.steps
  r.detail.walkMs = Math.round(stats.walkMs)
  r.detail.pageRowsMs = Math.round(stats.rowsMs)
  return r
}

/** Page DEEP_PAGE of the paid invoices: the key of page 99's last row is found first (untimed), as scrolling would. */
export async function paidDeepPage(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  let after: { issueDate: string; id: string } | undefined
  for (let p = 1; p < DEEP_PAGE; p++) {
    const page: Invoice[] = await listInvoices(ctx, { status: 'paid', asOf: today, limit: PAGE, after })
    const last = page[page.length - 1]
    if (!last) break
    after = { issueDate: last.issueDate, id: last.id }
  }
  return sample('invoices.paidDeepPage', runs, true, async () => ({
    page: DEEP_PAGE,
    rows: (await listInvoices(ctx, { status: 'paid', asOf: today, limit: PAGE, after })).length,
    after: after ? after.issueDate : '',
  }))
}

export async function agingToday(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const r = await sample('aging.today', runs, true, async () => {
    const report = await agingReport(ctx, { asOf: today })
    return { method: report.method, customers: report.rows.length, invoices: report.rows.reduce((n, row) => n + row.invoices.length, 0) }
  })
  Object.assign(r.detail, await agingV9Path(ctx, today))
  return r
}

/** A past date: the last year-end (the accountant's question), rebuilt from the history. */
export function pastDate(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-12-31`
}

export async function agingPast(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const asOf = pastDate(today)
  const r = await sample('aging.past', runs, false, async () => {
    const report = await agingReport(ctx, { asOf })
    return { asOf, method: report.method, customers: report.rows.length }
  })
  Object.assign(r.detail, await agingPastParts(ctx, asOf))
  return r
}

export async function queue(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const r = await sample('queue.today', runs, true, async () => {
    const items = await loadWorkQueue(ctx, today)
    return { items: items.length, withLetters: items.filter((i) => i.letters.length > 0).length }
  })
  // Reading (loadQueueInput) against computing (computeQueue), once.
  const phases: Record<string, number> = {}
  const input = await timed(() => loadQueueInput(ctx, today, phases))
  r.detail.readMs = Math.round(input.ms)
  Object.assign(r.detail, phases)
  r.detail.computeMs = Math.round((await timed(async () => computeQueue(input.value, today))).ms)
  r.detail.openInvoicesRead = input.value.openInvoices.length
  r.detail.interactionsRead = input.value.interactions.length
  r.detail.paymentsRead = input.value.payments.length
  Object.assign(r.detail, await queueReads(ctx, today))
  // What the Today screen reads besides the queue for its first render: the first page of each section shown open
  // (features/collections/today/TodaySection.tsx; the paused one starts collapsed and reads nothing), each page's
  // customers, the open invoices its items name, snoozes and disputes (todayRowsOf); and its parts.
  Object.assign(r.detail, await todayScreenReads(ctx, today))
  return r
}

