/**
 * The match index kept between calls while nothing it is built from has changed (issue 7). The bank queue builds it
 * again on every refresh (after an import, a line set aside...), and at 200,000 invoices reading what it is built from
 * takes about 250 ms (2,000 customers' full rows, 8,900 open items), for an index that is then the same as before.
 *
 * It is built from four tables: customers, open items, payer accounts and interactions (promises). Dexie's
 * 'storagemutated' event names the tables each committed write transaction touched, in this window or another
 * (https://dexie.org/docs/Dexie/Dexie.on.storagemutated): a write to any of the four, or to the whole database, drops
 * what is kept for that database. Kept per database object and per day (the promises' window moves with `today`).
 *
 * A kept index is handed out after one count per table: the counts must still be those it was built with (belt and
 * braces), and inside a live query (the queue's useLiveQuery) they make it observe the four tables as the full reads
 * did, so it is still run again when one of them changes.
 */
import Dexie from 'dexie'
import type { MatchIndex } from '../../../domain/bank/matching'
import type { CobroDb } from '../../schema'

export const SOURCE_TABLES = ['customers', 'openItems', 'payerAccounts', 'interactions'] as const

/** Days kept per database (today's, and the booking dates confirmations asked for lately). */
const DAYS_KEPT = 4

interface Kept {
  index: MatchIndex
  counts: string
}

/** Writes to a source table seen per database name ('*': a change of whole databases). */
const generations = new Map<string, number>()
const kept = new WeakMap<CobroDb, { generation: string; byDay: Map<string, Kept> }>()

/** The database a mutated part belongs to when it is one of a source table: 'idb://<database>/<table>/<index>'. */
function sourceDatabase(part: string): string | null {
  const m = /^idb:\/\/(.*)\/([^/]*)\/[^/]*$/.exec(part)
  return m && (SOURCE_TABLES as readonly string[]).includes(m[2] ?? '') ? (m[1] ?? null) : null
}

const bump = (name: string) => generations.set(name, (generations.get(name) ?? 0) + 1)

Dexie.on('storagemutated', (parts) => {
  if ('all' in parts) bump('*')
  for (const part of Object.keys(parts)) {
    const name = sourceDatabase(part)
    if (name !== null) bump(name)
  }
})

const generationOf = (db: CobroDb) => `${generations.get(db.name) ?? 0}|${generations.get('*') ?? 0}`

/** The rows per source table, in the ranges loadMatchIndex reads. */
async function countSources(db: CobroDb, promiseRange: readonly [string, string]): Promise<string> {
  const counts = await Promise.all([
    db.customers.count(),
    db.openItems.count(),
    db.payerAccounts.count(),
    db.interactions.where('promiseDate').between(promiseRange[0], promiseRange[1], true, true).count(),
  ])
  return counts.join('|')
}

/**
 * The index for `today`: the kept one when no source table was written since it was built, else `build()`, kept for
 * the next call unless a source table was written while it was being built.
 */
export async function keptMatchIndex(
  db: CobroDb,
  today: string,
  promiseRange: readonly [string, string],
  build: () => Promise<MatchIndex>,
): Promise<MatchIndex> {
  const generation = generationOf(db)
  let entry = kept.get(db)
  if (entry?.generation !== generation) {
    entry = { generation, byDay: new Map() }
    kept.set(db, entry)
  }
  const hit = entry.byDay.get(today)
  if (hit) {
    const counts = await countSources(db, promiseRange)
    if (counts === hit.counts && generationOf(db) === generation) return hit.index
  }
  const [counts, index] = await Promise.all([countSources(db, promiseRange), build()])
  if (generationOf(db) === generation) {
    entry.byDay.delete(today)
    entry.byDay.set(today, { index, counts })
    if (entry.byDay.size > DAYS_KEPT) entry.byDay.delete(entry.byDay.keys().next().value ?? '')
  }
  return index
}
