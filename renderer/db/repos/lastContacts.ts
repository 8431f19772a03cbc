/**
 * Each customer's two latest interactions (schema v9 table `lastContacts`, one row per customer), so the daily work
 * queue does not read years of calls, e-mails and notes. The queue asks of a customer's history only "is there an
 * interaction on or after day D" and "is there one, other than this promise, after its date": the latest answers
 * the first, the latest other than the promise (the latest or the one before it) the second.
 *
 * Interactions are only ever added. Every write goes through `addInteraction` / `bulkPutInteractions`, in the
 * caller's transaction, which must include `interactionWriteTables(db)` (Dexie refuses the write otherwise). The
 * customer's summary row (customerSummaries.ts), if it has one, keeps a copy of `latest`.
 * Order: newest first as the `[customerId+at]` index read backwards gives them (at, then id, descending).
 */
import Dexie, { type Table, type Transaction } from 'dexie'
import type { QueueInteraction } from '../../domain/collections/queue'
import type { Interaction } from '../../domain/types'
import type { CobroDb } from '../schema'
import { noteLatestContacts } from './customerSummaries'
import type { SummaryBucketRow } from './summaryBuckets'

export interface LastContactsRow {
  customerId: string
  /** At most two, newest first; without the text (the queue never shows it). */
  latest: QueueInteraction[]
}

const KEEP = 2

export function interactionWriteTables(
  db: CobroDb,
): [Table<Interaction, string>, Table<LastContactsRow, string>, Table<SummaryBucketRow, number>] {
  return [db.interactions, db.lastContacts, db.summaryBuckets]
}

function slim(i: Interaction | QueueInteraction): QueueInteraction {
  const { id, customerId, type, at, outcome, promiseDate, promiseAmount, invoiceIds } = i
  return { id, customerId, type, at, outcome, promiseDate, promiseAmount, invoiceIds }
}

function newestFirst(a: QueueInteraction, b: QueueInteraction): number {
  return a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

async function note(db: CobroDb, rows: readonly Interaction[]): Promise<void> {
  const table = db.lastContacts
  const byCustomer = new Map<string, QueueInteraction[]>()
  for (const r of rows) byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), slim(r)])
  const ids = [...byCustomer.keys()]
  const existing = await table.bulkGet(ids)
  const latest = ids.map((customerId, i) => {
    const merged = new Map<string, QueueInteraction>()
    for (const x of [...(existing[i]?.latest ?? []), ...byCustomer.get(customerId)!]) merged.set(x.id, x)
    return { customerId, latest: [...merged.values()].sort(newestFirst).slice(0, KEEP) }
  })
  await table.bulkPut(latest)
  await noteLatestContacts(db, latest)
}

export async function addInteraction(db: CobroDb, row: Interaction): Promise<void> {
  await db.interactions.add(row)
  await note(db, [row])
}

/** Many at once (demo loader, benchmark top-up). */
export async function bulkPutInteractions(db: CobroDb, rows: Interaction[]): Promise<void> {
  await db.interactions.bulkPut(rows)
  if (rows.length > 0) await note(db, rows)
}

/** The v9 backfill: each customer's two latest interactions from the `[customerId+at]` index, read backwards. */
export async function backfillLastContacts(tx: Transaction): Promise<void> {
  const interactions = tx.table<Interaction, string>('interactions')
  const table = tx.table<LastContactsRow, string>('lastContacts')
  const customerIds = (await interactions.orderBy('customerId').uniqueKeys()) as string[]
  const latest = await Promise.all(
    customerIds.map((id) =>
      interactions.where('[customerId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).reverse().limit(KEEP).toArray(),
    ),
  )
  await table.clear()
  await table.bulkPut(customerIds.map((customerId, i) => ({ customerId, latest: latest[i]!.map(slim).sort(newestFirst) })))
}
