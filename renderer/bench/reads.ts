/**
 * The read operations, called as the screens call them (features/<name>/hooks.ts): customer search, the customer
 * page with its statement, the invoice list (status counts, a status page, a page deep in the list by key), aging
 * today and at a past date, the daily work queue; and the raw limits they are compared with.
 */
import Dexie from 'dexie'
import { addDays } from '../domain/dates'
import type { Invoice } from '../domain/types'
import type { Ctx } from '../db/context'
import { customerOverdue, getCustomer, listCustomersPage, searchCustomers, topDebtors } from '../db/repos/customers'
import { countByStatus, listInvoices, openInvoicesOf } from '../db/repos/invoices'
import { timelineOf } from '../db/repos/interactions'
import { customerLedger } from '../db/repos/statement'
import { stepRecordsOf } from '../db/repos/collections/steps'
import { customerInterest } from '../db/repos/collections/interest'
import { agingReport } from '../db/repos/reports/aging'
import { readInvoiceCounts } from '../db/repos/invoiceCounters'
import { loadQueueInput, loadWorkQueue } from '../db/repos/collections/queue'
import { computeQueue } from '../domain/collections/queue'
import type { OpResult } from './protocol'
import { sample, timed } from './timing'

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

/** What CustomerPage loads (hooks of the page and its cards), for the customer who owes most. */
export async function customerPage(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const [top] = await topDebtors(ctx, 1)
  if (!top) throw new Error('no debtor')
  const parts = {
    customer: () => getCustomer(ctx, top.id),
    overdue: () => customerOverdue(ctx, top.id, today),
    open: () => openInvoicesOf(ctx, top.id),
    ledger: () => customerLedger(ctx, top.id),
    timeline: () => timelineOf(ctx, top.id),
    steps: () => stepRecordsOf(ctx, top.id),
    interest: () => customerInterest(ctx, top.id, today).catch(() => null),
  }
  const r = await sample('customers.page', runs, true, async () => {
    const [customer, overdue, open, ledger, timeline, steps, interest] = await Promise.all([
      parts.customer(),
      parts.overdue(),
      parts.open(),
      parts.ledger(),
      parts.timeline(),
      parts.steps(),
      parts.interest(),
    ])
    return {
      customer: customer?.legalName ?? '',
      overdue: overdue,
      openInvoices: open.length,
      ledgerRows: ledger.length,
      timelineRows: timeline.length,
      stepRecords: steps.length,
      interestRows: interest ? interest.length : 0,
    }
  })
  // Where the time goes: each read alone, once (the page runs them together).
  for (const [name, read] of Object.entries(parts) as Array<[string, () => Promise<unknown>]>) r.detail[`${name}AloneMs`] = Math.round((await timed(read)).ms)
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
  return sample('invoices.overduePage1', runs, true, async () => ({
    rows: (await listInvoices(ctx, { status: 'overdue', asOf: today, limit: PAGE })).length,
  }))
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
  return sample('aging.today', runs, true, async () => {
    const r = await agingReport(ctx, { asOf: today })
    return { method: r.method, customers: r.rows.length }
  })
}

/** A past date: the last year-end (the accountant's question), rebuilt from the history. */
export function pastDate(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-12-31`
}

export async function agingPast(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const asOf = pastDate(today)
  return sample('aging.past', runs, false, async () => {
    const r = await agingReport(ctx, { asOf })
    return { asOf, method: r.method, customers: r.rows.length }
  })
}

export async function queue(ctx: Ctx, runs: number, today: string): Promise<OpResult> {
  const r = await sample('queue.today', runs, true, async () => {
    const items = await loadWorkQueue(ctx, today)
    return { items: items.length, withLetters: items.filter((i) => i.letters.length > 0).length }
  })
  // Reading (loadQueueInput) against computing (computeQueue), once.
  const input = await timed(() => loadQueueInput(ctx, today))
  r.detail.readMs = Math.round(input.ms)
  r.detail.computeMs = Math.round((await timed(async () => computeQueue(input.value, today))).ms)
  r.detail.openInvoicesRead = input.value.openInvoices.length
  r.detail.interactionsRead = input.value.interactions.length
  Object.assign(r.detail, await queueReadsAlone(ctx, today))
  return r
}

/** The biggest reads of loadQueueInput (renderer/db/repos/collections/queue.ts), each alone once, same ranges. */
async function queueReadsAlone(ctx: Ctx, today: string): Promise<Record<string, number>> {
  const { db } = ctx
  const open = await timed(() => db.openItems.toArray())
  const ids = [...new Set(open.value.map((i) => i.customerId))]
  const latest = await timed(() => db.lastContacts.bulkGet(ids))
  const keyed = await timed(() => Promise.all([db.stepRecords.where('customerId').anyOf(ids).toArray(), db.disputes.where('resolvedOn').equals('').toArray()]))
  const promises = await timed(() => db.interactions.where('promiseDate').between(addDays(today, -365), '\uffff', true, true).toArray())
  return {
    openItemsAloneMs: Math.round(open.ms),
    latestInteractionsAloneMs: Math.round(latest.ms),
    customersWithOpenItems: ids.length,
    stepsAndOpenDisputesAloneMs: Math.round(keyed.ms),
    promisesAloneMs: Math.round(promises.ms),
  }
}
