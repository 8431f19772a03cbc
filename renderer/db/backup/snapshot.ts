/**
 * A backup of the whole database: every table (`db.tables`, so also audit and users, and whatever a later version
 * adds), read in one read-only transaction so the copy is consistent, then streamed as format-2 text (header line,
 * data lines of ROWS_PER_LINE rows, trailer with the checksum; see electron/contract/backup.ts) in appends of about
 * APPEND_CHARS, so that no string ever holds the whole database (200,000 invoices are beyond V8's longest string).
 * Works on CobroDb and on a database opened without a schema (the copy taken before a schema upgrade).
 */
import Dexie, { type IndexableType, type Table } from 'dexie'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupReason } from '../../../electron/contract/backup'
import { dataLine, LineChecksum, trailerLine } from '../../../electron/contract/backupLines'
import { headerLine } from '../../../electron/contract/backupSchemas'

/** Where a backup's text goes (main through the bridge, or memory in tests). */
export interface BackupSink<R = unknown> {
  append(text: string): Promise<void>
  /** Completes the backup; its result (where it went) is what writeSnapshot returns. */
  finish(): Promise<R>
  abort(): Promise<void>
}

/** Opens the sink for a backup with this header line; null when the person cancelled (the save dialog). */
export type OpenSink<R = unknown> = (header: BackupHeader, headerLine: string) => Promise<BackupSink<R> | null>

const ROWS_PER_LINE = 500
const APPEND_CHARS = 4 * 1024 * 1024

function companyOf(rows: unknown[] | undefined): BackupHeader['company'] {
  const c = rows?.[0] as { legalName?: unknown; taxId?: unknown } | undefined
  if (!c || typeof c.legalName !== 'string') return null
  return { legalName: c.legalName.slice(0, 200), taxId: typeof c.taxId === 'string' ? c.taxId.slice(0, 40) : '' }
}

function auditHeadOf(rows: unknown[] | undefined): BackupHeader['auditHead'] {
  let head: { id: number; hash: string } | null = null
  for (const r of rows ?? []) {
    const e = r as { id?: unknown; hash?: unknown }
    if (typeof e.id === 'number' && typeof e.hash === 'string' && e.hash !== '' && (!head || e.id > head.id)) head = { id: e.id, hash: e.hash }
  }
  return head
}

/**
 * Rows per read request. One getAll of a 200,000-row table held IndexedDB and the page's thread for seconds, so the
 * daily backup taken at startup kept the dashboard's own reads waiting (84 s to a first screen at 200,000 invoices);
 * between pages of this size the screen's reads get their turn.
 */
export const READ_PAGE_ROWS = 2000

/** A table's rows in primary key order (as toArray gives them), read page by page by key. */
async function readTable(t: Table, page: number): Promise<unknown[]> {
  const keyPath = t.schema.primKey.keyPath
  if (!keyPath) return t.toArray() // keys outside the rows (none of Cobro's tables): read whole
  const out: unknown[] = []
  let rows = await t.orderBy(':id').limit(page).toArray()
  for (;;) {
    for (const r of rows) out.push(r)
    if (rows.length < page) return out
    const last = Dexie.getByKeyPath(rows[rows.length - 1], keyPath) as IndexableType
    rows = await t.where(':id').above(last).limit(page).toArray()
  }
}

/**
 * Every row of every table of `db`, table names sorted, in one read transaction (a consistent copy), each table in
 * pages of `page` rows.
 */
export async function readAllTables(db: Dexie, page = READ_PAGE_ROWS): Promise<Record<string, unknown[]>> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name))
  const out: Record<string, unknown[]> = {}
  await db.transaction('r', tables, async () => {
    for (const t of tables) out[t.name] = await readTable(t, page)
  })
  return out
}

/** The header of a backup of these tables. */
export function headerOf(tables: Record<string, unknown[]>, schemaVersion: number, reason: BackupReason, now: Date): BackupHeader {
  const counts: Record<string, number> = {}
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    createdAt: now.toISOString(),
    reason,
    company: companyOf(tables['company']),
    counts,
    auditHead: auditHeadOf(tables['audit']),
  }
}

/**
 * Streams already-read tables into `open`'s sink; returns the sink's finish result, null when the person cancelled.
 * The sink is aborted on failure.
 */
export async function writeTables<R>(tables: Record<string, unknown[]>, header: BackupHeader, open: OpenSink<R>): Promise<R | null> {
  const line0 = headerLine(header)
  const sink = await open(header, line0)
  if (!sink) return null
  try {
    const sum = new LineChecksum()
    const encoder = new TextEncoder()
    await sum.addBytes(encoder.encode(`${line0}\n`))
    let pending: string[] = []
    let pendingChars = 0
    const flush = async () => {
      if (pending.length === 0) return
      const text = pending.join('')
      pending = []
      pendingChars = 0
      await sink.append(text)
    }
    for (const name of Object.keys(tables).sort()) {
      const rows = tables[name] ?? []
      for (let i = 0; i < rows.length; i += ROWS_PER_LINE) {
        const line = dataLine(name, rows.slice(i, i + ROWS_PER_LINE))
        await sum.addBytes(encoder.encode(line))
        pending.push(line)
        pendingChars += line.length
        if (pendingChars >= APPEND_CHARS) await flush()
      }
    }
    pending.push(trailerLine(sum.lines, sum.hex()))
    await flush()
    return await sink.finish()
  } catch (e) {
    await sink.abort().catch(() => undefined)
    throw e
  }
}

/** A backup of `db` as it is now, streamed into `open`'s sink; the sink's result, null when cancelled. */
export async function writeSnapshot<R>(db: Dexie, reason: BackupReason, now: Date, open: OpenSink<R>): Promise<R | null> {
  if (!db.isOpen()) await db.open()
  const tables = await readAllTables(db)
  return writeTables(tables, headerOf(tables, db.verno, reason, now), open)
}

/** A sink that keeps the text in memory (tests, small tools). */
export function memorySink(): { open: OpenSink<void>; text: () => string } {
  const parts: string[] = []
  return {
    open: async (_header, line) => {
      parts.length = 0
      parts.push(`${line}\n`)
      return {
        append: async (text) => void parts.push(text),
        finish: async () => undefined,
        abort: async () => void (parts.length = 0),
      }
    },
    text: () => parts.join(''),
  }
}

/** The whole backup text of already-read tables (tests and small data only). */
export async function snapshotText(
  tables: Record<string, unknown[]>,
  schemaVersion: number,
  reason: BackupReason,
  now: Date,
): Promise<{ header: BackupHeader; text: string }> {
  const mem = memorySink()
  const header = headerOf(tables, schemaVersion, reason, now)
  await writeTables(tables, header, mem.open)
  return { header, text: mem.text() }
}

/** The whole backup text of `db` (tests and small data only). */
export async function takeSnapshot(db: Dexie, reason: BackupReason, now: Date): Promise<{ header: BackupHeader; text: string }> {
  if (!db.isOpen()) await db.open()
  return snapshotText(await readAllTables(db), db.verno, reason, now)
}

/** True when the database holds no company (nothing worth a daily or quit backup). */
export async function hasCompany(db: Dexie): Promise<boolean> {
  const company = db.tables.find((t) => t.name === 'company')
  return company ? (await company.count()) > 0 : false
}
