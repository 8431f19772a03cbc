/**
 * Reading a backup's text before anything is restored. Every way a file can be wrong ends in a DomainError whose
 * code is translated in locales/<lang>/backup.json ("errors"), never in a half-restored database:
 *   backup.notBackup      not a Cobro backup at all (another file, random bytes)
 *   backup.damaged        cut short or changed since it was written (JSON broken, checksum mismatch)
 *   backup.newerFormat    { version }            written by a newer Cobro (file format)
 *   backup.newerVersion   { version, supported }  written by a newer Cobro (database schema)
 *   backup.unknownTable   { table }
 *   backup.badTable       { table }              a table that is not a list of rows
 *   backup.badRow         { table, row }         a row that is not a record or lacks a valid, unique key
 *   backup.countsMismatch { table }              the header's counts disagree with the rows
 */
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from '../../../electron/contract/backup'
import { parseBackupHeader, tablesJsonOf } from '../../../electron/contract/backupSchemas'
import { DomainError } from '../../domain/errors'
import { tablesChecksum } from './snapshot'
import { LATEST_VERSION, tablesOf, type TableKey } from './versions'

export type Row = Record<string, unknown>

export interface ParsedBackup {
  header: BackupHeader
  tables: Record<string, Row[]>
}

/** What the preview dialog shows. */
export type BackupPreview = Pick<BackupHeader, 'createdAt' | 'reason' | 'company' | 'counts' | 'schemaVersion'>

export function previewOf(parsed: ParsedBackup): BackupPreview {
  const { createdAt, reason, company, counts, schemaVersion } = parsed.header
  return { createdAt, reason, company, counts, schemaVersion }
}

function isRecord(x: unknown): x is Row {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function isValidKey(k: unknown, key: TableKey): k is string | number {
  if (key.autoIncrement) return typeof k === 'number' && Number.isSafeInteger(k) && k > 0
  return typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k))
}

/** A table name as shown in a message (a foreign file may carry anything). */
const shown = (table: string) => (table.length > 60 ? `${table.slice(0, 57)}...` : table)

/** Why a text that has no valid header was refused. */
function headerProblem(text: string): DomainError {
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

function checkRows(table: string, rows: unknown, tableKey: TableKey): Row[] {
  if (!Array.isArray(rows)) throw new DomainError('backup.badTable', { table })
  const keys = new Set<string | number>()
  rows.forEach((row, i) => {
    const key = isRecord(row) ? row[tableKey.path] : undefined
    if (!isRecord(row) || !isValidKey(key, tableKey) || keys.has(key)) throw new DomainError('backup.badRow', { table, row: i + 1 })
    keys.add(key)
  })
  return rows as Row[]
}

/** Parses and checks a backup text; throws a DomainError (codes above) when it cannot be restored. */
export function parseBackup(text: string): ParsedBackup {
  const header = parseBackupHeader(text)
  if (!header) throw headerProblem(text)
  if (header.formatVersion > BACKUP_FORMAT_VERSION) throw new DomainError('backup.newerFormat', { version: header.formatVersion })
  if (header.schemaVersion > LATEST_VERSION) {
    throw new DomainError('backup.newerVersion', { version: header.schemaVersion, supported: LATEST_VERSION })
  }
  const known = tablesOf(header.schemaVersion)
  if (!known) throw new DomainError('backup.damaged')
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
    tables[table] = checkRows(table, rows, tableKey)
    if (header.counts[table] !== tables[table].length) throw new DomainError('backup.countsMismatch', { table })
  }
  for (const table of Object.keys(header.counts)) {
    if (!(table in tables)) throw new DomainError('backup.countsMismatch', { table })
  }
  return { header, tables }
}
