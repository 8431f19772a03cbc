/**
 * Runtime schemas (zod 4) of the backup:* channels and of a backup's header (checked by main when it writes or lists
 * a file, and by the renderer before a restore). No electron import.
 */
import { z } from 'zod'
import {
  BACKUP_FORMAT,
  BACKUP_REASONS,
  MAX_BACKUP_CHARS,
  MAX_KEEP,
  MIN_KEEP,
  type BackupHeader,
  type BackupOpenFileRequest,
  type BackupReadRequest,
  type BackupSaveAsRequest,
  type BackupSettings,
  type BackupWriteRequest,
} from './backup'
import { text } from './primitives'

/** A backup file name as main writes it (see electron/main/backups/names.ts); never a path. */
export const BACKUP_ID_PATTERN = /^cobro-\d{4}-\d{2}-\d{2}T\d{6}(?:-\d{1,3})?-(?:daily|quit|upgrade|manual|beforeRestore)\.cobro\.gz$/

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/)

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.int().min(1),
  schemaVersion: z.int().min(1).max(10_000),
  createdAt: z.iso.datetime({ offset: true }),
  reason: z.enum(BACKUP_REASONS),
  company: z.object({ legalName: text(), taxId: text(40) }).nullable(),
  counts: z.record(tableName, z.int().min(0)),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  auditHead: z.object({ id: z.int().min(1), hash: z.string().max(128) }).nullable().optional(),
})

const automaticReason = z.enum(['daily', 'quit', 'upgrade', 'beforeRestore'])
const backupText = z.string().min(2).max(MAX_BACKUP_CHARS, { error: 'backup is too large' })

export const backupInputSchemas = {
  'backup:write': z.object({ reason: automaticReason, text: backupText }),
  'backup:list': z.undefined(),
  'backup:read': z.object({ id: z.string().max(120).regex(BACKUP_ID_PATTERN, { error: 'not a backup name' }) }),
  'backup:saveAs': z.object({ text: backupText, title: text(200), filterName: text(100) }),
  'backup:openFile': z.object({ title: text(200), filterName: text(100) }),
  'backup:getSettings': z.undefined(),
  'backup:setSettings': z.object({ keep: z.int().min(MIN_KEEP).max(MAX_KEEP) }),
  'app:quitReady': z.undefined(),
} as const

/* ---- compile-time drift checks ---- */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
function assertSame<T extends true>(): T | void {}
assertSame<Same<z.infer<typeof backupHeaderSchema>, BackupHeader>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:write']>, BackupWriteRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:read']>, BackupReadRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:saveAs']>, BackupSaveAsRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:openFile']>, BackupOpenFileRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:setSettings']>, BackupSettings>>()

/* ---- the text layout: header members first, `tables` last (shared by main's listing and the renderer's restore) ---- */

/**
 * Where the header ends. It is the first occurrence in a well-formed backup: header keys are fixed, `counts` keys are
 * table names, and a quote inside a string value (a company name) is always escaped, so `,"tables":` cannot appear
 * before the real member.
 */
export const TABLES_MARKER = ',"tables":'

/** The backup text from a header (with its checksum) and the tables' JSON text. */
export function joinBackupText(header: BackupHeader, tablesJson: string): string {
  const { format, formatVersion, schemaVersion, createdAt, reason, company, counts, checksum } = header
  const head = JSON.stringify({ format, formatVersion, schemaVersion, createdAt, reason, company, counts, checksum })
  return `${head.slice(0, -1)}${TABLES_MARKER}${tablesJson}}`
}

/**
 * The header of a backup text, or of just its beginning (main reads only the start of each file to list a folder).
 * Null when the text does not start with a valid header.
 */
export function parseBackupHeader(textOrPrefix: string): BackupHeader | null {
  if (!textOrPrefix.startsWith(`{"format":"${BACKUP_FORMAT}"`)) return null
  const end = textOrPrefix.indexOf(TABLES_MARKER)
  if (end < 0) return null
  let raw: unknown
  try {
    raw = JSON.parse(`${textOrPrefix.slice(0, end)}}`)
  } catch {
    return null
  }
  const parsed = backupHeaderSchema.safeParse(raw)
  return parsed.success ? (parsed.data as BackupHeader) : null
}

/** The tables' JSON text exactly as written (what the checksum covers), or null when the layout is broken. */
export function tablesJsonOf(text: string): string | null {
  const end = text.indexOf(TABLES_MARKER)
  if (end < 0 || !text.endsWith('}')) return null
  return text.slice(end + TABLES_MARKER.length, -1)
}
