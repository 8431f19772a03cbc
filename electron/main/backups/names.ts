/**
 * Backup file names: `cobro-2026-11-23T183005-daily.cobro.gz` (local time of the machine, no colons so that the
 * name is valid on Windows; `-2`, `-3`... when two backups fall in the same second). The name is the backup's id
 * across IPC: main accepts only names of this shape, never a path.
 */
import { BACKUP_ID_PATTERN } from '../../contract/backupSchemas'
import { BACKUP_REASONS, type BackupReason } from '../../contract/backup'

export const BACKUP_EXTENSION = '.cobro.gz'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** 'YYYY-MM-DD' of a moment in the machine's local time zone. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The file name of a backup taken at `at` (local time), with an optional collision counter (2, 3...). */
export function backupFileName(at: Date, reason: BackupReason, counter = 1): string {
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  const suffix = counter > 1 ? `-${counter}` : ''
  return `cobro-${localDay(at)}T${time}${suffix}-${reason}${BACKUP_EXTENSION}`
}

/** The default name offered by "back up now": cobro-2026-11-23.cobro.gz. */
export function saveAsFileName(at: Date): string {
  return `cobro-${localDay(at)}${BACKUP_EXTENSION}`
}

/** True for a name main could have written (no separators, no '..', a known reason). */
export function isBackupId(id: string): boolean {
  return id.length <= 120 && BACKUP_ID_PATTERN.test(id)
}

/** The reason encoded in a backup's name. */
export function reasonOf(id: string): BackupReason | null {
  const m = /-([A-Za-z]+)\.cobro\.gz$/.exec(id)
  const reason = m?.[1]
  return (BACKUP_REASONS as readonly string[]).includes(reason ?? '') ? (reason as BackupReason) : null
}
