/**
 * The floor under bank.import5000's write (its detail fields): the same 5,000 stored rows put again, timed alone, in
 * one readwrite transaction each, as importStatement writes them: through IndexedDB itself (no Dexie), the same with
 * the '' decision fields the rows carried before issue 7 (tables.ts StoredBankLine), through Dexie's bulkPut, and into
 * a store without indexes. Each variant runs three times, interleaved (the machine's load moves), and reports its
 * median. The copies get ids under '~floor:' (after every fingerprint) and are deleted after each put, untimed.
 */
import type { Ctx } from '../db/context'
import { matchInvoiceOf } from '../db/repos/bank/match'
import type { StoredBankLine } from '../db/repos/bank/tables'
import { buildMatchIndex } from '../domain/bank/matching'
import { addDays } from '../domain/dates'
import { timed, type Detail } from './timing'

const PREFIX = '~floor:'
const SCRATCH_DB = 'cobro-bench-floor'
const REPEATS = 3

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'))
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
  })
}

async function rawPut(db: IDBDatabase, store: string, rows: readonly object[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite')
  const s = tx.objectStore(store)
  for (const r of rows) s.put(r)
  await done(tx)
}

async function rawDeleteFloor(db: IDBDatabase, store: string): Promise<void> {
  const tx = db.transaction(store, 'readwrite')
  tx.objectStore(store).delete(IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`))
  await done(tx)
}

/** A scratch database with one store keyed by id and no index (bare structured clone plus the write). */
function openScratch(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(SCRATCH_DB, 1)
    req.onupgradeneeded = () => req.result.createObjectStore('rows', { keyPath: 'id' })
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('scratch database'))
  })
}

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0)

export async function storeFloor(ctx: Ctx, rows: readonly StoredBankLine[]): Promise<Detail> {
  const { db } = ctx
  const copies = rows.map((r) => ({ ...r, id: PREFIX + r.id }))
  const withDecision = copies.map((r) => ({ ...r, paymentId: r.paymentId ?? '', note: r.note ?? '', decidedBy: r.decidedBy ?? '', decidedAt: r.decidedAt ?? '' }))
  const idb = db.backendDB()
  const lines = db.table<StoredBankLine, string>('bankLines')
  const scratch = await openScratch()
  const raw: number[] = []
  const rawDecision: number[] = []
  const dexie: number[] = []
  const noIndex: number[] = []
  try {
    for (let i = 0; i < REPEATS; i++) {
      raw.push((await timed(() => rawPut(idb, 'bankLines', copies))).ms)
      await rawDeleteFloor(idb, 'bankLines')
      rawDecision.push((await timed(() => rawPut(idb, 'bankLines', withDecision))).ms)
      await rawDeleteFloor(idb, 'bankLines')
      dexie.push((await timed(() => db.transaction('rw', lines, () => lines.bulkPut(copies)))).ms)
      await rawDeleteFloor(idb, 'bankLines')
      noIndex.push((await timed(() => rawPut(scratch, 'rows', copies))).ms)
      await rawDeleteFloor(scratch, 'rows')
    }
  } finally {
    scratch.close()
    indexedDB.deleteDatabase(SCRATCH_DB)
  }
  const bytes = new TextEncoder().encode(JSON.stringify(rows)).length
  return {
    floorRawPutMs: median(raw),
    floorRawPutWithDecisionFieldsMs: median(rawDecision),
    floorDexieBulkPutMs: median(dexie),
    floorNoIndexPutMs: median(noIndex),
    storedJsonBytesPerLine: Math.round(bytes / Math.max(1, rows.length)),
  }
}

/** Where matchIndexMs goes: each read of loadMatchIndex alone, then the build from what they read. */
export async function indexParts(ctx: Ctx, today: string): Promise<Detail> {
  const { db } = ctx
  const customers = await timed(() => db.customers.toArray())
  const openItems = await timed(() => db.openItems.toArray())
  const payers = await timed(() => db.payerAccounts.toArray())
  const promises = await timed(() => db.interactions.where('promiseDate').between(addDays(today, -60), addDays(today, 60), true, true).toArray())
  const build = await timed(async () =>
    buildMatchIndex({ customers: customers.value, openInvoices: openItems.value.map(matchInvoiceOf), knownPayers: [], promises: promises.value }),
  )
  return {
    indexCustomersReadMs: Math.round(customers.ms),
    indexOpenItemsReadMs: Math.round(openItems.ms),
    indexPayersReadMs: Math.round(payers.ms),
    indexPromisesReadMs: Math.round(promises.ms),
    indexPromises: promises.value.length,
    indexBuildMs: Math.round(build.ms),
  }
}
