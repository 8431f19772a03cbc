/**
 * Where aging as of today and the work queue spend their time (aging.today's and queue.today's detail fields), and
 * the same run's figures for what schema v9 read in their place (the open items, the whole customer rows, the
 * payments since each customer's earliest promise), so that one run compares the two on the same machine load.
 */
import Dexie from 'dexie'
import { addDays } from '../domain/dates'
import { agingFromOpenItems } from '../domain/reports/aging'
import type { Ctx } from '../db/context'
import { customerBalances, PROMISE_LOOKBACK_DAYS } from '../db/repos/collections/queue'
import { rowsOfCustomers } from '../db/repos/customerScaleRead'
import { allSummaries } from '../db/repos/summaryBuckets'
import { timed, type Detail } from './timing'

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0)

/** Today's aging as v9 built it (every open item, the customers' whole rows), with today's domain code, 3 times. */
export async function agingV9Path(ctx: Ctx, today: string): Promise<Detail> {
  const { db } = ctx
  const runs: number[] = []
  for (let i = 0; i < 3; i++) {
    const r = await timed(() =>
      db.transaction('r', [db.openItems, db.customers], async () => {
        const open = await db.openItems.toArray()
        const customers = await rowsOfCustomers(db.customers, [...new Set(open.map((o) => o.customerId))], (c) => c.id)
        const items = open.map((o) => ({
          invoice: { id: o.id, fullNumber: o.fullNumber, customerId: o.customerId, issueDate: o.issueDate, dueDate: o.dueDate, customer: { legalName: o.customerName } },
          open: o.openAmount,
        }))
        return agingFromOpenItems({ items, customers, asOf: today })
      }),
    )
    runs.push(r.ms)
  }
  const summaries = await timed(() => allSummaries(db.summaryBuckets))
  return { v9PathMedianMs: median(runs), summariesReadMs: Math.round(summaries.ms), summaryRows: summaries.value.length }
}

/** The queue's reads each alone once, and the reads they replace. */
export async function queueReads(ctx: Ctx, today: string): Promise<Detail> {
  const { db } = ctx
  const ms = async (f: () => Promise<unknown>) => Math.round((await timed(f)).ms)
  const summaries = await timed(() => allSummaries(db.summaryBuckets))
  const ids = summaries.value.map((s) => s.customerId)
  const promises = await timed(() => db.interactions.where('promiseDate').between(addDays(today, -PROMISE_LOOKBACK_DAYS), '\uffff', true, true).toArray())
  const since = new Map<string, string>()
  for (const p of promises.value) {
    const day = p.at.slice(0, 10)
    if (day < (since.get(p.customerId) ?? '\uffff')) since.set(p.customerId, day)
  }
  const ranges = [...since].map(([id, day]) => [[id, day], [id, Dexie.maxKey]] as const)
  return {
    summariesAloneMs: Math.round(summaries.ms),
    customersWithOpenItems: ids.length,
    // What the first v10 code read besides its summaries (v11 keeps both in the summaries).
    v10BalancesAloneMs: await ms(() => customerBalances(db)),
    v10LatestInteractionsAloneMs: await ms(() => db.lastContacts.toArray()),
    stepsAndOpenDisputesAloneMs: await ms(() => Promise.all([db.stepRecords.where('customerId').anyOf(ids).toArray(), db.disputes.where('resolvedOn').equals('').toArray()])),
    stepRecordsOfQueueCustomers: (await db.stepRecords.where('customerId').anyOf(ids).count()),
    stepRecordsInSummaries: summaries.value.reduce((n, s) => n + (s.steps?.length ?? 0), 0),
    openDisputes: await db.disputes.where('resolvedOn').equals('').count(),
    openDisputesAloneMs: await ms(() => db.disputes.where('resolvedOn').equals('').toArray()),
    snoozesProfilesSettingsAloneMs: await ms(() => Promise.all([db.snoozes.where('until').aboveOrEqual(today).toArray(), db.collectionProfiles.toArray(), db.collectionSettings.toArray()])),
    // The step records covering an open invoice only (index *invoiceIds), one request per open invoice.
    stepsByOpenInvoiceAloneMs: await ms(() =>
      Promise.all(summaries.value.flatMap((s) => s.ids.map((id) => db.stepRecords.where('invoiceIds').equals(id).toArray()))),
    ),
    stepsByOpenInvoiceAnyOfAloneMs: await ms(() => db.stepRecords.where('invoiceIds').anyOf(summaries.value.flatMap((s) => s.ids)).toArray()),
    promisesAloneMs: Math.round(promises.ms),
    // What v9 read instead of the summaries, the balances and the promise payment windows.
    v9OpenItemsAloneMs: await ms(() => db.openItems.toArray()),
    v9WholeCustomerRowsAloneMs: await ms(() => db.customers.toArray()),
    v9PaymentsSincePromisesAloneMs: await ms(() =>
      ranges.length ? db.payments.where('[customerId+date]').inAnyRange(ranges, { includeLowers: true, includeUppers: true }).toArray() : Promise.resolve([]),
    ),
  }
}
