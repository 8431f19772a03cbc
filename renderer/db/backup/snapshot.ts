/**
 * A backup of the whole database: every table (`db.tables`, so also audit and users, and whatever a later version
 * adds), read in one read-only transaction so the copy is consistent, serialized as JSON text with the header first
 * (see electron/contract/backup.ts). Works on CobroDb and on a database opened without a schema (the copy taken
 * before a schema upgrade).
 */
import type Dexie from 'dexie'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupReason } from '../../../electron/contract/backup'
import { joinBackupText } from '../../../electron/contract/backupSchemas'

export interface Snapshot {
  header: BackupHeader
  text: string
}

/** SHA-256 (hex) of the tables' JSON text, as stored in the header and checked before a restore. */
export function tablesChecksum(tablesJson: string): string {
  return bytesToHex(sha256(utf8ToBytes(tablesJson)))
}

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

/** Every row of every table of `db`, table names sorted (one read transaction). */
export async function readAllTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name))
  const out: Record<string, unknown[]> = {}
  await db.transaction('r', tables, async () => {
    for (const t of tables) out[t.name] = await t.toArray()
  })
  return out
}

/** Builds the backup text of already-read tables. */
export function snapshotOf(tables: Record<string, unknown[]>, schemaVersion: number, reason: BackupReason, now: Date): Snapshot {
  const tablesJson = JSON.stringify(tables)
  const counts: Record<string, number> = {}
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    createdAt: now.toISOString(),
    reason,
    company: companyOf(tables['company']),
    counts,
    checksum: tablesChecksum(tablesJson),
    auditHead: auditHeadOf(tables['audit']),
  }
  return { header, text: joinBackupText(header, tablesJson) }
}

/** A backup of `db` as it is now. */
export async function takeSnapshot(db: Dexie, reason: BackupReason, now: Date): Promise<Snapshot> {
  if (!db.isOpen()) await db.open()
  return snapshotOf(await readAllTables(db), db.verno, reason, now)
}

/** True when the database holds no company (nothing worth a daily or quit backup). */
export async function hasCompany(db: Dexie): Promise<boolean> {
  const company = db.tables.find((t) => t.name === 'company')
  return company ? (await company.count()) > 0 : false
}
