/**
 * The daily work queue read from the database through indexes only, then computed by the domain (computeQueue).
 *
 * Which customers: those with open invoices (one customer summary each, schema v11's summaryBuckets: the customer's open
 * invoices as columns, the customer fields the queue shows with the balance, and the customer's two latest
 * interactions), those with a promise whose date is in the window (index promiseDate: from PROMISE_LOOKBACK_DAYS ago
 * on, so due, pending and broken promises count even when every invoice is paid) and those snoozed until today or
 * later (index until). For them:
 *   - the customer fields and balance from the summary; the whole customer row only for the few customers without
 *     one (or whose row was written before it kept the balance);
 *   - the step records covering an open invoice from the summaries (schema v12: years of letters about invoices
 *     paid long ago change nothing in the queue), by customerId only for a summary written before it kept them; the
 *     snoozes in force and the disputes still open (indexes until, resolvedOn: a snooze that ended or a resolved
 *     dispute changes nothing in the queue);
 *   - payments via [customerId+date], only in the windows a promise that may be broken looks at
 *     (promisePaymentWindows: grace over, nothing logged after the promise date), known once the interactions are;
 *   - of their interactions only what the queue looks at, not years of history: the window's promises (pauses,
 *     promises due today, broken promises) and each customer's two latest interactions (the `lastContacts` row
 *     schema v9 maintains, one per customer, copied into the summary). The queue asks of the other interactions only
 *     "is there one on or after day D" (no contact since an invoice was issued) and "is there one, other than this
 *     promise, after its promise date" (a follow-up); the latest answers the first, the latest other than the
 *     promise (the latest or the one before it) the second, exactly as the whole history would
 *     (repos/lastContacts.ts).
 */
import { addDays } from '../../../domain/dates'
import { profilesById } from '../../../domain/collections/profiles'
import {
  computeQueue,
  promisePaymentWindows,
  type QueueCustomer,
  type QueueInput,
  type QueueInteraction,
  type QueueInvoice,
  type WorkQueueItem,
} from '../../../domain/collections/queue'
import type { ScheduleStepRecord } from '../../../domain/collections/types'
import type { Cents, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import type { CobroDb } from '../../schema'
import { rowsOfCustomers } from '../customerScaleRead'
import { allSummaries, type CustomerSummaryRow } from '../customerSummaries'
import { COLLECTION_SETTINGS_ID } from './records'
import { withDefaultProfiles, withDefaultSettings } from './seeds'

/** Promises whose date is older than this are no longer looked at (broken ones stay listed for a year). */
export const PROMISE_LOOKBACK_DAYS = 365

/** As the [customerId+at] index orders them (ties by id), so the queue sees interactions in the same order. */
function byCustomerAndTime(a: QueueInteraction, b: QueueInteraction): number {
  return a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Every customer's balance, from the keys of the `balance` index (no customer row is read; the bench compares). */
export async function customerBalances(db: CobroDb): Promise<Map<string, Cents>> {
  const out = new Map<string, Cents>()
  await db.customers.orderBy('balance').eachKey((balance, cursor) => {
    out.set(cursor.primaryKey as string, balance as Cents)
  })
  return out
}

/** The open invoices of the summaries, as the queue takes them. */
function invoicesOf(summaries: readonly CustomerSummaryRow[]): QueueInvoice[] {
  const out: QueueInvoice[] = []
  for (const s of summaries) {
    for (const [i, id] of s.ids.entries()) {
      out.push({
        id,
        customerId: s.customerId,
        fullNumber: s.numbers[i]!,
        issueDate: s.issueDates[i]!,
        dueDate: s.dueDates[i]!,
        openAmount: s.amounts[i]!,
        lifecycle: 'issued',
      })
    }
  }
  return out
}

/** The queue's customers: from the summaries and, for those without a complete one, their whole rows. */
async function customersOf(db: CobroDb, ids: readonly string[], summaries: ReadonlyMap<string, CustomerSummaryRow>): Promise<QueueCustomer[]> {
  const fieldsOf = (id: string) => {
    const fields = summaries.get(id)?.customer
    return fields && typeof fields.balance === 'number' ? { ...fields, balance: fields.balance } : undefined
  }
  const others = ids.filter((id) => !fieldsOf(id))
  const whole = new Map((await rowsOfCustomers(db.customers, others, (c) => c.id)).flatMap((c) => (c ? [[c.id, c] as const] : [])))
  const out: QueueCustomer[] = []
  for (const id of ids) {
    const fields = fieldsOf(id)
    const c = fields ? { id, ...fields } : whole.get(id)
    if (c) out.push(c)
  }
  return out
}

/** Each customer's latest interactions: from its summary, else (no summary, or one written before) lastContacts. */
async function latestOf(db: CobroDb, ids: readonly string[], summaries: ReadonlyMap<string, CustomerSummaryRow>): Promise<QueueInteraction[]> {
  const out: QueueInteraction[] = []
  const others: string[] = []
  for (const id of ids) {
    const latest = summaries.get(id)?.latest
    if (latest) out.push(...latest)
    else others.push(id)
  }
  for (const r of await rowsOfCustomers(db.lastContacts, others, (x) => x.customerId)) if (r) out.push(...r.latest)
  return out
}

/**
 * The step records the schedule can use: those covering an open invoice, kept by the summaries; for a summary that
 * does not know them (written before v12), all of its customer's. Customers without open invoices need none.
 */
async function stepsOf(db: CobroDb, summaries: readonly CustomerSummaryRow[]): Promise<ScheduleStepRecord[]> {
  const out: ScheduleStepRecord[] = []
  const others: string[] = []
  for (const s of summaries) {
    if (s.steps) out.push(...s.steps)
    else others.push(s.customerId)
  }
  if (others.length > 0) out.push(...(await db.stepRecords.where('customerId').anyOf(others).toArray()))
  return out
}

/**
 * Assembles the queue's input for `today` (exported for tests and for screens that need the raw rows). `phases`, when
 * given, gets the ms each step took (the benchmark's breakdown).
 */
export async function loadQueueInput(ctx: Ctx, today: IsoDate, phases?: Record<string, number>): Promise<QueueInput> {
  let t = performance.now()
  const phase = (name: string) => {
    if (!phases) return
    const now = performance.now()
    phases[name] = Math.round(now - t)
    t = now
  }
  const { db } = ctx
  const tables = [
    db.summaryBuckets, db.lastContacts, db.customers, db.interactions, db.payments, db.stepRecords, db.disputes, db.snoozes,
    db.collectionProfiles, db.collectionSettings,
  ]
  return db.transaction('r', tables, async () => {
    // What does not depend on which customers are in scope, at once (IndexedDB answers in turn while the page
    // decodes the rows already answered).
    const [summaries, promises, snoozed, openDisputes, profiles, stored] = await Promise.all([
      allSummaries(db.summaryBuckets),
      db.interactions.where('promiseDate').between(addDays(today, -PROMISE_LOOKBACK_DAYS), '\uffff', true, true).toArray(),
      db.snoozes.where('until').aboveOrEqual(today).toArray(),
      db.disputes.where('resolvedOn').equals('').toArray(),
      db.collectionProfiles.toArray(),
      db.collectionSettings.get(COLLECTION_SETTINGS_ID),
    ])
    phase('readScopeMs')
    const inScope = new Set<string>()
    for (const s of summaries) inScope.add(s.customerId)
    for (const p of promises) inScope.add(p.customerId)
    for (const s of snoozed) inScope.add(s.customerId)
    const ids = [...inScope]

    const bySummary = new Map(summaries.map((s) => [s.customerId, s]))
    const [customers, stepRecords, latest] = await Promise.all([
      customersOf(db, ids, bySummary),
      stepsOf(db, summaries),
      latestOf(db, ids, bySummary),
    ])
    phase('readCustomersStepsLatestMs')
    const byId = new Map<string, QueueInteraction>()
    for (const i of [...promises, ...latest]) byId.set(i.id, i)
    const interactions = [...byId.values()].sort(byCustomerAndTime)
    const settings = withDefaultSettings(stored)
    // Only the payments a promise that may be broken looks at (a few customers, a few weeks each), each window by
    // [customerId+date].
    const windows = [...promisePaymentWindows(interactions, settings, today)]
    const payments = await Promise.all(
      windows.map(([id, w]) => db.payments.where('[customerId+date]').between([id, w.from], [id, w.to], true, true).toArray()),
    )
    phase('readPaymentWindowsMs')
    if (phases) phases.paymentWindows = windows.length
    return {
      customers,
      openInvoices: invoicesOf(summaries),
      stepRecords,
      disputes: openDisputes.filter((d) => inScope.has(d.customerId)),
      snoozes: snoozed,
      interactions,
      payments: payments.flat(),
      profiles: profilesById(withDefaultProfiles(profiles)),
      settings,
    }
  })
}

/** The day's work: one item per customer with something to do or to show, most urgent first. */
export async function loadWorkQueue(ctx: Ctx, today: IsoDate): Promise<WorkQueueItem[]> {
  return computeQueue(await loadQueueInput(ctx, today), today)
}
