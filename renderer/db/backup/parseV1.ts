/**
 * The checks both backup formats share (header versions, rows and their keys), and the reading of a format-1 backup:
 * one JSON text whose header members come first and whose `tables` member is checked against the header's SHA-256.
 * Written by Cobro before format 2; still restorable.
 */
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from '../../../electron/contract/backup'
import { parseBackupHeader, tablesJsonOf } from '../../../electron/contract/backupSchemas'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { DomainError } from '../../domain/errors'
import { LATEST_VERSION, tablesOf, type TableKey } from './versions'

export type Row = Record<string, unknown>

export interface ParsedBackup {
  header: BackupHeader
  tables: Record<string, Row[]>
}

/** Format 1: SHA-256 (hex) of the tables' JSON text, as stored in the header. */
export function tablesChecksum(tablesJson: string): string {
  return bytesToHex(sha256(utf8ToBytes(tablesJson)))
}

export function isRecord(x: unknown): x is Row {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function isValidKey(k: unknown, key: TableKey): k is string | number {
  if (key.autoIncrement) return typeof k === 'number' && Number.isSafeInteger(k) && k > 0
  return typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k))
}

/** A table name as shown in a message (a foreign file may carry anything). */
const shown = (table: string) => (table.length > 60 ? `${table.slice(0, 57)}...` : table)

/** Why a text that has no valid header was refused. */
export function headerProblem(text: string): DomainError {
  if (!text.trimStart().startsWith('{')) return new DomainError('backup.notBackup')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    // Starts like a backup: a backup cut short. Anything else is another file.
    return new DomainError(text.startsWith(`{"format":"${BACKUP_FORMAT}"`) ? 'backup.damaged' : 'backup.notBackup')
  }
  return new DomainError(isRecord(raw) && raw['format'] === BACKUP_FORMAT ? 'backup.damaged' : 'backup.notBackup')
}

/** Refuses a backup written by a newer Cobro; returns the tables (and keys) its schema version has. */
export function checkHeaderVersions(header: BackupHeader): Map<string, TableKey> {
  if (header.formatVersion > BACKUP_FORMAT_VERSION) throw new DomainError('backup.newerFormat', { version: header.formatVersion })
  if (header.schemaVersion > LATEST_VERSION) {
    throw new DomainError('backup.newerVersion', { version: header.schemaVersion, supported: LATEST_VERSION })
  }
  const known = tablesOf(header.schemaVersion)
  if (!known) throw new DomainError('backup.damaged')
  return known
}

/** Checks one table's rows, possibly in several pieces: records with a valid key, unique across the pieces. */
export class RowChecker {
  private readonly keys = new Set<string | number>()
  count = 0

  constructor(
    private readonly table: string,
    private readonly key: TableKey,
  ) {}

  check(rows: unknown): Row[] {
    const { table } = this
    if (!Array.isArray(rows)) throw new DomainError('backup.badTable', { table })
    for (const row of rows) {
      this.count += 1
      const key = isRecord(row) ? row[this.key.path] : undefined
      if (!isRecord(row) || !isValidKey(key, this.key) || this.keys.has(key)) throw new DomainError('backup.badRow', { table, row: this.count })
      this.keys.add(key)
    }
    return rows as Row[]
  }
}

/** Parses and checks a format-1 backup text; throws a DomainError (codes in parse.ts) when it cannot be restored. */
export function parseBackupV1(text: string): ParsedBackup {
  const header = parseBackupHeader(text)
  if (!header) throw headerProblem(text)
  const known = checkHeaderVersions(header)
  const tablesJson = tablesJsonOf(text)
  if (tablesJson === null || tablesChecksum(tablesJson) !== header.checksum) throw new DomainError('backup.damaged')
  let raw: unknown
  try {
    raw = JSON.parse(tablesJson)
  } catch {
    throw new DomainError('backup.damaged')
  }
  if (!isRecord(raw)) throw new DomainError('backup.damaged')
  const tables: Record<string, Row[]> = {}
  for (const [table, rows] of Object.entries(raw)) {
    const tableKey = known.get(table)
    if (tableKey === undefined) throw new DomainError('backup.unknownTable', { table: shown(table) })
    const checker = new RowChecker(table, tableKey)
    tables[table] = checker.check(rows)
    if (header.counts[table] !== tables[table].length) throw new DomainError('backup.countsMismatch', { table })
  }
  for (const table of Object.keys(header.counts)) {
    if (!(table in tables)) throw new DomainError('backup.countsMismatch', { table })
  }
  return { header, tables }
}
