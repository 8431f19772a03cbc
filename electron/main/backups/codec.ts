/**
 * A backup file's header from its first bytes. Files are gzip; a plain (un-gzipped) file is accepted too. A file
 * that is not a Cobro backup is refused before anything else is read, with a code the renderer translates:
 *   backup.unreadable { file }   gzip whose beginning cannot be inflated, or not UTF-8
 *   backup.notBackup  { file }   readable, but it does not start with a Cobro backup header
 */
import { promisify } from 'node:util'
import { constants, gunzip } from 'node:zlib'
import { BACKUP_FORMAT, type BackupHeader } from '../../contract/backup'
import { parseBackupHeader } from '../../contract/backupSchemas'
import { IpcError } from '../../contract/errors'
import { errorCode, readStart, type BackupFs } from './fsAccess'

const gunzipAsync = promisify(gunzip)

/** How much of a file's start is un-gzipped to read its header (a header gzips to well under 1 KB). */
export const HEADER_PROBE_BYTES = 8 * 1024
/** Deflate expands at most ~1,032:1, so the probe can never hit this cap. */
const HEADER_PROBE_MAX_OUTPUT = 16 * 1024 * 1024

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** The text at the start of a file (a gzip stream cut short un-gzips to its beginning with a sync flush). */
async function startText(start: Uint8Array): Promise<string> {
  const raw = isGzip(start)
    ? await gunzipAsync(start, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: HEADER_PROBE_MAX_OUTPUT })
    : start
  return new TextDecoder('utf-8').decode(raw)
}

/** The header of a backup from the first bytes of its file, without reading the rest. Null when unreadable. */
export async function headerFromStart(start: Uint8Array): Promise<BackupHeader | null> {
  try {
    return parseBackupHeader(await startText(start))
  } catch {
    return null
  }
}

/** The header of the backup file at `path`; throws the codes above (and backup.readFailed for the disk). */
export async function requireHeader(fs: BackupFs, path: string, file: string): Promise<BackupHeader> {
  let start: Uint8Array
  try {
    start = await readStart(fs, path, HEADER_PROBE_BYTES)
  } catch (err) {
    throw new IpcError('backup.readFailed', { file, reason: errorCode(err) })
  }
  let text: string
  try {
    // A whole (small) file must inflate completely: a gzip stream cut short is damaged, whatever it starts with.
    if (isGzip(start) && start.length < HEADER_PROBE_BYTES) await gunzipAsync(start, { maxOutputLength: HEADER_PROBE_MAX_OUTPUT })
    text = await startText(start)
  } catch {
    throw new IpcError('backup.unreadable', { file })
  }
  const header = parseBackupHeader(text)
  if (header) return header
  // The start of a backup, cut or damaged before its header ends, is an unreadable backup, not another file.
  const opening = `{"format":"${BACKUP_FORMAT}"`
  const looksLikeOurs = text.startsWith(opening) || (text.length > 0 && opening.startsWith(text))
  throw new IpcError(looksLikeOurs ? 'backup.unreadable' : 'backup.notBackup', { file })
}
