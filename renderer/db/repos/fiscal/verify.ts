/**
 * The verifier and the event log. Both chains are read a key page at a time (200,000 records never sit in memory
 * together) and checked link by link. It runs at start and after a restore; when a chain is broken it logs an
 * anomaly event naming the first broken record, so the log itself says when the damage was found.
 *
 * The links alone cannot show that the newest records were deleted. So the PC keeps a checkpoint of each chain's
 * last good check (its head and its first record's hash): a chain that now ends before that head, with the same
 * first record, lost records, and the check names the first missing one. A restore moves the checkpoint to the
 * restored chains; other data altogether (another first record) is compared with nothing.
 */
import { checkChain, eventHash, recordHash, COBRO_SOFTWARE, type ChainCheck, type FiscalEvent, type FiscalEventType } from '../../../domain/einvoice/verifactu'
import type { Table } from 'dexie'
import { newId, type Ctx } from '../../context'
import { headOf, keepsFiscalRecords, stampOf } from './records'
import { aeatNif } from '../../../domain/einvoice/verifactu'

const PAGE = 5_000

/** The newest verified link of a chain, and the hash of its first record (which chain it is); null when empty. */
export type ChainHead = { seq: number; hash: string; genesis: string } | null

/** What a PC remembers of its last good check. */
export interface FiscalCheckpoint {
  records: ChainHead
  events: ChainHead
  /** When it was taken (ISO). */
  at: string
}

/** Where the checkpoint lives (the app: this PC's local storage; tests: memory). */
export interface CheckpointStore {
  load(): FiscalCheckpoint | null
  save(checkpoint: FiscalCheckpoint): void
}

type Chained = { seq: number; previousHash: string; hash: string }

async function readChain<T extends Chained>(table: Table<T, number>, hashOf: (r: T) => string, start: ChainHead): Promise<{ check: ChainCheck; head: ChainHead }> {
  let from = start
  for (;;) {
    const page: T[] = await table.where(':id').above(from?.seq ?? 0).limit(PAGE).toArray()
    if (page.length === 0) return { check: { ok: true, checked: from?.seq ?? 0 }, head: from }
    const result = checkChain(page, hashOf, from)
    if (!result.ok) return { check: result, head: from }
    const last: T = page[page.length - 1]!
    from = { seq: last.seq, hash: last.hash, genesis: from?.genesis ?? page[0]!.hash }
  }
}

/** The whole chain; `since` (the checkpoint's head of this chain) also finds a chain cut short after it. */
async function verifyTable<T extends Chained>(table: Table<T, number>, hashOf: (r: T) => string, since: ChainHead): Promise<{ check: ChainCheck; head: ChainHead }> {
  const full = await readChain(table, hashOf, null)
  const sameChain = since !== null && full.head?.genesis === since.genesis
  if (sameChain && full.check.ok && full.check.checked < since.seq) {
    return { check: { ok: false, checked: full.check.checked, firstBroken: full.check.checked + 1, reason: 'gap' }, head: full.head }
  }
  return full
}

export interface FiscalCheck {
  records: ChainCheck
  events: ChainCheck
}

/** Both chains, compared with a checkpoint when there is one; the heads reached are what a next checkpoint keeps. */
async function verifyFrom(ctx: Ctx, since: FiscalCheckpoint | null): Promise<{ check: FiscalCheck; records: ChainHead; events: ChainHead }> {
  const records = await verifyTable(ctx.db.fiscalRecords, recordHash, since?.records ?? null)
  const events = await verifyTable(ctx.db.fiscalEvents, eventHash, since?.events ?? null)
  return { check: { records: records.check, events: events.check }, records: records.head, events: events.head }
}

export async function verifyFiscalChains(ctx: Ctx): Promise<FiscalCheck> {
  return (await verifyFrom(ctx, null)).check
}

/** Appends one event to the log (its own transaction). The installation id stays the one of the first event. */
export async function logFiscalEvent(ctx: Ctx, type: FiscalEventType, detail = ''): Promise<FiscalEvent | null> {
  const { db } = ctx
  const company = await db.company.get('company')
  if (!company || !keepsFiscalRecords(company)) return null
  return db.transaction('rw', db.fiscalEvents, async () => {
    const head = await headOf(db.fiscalEvents)
    const last = head ? await db.fiscalEvents.get(head.seq) : undefined
    const software = { ...COBRO_SOFTWARE, installation: last?.software.installation ?? newId().slice(0, 20) }
    const stamp = stampOf(ctx)
    const partial = { seq: (head?.seq ?? 0) + 1, type, detail: detail.slice(0, 500), issuerNif: aeatNif(company.taxId), software, generatedAt: stamp.generatedAt, previousHash: head?.hash ?? '', createdAt: stamp.createdAt, user: stamp.user }
    const event: FiscalEvent = { ...partial, hash: eventHash(partial) }
    await db.fiscalEvents.add(event)
    return event
  })
}

function describeBreak(kind: 'records' | 'events', c: ChainCheck): string {
  return c.ok ? '' : `${kind}: first broken #${c.firstBroken} (${c.reason})`
}

function isHead(x: unknown): x is ChainHead {
  if (x === null) return true
  const h = x as { seq?: unknown; hash?: unknown; genesis?: unknown }
  return typeof h === 'object' && Number.isSafeInteger(h.seq) && typeof h.hash === 'string' && typeof h.genesis === 'string'
}

/** The saved checkpoint when it is well-formed (a lost or odd one only means nothing to compare with). */
function usableCheckpoint(store: CheckpointStore | undefined): FiscalCheckpoint | null {
  const saved = store?.load() ?? null
  return saved && isHead(saved.records) && isHead(saved.events) ? saved : null
}

/**
 * At start ('start') or after a restore ('backupRestored'): log that event, verify both chains, and log an anomaly
 * for each broken one ('manual': the page's button, anomalies only). Returns the check (the fiscal page shows it).
 * With a checkpoint store, the chains are also compared with the last good check (see above), and every good check
 * moves it on; after a restore the restored chains are the new reference.
 */
export async function runFiscalCheck(
  ctx: Ctx,
  occasion: 'start' | 'backupRestored' | 'manual',
  checkpoints?: CheckpointStore,
): Promise<FiscalCheck | null> {
  const company = await ctx.db.company.get('company')
  if (!company || !keepsFiscalRecords(company)) return null
  const since = occasion === 'backupRestored' ? null : usableCheckpoint(checkpoints)
  const { check, records, events } = await verifyFrom(ctx, since)
  if (check.records.ok && check.events.ok) checkpoints?.save({ records, events, at: ctx.now().toISOString() })
  // A check asked for on the page logs nothing unless it finds damage.
  if (occasion !== 'manual') await logFiscalEvent(ctx, occasion)
  if (!check.records.ok) await logFiscalEvent(ctx, 'anomalyRecords', describeBreak('records', check.records))
  if (!check.events.ok) await logFiscalEvent(ctx, 'anomalyEvents', describeBreak('events', check.events))
  return check
}
