/**
 * The verifier and the event log. Both chains are read a key page at a time (200,000 records never sit in memory
 * together) and checked link by link. It runs at start and after a restore; when a chain is broken it logs an
 * anomaly event naming the first broken record, so the log itself says when the damage was found.
 */
import { checkChain, eventHash, recordHash, COBRO_SOFTWARE, type ChainCheck, type FiscalEvent, type FiscalEventType } from '../../../domain/einvoice/verifactu'
import type { Table } from 'dexie'
import { newId, type Ctx } from '../../context'
import { headOf, keepsFiscalRecords, stampOf } from './records'
import { aeatNif } from '../../../domain/einvoice/verifactu'

const PAGE = 5_000

async function verifyTable<T extends { seq: number; previousHash: string; hash: string }>(table: Table<T, number>, hashOf: (r: T) => string): Promise<ChainCheck> {
  let from: { seq: number; hash: string } | null = null
  for (;;) {
    const page: T[] = await table.where(':id').above(from?.seq ?? 0).limit(PAGE).toArray()
    if (page.length === 0) return { ok: true, checked: from?.seq ?? 0 }
    const result = checkChain(page, hashOf, from)
    if (!result.ok) return result
    const last: T = page[page.length - 1]!
    from = { seq: last.seq, hash: last.hash }
  }
}

export interface FiscalCheck {
  records: ChainCheck
  events: ChainCheck
}

export async function verifyFiscalChains(ctx: Ctx): Promise<FiscalCheck> {
  return {
    records: await verifyTable(ctx.db.fiscalRecords, recordHash),
    events: await verifyTable(ctx.db.fiscalEvents, eventHash),
  }
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

/**
 * At start ('start') or after a restore ('backupRestored'): log that event, verify both chains, and log an anomaly
 * for each broken one ('manual': the page's button, anomalies only). Returns the check (the fiscal page shows it).
 */
export async function runFiscalCheck(ctx: Ctx, occasion: 'start' | 'backupRestored' | 'manual'): Promise<FiscalCheck | null> {
  const company = await ctx.db.company.get('company')
  if (!company || !keepsFiscalRecords(company)) return null
  const check = await verifyFiscalChains(ctx)
  // A check asked for on the page logs nothing unless it finds damage.
  if (occasion !== 'manual') await logFiscalEvent(ctx, occasion)
  if (!check.records.ok) await logFiscalEvent(ctx, 'anomalyRecords', describeBreak('records', check.records))
  if (!check.events.ok) await logFiscalEvent(ctx, 'anomalyEvents', describeBreak('events', check.events))
  return check
}
