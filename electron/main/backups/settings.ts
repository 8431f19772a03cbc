/**
 * Backup settings, kept by main in userData/backup-settings.json (main needs them when the renderer is gone, and the
 * file survives a restore, which replaces only the database). A missing or damaged file means the defaults.
 */
import { join } from 'node:path'
import { DEFAULT_KEEP, MAX_KEEP, MIN_KEEP, type BackupSettings } from '../../contract/backup'
import { errorCode, writeFileAtomic, type BackupFs } from './fsAccess'
import { IpcError } from '../../contract/errors'

export const SETTINGS_FILE = 'backup-settings.json'

export function backupsDir(userDataDir: string): string {
  return join(userDataDir, 'backups')
}

function validKeep(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= MIN_KEEP && x <= MAX_KEEP
}

export async function readBackupSettings(fs: BackupFs, userDataDir: string): Promise<BackupSettings> {
  try {
    const raw: unknown = JSON.parse(new TextDecoder().decode(await fs.readFile(join(userDataDir, SETTINGS_FILE))))
    const keep = (raw as { keep?: unknown } | null)?.keep
    return { keep: validKeep(keep) ? keep : DEFAULT_KEEP }
  } catch {
    return { keep: DEFAULT_KEEP }
  }
}

export async function writeBackupSettings(fs: BackupFs, userDataDir: string, settings: BackupSettings): Promise<BackupSettings> {
  if (!validKeep(settings.keep)) throw new IpcError('backup.keepOutOfRange', { min: MIN_KEEP, max: MAX_KEEP })
  try {
    await fs.mkdir(userDataDir, { recursive: true })
  } catch (err) {
    throw new IpcError('files.writeFailed', { path: userDataDir, reason: errorCode(err) })
  }
  const bytes = new TextEncoder().encode(`${JSON.stringify({ keep: settings.keep }, null, 2)}\n`)
  await writeFileAtomic(fs, join(userDataDir, SETTINGS_FILE), bytes)
  return { keep: settings.keep }
}
