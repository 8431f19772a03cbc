/**
 * Runtime schemas (zod 4) of the backup:* channels and of a backup's header (checked by main when it writes or lists
 * a file, and by the renderer before a restore). No electron import.
 */
import { z } from 'zod'
import {
  BACKUP_FORMAT,
  BACKUP_REASONS,
  MAX_BACKUP_CHUNK_CHARS,
  MAX_KEEP,
  MIN_KEEP,
  type BackupAppendRequest,
  type BackupBeginRequest,
  type BackupChooseFileRequest,
  type BackupHandleRequest,
  type BackupHeader,
  type BackupOpenReadRequest,
  type BackupSettings,
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
  checksum: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  auditHead: z.object({ id: z.int().min(1), hash: z.string().max(128) }).nullable().optional(),
})

const automaticReason = z.enum(['daily', 'quit', 'upgrade', 'beforeRestore'])
const handle = z.string().regex(/^[0-9a-f]{32}$/, { error: 'not a handle' })
const backupId = z.string().max(120).regex(BACKUP_ID_PATTERN, { error: 'not a backup name' })
/** A header line: a few KB at most (company name, one count per table). */
const headerLineText = z.string().min(2).max(64 * 1024)

export const backupInputSchemas = {
  'backup:begin': z.object({
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('folder'), reason: automaticReason }),
      z.object({ kind: z.literal('dialog'), title: text(200), filterName: text(100) }),
    ]),
    header: headerLineText,
  }),
  'backup:append': z.object({
    handle,
    text: z.string().min(1).max(MAX_BACKUP_CHUNK_CHARS, { error: 'chunk is too large' }),
  }),
  'backup:finish': z.object({ handle }),
  'backup:abort': z.object({ handle }),
  'backup:list': z.undefined(),
  'backup:chooseFile': z.object({ title: text(200), filterName: text(100) }),
  'backup:openRead': z.object({
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('listed'), id: backupId }),
      z.object({ kind: z.literal('chosen'), token: handle }),
    ]),
  }),
  'backup:readChunk': z.object({ handle }),
  'backup:closeRead': z.object({ handle }),
  'backup:getSettings': z.undefined(),
  'backup:setSettings': z.object({ keep: z.int().min(MIN_KEEP).max(MAX_KEEP) }),
  'app:quitReady': z.undefined(),
} as const

/* ---- compile-time drift checks ---- */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
function assertSame<T extends true>(): T | void {}
assertSame<Same<z.infer<typeof backupHeaderSchema>, BackupHeader>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:begin']>, BackupBeginRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:append']>, BackupAppendRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:finish']>, BackupHandleRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:chooseFile']>, BackupChooseFileRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:openRead']>, BackupOpenReadRequest>>()
assertSame<Same<z.infer<(typeof backupInputSchemas)['backup:setSettings']>, BackupSettings>>()

/* ---- the header: the first line (format 2), or the members before `tables` (format 1) ---- */

const HEADER_START = `{"format":"${BACKUP_FORMAT}"`

function checkedHeader(raw: unknown): BackupHeader | null {
  const parsed = backupHeaderSchema.safeParse(raw)
  return parsed.success ? (parsed.data as BackupHeader) : null
}

/** The format-2 header line (no "\n") of a header. */
export function headerLine(header: BackupHeader): string {
  const { format, formatVersion, schemaVersion, createdAt, reason, company, counts, auditHead } = header
  return JSON.stringify({ format, formatVersion, schemaVersion, createdAt, reason, company, counts, auditHead: auditHead ?? null })
}

/**
 * Format 1: where the header ends. It is the first occurrence in a well-formed backup: header keys are fixed,
 * `counts` keys are table names, and a quote inside a string value (a company name) is always escaped, so
 * `,"tables":` cannot appear before the real member.
 */
export const TABLES_MARKER = ',"tables":'

/** Format 1: the backup text from a header (with its checksum) and the tables' JSON text. */
export function joinBackupText(header: BackupHeader, tablesJson: string): string {
  const { format, formatVersion, schemaVersion, createdAt, reason, company, counts, checksum } = header
  const head = JSON.stringify({ format, formatVersion, schemaVersion, createdAt, reason, company, counts, checksum })
  return `${head.slice(0, -1)}${TABLES_MARKER}${tablesJson}}`
}

/**
 * The header of a backup text, or of just its beginning (main reads only the start of each file to list a folder).
 * Null when the text does not start with a valid header. JSON text never holds a raw "\n", so a newline means
 * format 2 and its absence format 1 (whose header ends at TABLES_MARKER).
 */
export function parseBackupHeader(textOrPrefix: string): BackupHeader | null {
  if (!textOrPrefix.startsWith(HEADER_START)) return null
  const newline = textOrPrefix.indexOf('\n')
  const end = newline >= 0 ? newline : textOrPrefix.indexOf(TABLES_MARKER)
  if (end < 0) return null
  let raw: unknown
  try {
    raw = JSON.parse(newline >= 0 ? textOrPrefix.slice(0, end) : `${textOrPrefix.slice(0, end)}}`)
  } catch {
    return null
  }
  const header = checkedHeader(raw)
  if (!header) return null
  // Each layout carries its own version: a format-2 header line without "\n" or a format-1 one with it is damage.
  if ((newline >= 0) !== header.formatVersion >= 2) return null
  if (header.formatVersion === 1 && header.checksum === undefined) return null
  return header
}

/** Format 1: the tables' JSON text exactly as written (what the checksum covers), or null when the layout is broken. */
export function tablesJsonOf(text: string): string | null {
  const end = text.indexOf(TABLES_MARKER)
  if (end < 0 || !text.endsWith('}')) return null
  return text.slice(end + TABLES_MARKER.length, -1)
}
