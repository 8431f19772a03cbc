/**
 * Backup bytes <-> text. Files are gzip (node:zlib, off the event loop); a plain JSON file is accepted too (a backup
 * someone un-gzipped). Anything that is not a Cobro backup is refused with a code the renderer translates:
 *   backup.unreadable { file }   not gzip/UTF-8, or a truncated/corrupt gzip stream
 *   backup.notBackup  { file }   readable, but it does not start with a Cobro backup header
 *   backup.tooLarge   { file }   larger than MAX_BACKUP_FILE_BYTES once unpacked
 */
import { promisify } from 'node:util'
import { constants, gunzip, gzip } from 'node:zlib'
import { MAX_BACKUP_FILE_BYTES, type BackupHeader } from '../../contract/backup'
import { parseBackupHeader } from '../../contract/backupSchemas'
import { IpcError } from '../../contract/errors'

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/** How much of a file's start is un-gzipped to read its header when listing (a header gzips to about 1 KB). */
export const HEADER_PROBE_BYTES = 8 * 1024
/** Deflate expands at most ~1,032:1, so the probe can never hit this cap. */
const HEADER_PROBE_MAX_OUTPUT = 16 * 1024 * 1024

export async function gzipText(text: string): Promise<Uint8Array> {
  return gzipAsync(Buffer.from(text, 'utf8'), { level: 6 })
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** The text of a whole backup file; refuses damaged or foreign files (see the codes above). */
export async function decodeBackupBytes(bytes: Uint8Array, file: string): Promise<string> {
  let raw: Uint8Array = bytes
  if (isGzip(bytes)) {
    try {
      raw = await gunzipAsync(bytes, { maxOutputLength: MAX_BACKUP_FILE_BYTES })
    } catch (err) {
      const code = (err as { code?: unknown }).code
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new IpcError('backup.tooLarge', { file })
      throw new IpcError('backup.unreadable', { file })
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    throw new IpcError('backup.unreadable', { file })
  }
  if (!parseBackupHeader(text)) throw new IpcError('backup.notBackup', { file })
  return text
}

/**
 * The header of a backup from the first bytes of its file, without reading the rest: a gzip stream cut short
 * un-gzips to its beginning when the last block is flushed instead of finished. Null when it cannot be read.
 */
export async function headerFromStart(start: Uint8Array): Promise<BackupHeader | null> {
  try {
    const raw = isGzip(start)
      ? await gunzipAsync(start, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: HEADER_PROBE_MAX_OUTPUT })
      : start
    return parseBackupHeader(new TextDecoder('utf-8').decode(raw))
  } catch {
    return null
  }
}
