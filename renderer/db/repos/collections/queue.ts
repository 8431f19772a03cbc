/**
 * The daily work queue read from the database through indexes only, then computed by the domain (computeQueue).
 *
 * Which customers: those with open invoices ([isOpen+dueDate]), those with a promise whose date is in the window
 * (index promiseDate: from PROMISE_LOOKBACK_DAYS ago on, so due, pending and broken promises count even when every
 * invoice is paid) and those snoozed until today or later (index until). For them: step records, disputes and
 * snoozes by customerId; interactions via [customerId+at] since the oldest open invoice's issue date (or the day
 * the earliest window promise was logged, if earlier); payments via [customerId+date] since that promise day.
 */
import Dexie from 'dexie'
import { addDays } from '../../../domain/dates'
import { profilesById } from '../../../domain/collections/profiles'
import { computeQueue, type QueueInput, type WorkQueueItem } from '../../../domain/collections/queue'
import type { Interaction, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import type { StoredInvoice } from '../../stored'
import { COLLECTION_SETTINGS_ID } from './records'
import { withDefaultProfiles, withDefaultSettings } from './seeds'

/** Promises whose date is older than this are no longer looked at (broken ones stay listed for a year). */
export const PROMISE_LOOKBACK_DAYS = 365

const dayOf = (at: string): IsoDate => at.slice(0, 10)

function minDate(a: IsoDate | undefined, b: IsoDate): IsoDate {
  return a === undefined || b < a ? b : a
}

/** Assembles the queue's input for `today` (exported for tests and for screens that need the raw rows). */
export async function loadQueueInput(ctx: Ctx, today: IsoDate): Promise<QueueInput> {
  const { db } = ctx
  const tables = [
    db.invoices, db.customers, db.interactions, db.payments, db.stepRecords, db.disputes, db.snoozes,
    db.collectionProfiles, db.collectionSettings,
  ]
  return db.transaction('r', tables, async () => {
    const open = (await db.invoices
      .where('[isOpen+dueDate]')
      .between([1, Dexie.minKey], [1, Dexie.maxKey], true, true)
      .toArray()) as StoredInvoice[]
    const promises: Interaction[] = await db.interactions
      .where('promiseDate')
      .between(addDays(today, -PROMISE_LOOKBACK_DAYS), '\uffff', true, true)
      .toArray()
    const snoozed = await db.snoozes.where('until').aboveOrEqual(today).toArray()

    // From which day each customer's interactions are needed, and payments (only for promises).
    const interactionsFrom = new Map<string, IsoDate>()
    const paymentsFrom = new Map<string, IsoDate>()
    for (const inv of open) interactionsFrom.set(inv.customerId, minDate(interactionsFrom.get(inv.customerId), inv.issueDate))
    for (const p of promises) {
      const day = dayOf(p.at)
      interactionsFrom.set(p.customerId, minDate(interactionsFrom.get(p.customerId), day))
      paymentsFrom.set(p.customerId, minDate(paymentsFrom.get(p.customerId), day))
    }
    for (const s of snoozed) if (!interactionsFrom.has(s.customerId)) interactionsFrom.set(s.customerId, today)
    const ids = [...interactionsFrom.keys()]

    const rangesFrom = (from: Map<string, IsoDate>) => [...from].map(([id, day]) => [[id, day], [id, Dexie.maxKey]] as const)
    const inclusive = { includeLowers: true, includeUppers: true }
    const [customers, stepRecords, disputes, snoozes, interactions, payments, profiles, settings] = await Promise.all([
      db.customers.bulkGet(ids),
      db.stepRecords.where('customerId').anyOf(ids).toArray(),
      db.disputes.where('customerId').anyOf(ids).toArray(),
      db.snoozes.where('customerId').anyOf(ids).toArray(),
      ids.length ? db.interactions.where('[customerId+at]').inAnyRange(rangesFrom(interactionsFrom), inclusive).toArray() : [],
      paymentsFrom.size ? db.payments.where('[customerId+date]').inAnyRange(rangesFrom(paymentsFrom), inclusive).toArray() : [],
      db.collectionProfiles.toArray(),
      db.collectionSettings.get(COLLECTION_SETTINGS_ID),
    ])
    return {
      customers: customers.filter((c) => c !== undefined),
      openInvoices: open,
      stepRecords,
      disputes,
      snoozes,
      interactions,
      payments,
      profiles: profilesById(withDefaultProfiles(profiles)),
      settings: withDefaultSettings(settings),
    }
  })
}

/** The day's work: one item per customer with something to do or to show, most urgent first. */
export async function loadWorkQueue(ctx: Ctx, today: IsoDate): Promise<WorkQueueItem[]> {
  return computeQueue(await loadQueueInput(ctx, today), today)
}
