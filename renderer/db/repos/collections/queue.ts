/**
 * The daily work queue read from the database through indexes only, then computed by the domain (computeQueue).
 *
 * Which customers: those with open invoices (the slim `openItems` rows schema v9 maintains), those with a promise
 * whose date is in the window (index promiseDate: from PROMISE_LOOKBACK_DAYS ago on, so due, pending and broken
 * promises count even when every invoice is paid) and those snoozed until today or later (index until). For them:
 * step records by customerId, the snoozes in force and the disputes still open (indexes until, resolvedOn: a
 * snooze that ended or a resolved dispute changes nothing in the queue), payments via
 * [customerId+date] since the earliest window promise was logged, and of their interactions only what the queue
 * looks at, not years of history:
 *   - the window's promises (pauses, promises due today, broken promises);
 *   - each customer's two latest interactions (the `lastContacts` rows schema v9 maintains, one per customer).
 *     The queue asks of the other interactions only "is there one on or after day D" (no contact since an invoice
 *     was issued) and "is there one, other than this promise, after its promise date" (a follow-up); the latest
 *     answers the first, the latest other than the promise (the latest or the one before it) the second, exactly
 *     as the whole history would (repos/lastContacts.ts).
 */
import Dexie from 'dexie'
import { addDays } from '../../../domain/dates'
import { profilesById } from '../../../domain/collections/profiles'
import { computeQueue, type QueueInput, type QueueInteraction, type WorkQueueItem } from '../../../domain/collections/queue'
import type { IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import { rowsOfCustomers } from '../customerScaleRead'
import { COLLECTION_SETTINGS_ID } from './records'
import { withDefaultProfiles, withDefaultSettings } from './seeds'

/** Promises whose date is older than this are no longer looked at (broken ones stay listed for a year). */
export const PROMISE_LOOKBACK_DAYS = 365

const dayOf = (at: string): IsoDate => at.slice(0, 10)

function minDate(a: IsoDate | undefined, b: IsoDate): IsoDate {
  return a === undefined || b < a ? b : a
}

/** As the [customerId+at] index orders them (ties by id), so the queue sees interactions in the same order. */
function byCustomerAndTime(a: QueueInteraction, b: QueueInteraction): number {
  return a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Assembles the queue's input for `today` (exported for tests and for screens that need the raw rows). */
export async function loadQueueInput(ctx: Ctx, today: IsoDate): Promise<QueueInput> {
  const { db } = ctx
  const tables = [
    db.openItems, db.lastContacts, db.customers, db.interactions, db.payments, db.stepRecords, db.disputes, db.snoozes,
    db.collectionProfiles, db.collectionSettings,
  ]
  return db.transaction('r', tables, async () => {
    const [open, promises, snoozed] = await Promise.all([
      db.openItems.toArray(),
      db.interactions.where('promiseDate').between(addDays(today, -PROMISE_LOOKBACK_DAYS), '\uffff', true, true).toArray(),
      db.snoozes.where('until').aboveOrEqual(today).toArray(),
    ])
    open.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

    // Which customers, and from which day their payments are needed (only for promises).
    const inScope = new Set<string>()
    const paymentsFrom = new Map<string, IsoDate>()
    for (const inv of open) inScope.add(inv.customerId)
    for (const p of promises) {
      inScope.add(p.customerId)
      paymentsFrom.set(p.customerId, minDate(paymentsFrom.get(p.customerId), dayOf(p.at)))
    }
    for (const s of snoozed) inScope.add(s.customerId)
    const ids = [...inScope]

    const rangesFrom = (from: Map<string, IsoDate>) => [...from].map(([id, day]) => [[id, day], [id, Dexie.maxKey]] as const)
    const inclusive = { includeLowers: true, includeUppers: true }
    const [customers, stepRecords, openDisputes, latest, payments, profiles, settings] = await Promise.all([
      rowsOfCustomers(db.customers, ids, (c) => c.id),
      db.stepRecords.where('customerId').anyOf(ids).toArray(),
      db.disputes.where('resolvedOn').equals('').toArray(),
      rowsOfCustomers(db.lastContacts, ids, (r) => r.customerId),
      paymentsFrom.size ? db.payments.where('[customerId+date]').inAnyRange(rangesFrom(paymentsFrom), inclusive).toArray() : [],
      db.collectionProfiles.toArray(),
      db.collectionSettings.get(COLLECTION_SETTINGS_ID),
    ])
    const interactions = new Map<string, QueueInteraction>()
    for (const i of [...promises, ...latest.flatMap((r) => r?.latest ?? [])]) interactions.set(i.id, i)
    return {
      customers: customers.filter((c) => c !== undefined),
      openInvoices: open,
      stepRecords,
      disputes: openDisputes.filter((d) => inScope.has(d.customerId)),
      snoozes: snoozed,
      interactions: [...interactions.values()].sort(byCustomerAndTime),
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
