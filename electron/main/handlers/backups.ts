/**
 * The backup:* channels and app:quitReady. Files go into main's own backups folder (userData/backups) or through a
 * system dialog; a backup is read back by the id main listed, never by a path the renderer chose. No electron import.
 */
import { basename, dirname, join } from 'node:path'
import type { BackupOpenFileResult, BackupSaveAsResult } from '../../contract/backup'
import { MAX_BACKUP_FILE_BYTES } from '../../contract/backup'
import { parseBackupHeader } from '../../contract/backupSchemas'
import { IpcError } from '../../contract/errors'
import { decodeBackupBytes, gzipText } from '../backups/codec'
import { errorCode, nodeBackupFs, writeFileAtomic, type BackupFs } from '../backups/fsAccess'
import { BACKUP_EXTENSION, saveAsFileName } from '../backups/names'
import { notifyQuitReady } from '../backups/quitGuard'
import { backupsDir, readBackupSettings, writeBackupSettings } from '../backups/settings'
import { createBackupStore } from '../backups/store'
import type { HandlerDeps } from './deps'
import type { Handlers } from './dispatch'

type BackupChannel =
  | 'backup:write'
  | 'backup:list'
  | 'backup:read'
  | 'backup:saveAs'
  | 'backup:openFile'
  | 'backup:getSettings'
  | 'backup:setSettings'
  | 'app:quitReady'

/** The path to write "back up now" to: the chosen file, with our extension added when the person left it out. */
export async function saveAsTarget(fs: BackupFs, chosen: string): Promise<string> {
  if (chosen.toLowerCase().endsWith('.gz')) return chosen // confirmed in the dialog, replacing included
  const stem = `${basename(chosen)}`
  for (let n = 1; n < 1000; n++) {
    const path = join(dirname(chosen), n === 1 ? `${stem}${BACKUP_EXTENSION}` : `${stem} (${n})${BACKUP_EXTENSION}`)
    const exists = await fs.stat(path).then(() => true, () => false)
    if (!exists) return path // never replace a file the dialog did not confirm
  }
  throw new IpcError('files.writeFailed', { path: chosen, reason: 'EEXIST' })
}

export async function readChosenFile(fs: BackupFs, path: string): Promise<string> {
  const file = basename(path)
  let bytes: Uint8Array
  try {
    const { size } = await fs.stat(path)
    if (size > MAX_BACKUP_FILE_BYTES) throw new IpcError('backup.tooLarge', { file })
    bytes = await fs.readFile(path)
  } catch (err) {
    if (err instanceof IpcError) throw err
    throw new IpcError('backup.readFailed', { file, reason: errorCode(err) })
  }
  return decodeBackupBytes(bytes, file)
}

export function createBackupHandlers(deps: HandlerDeps, fs: BackupFs = nodeBackupFs): Pick<Handlers, BackupChannel> {
  const { userDataDir, documentsDir } = deps.paths
  const store = createBackupStore({ dir: backupsDir(userDataDir), fs })
  const settings = () => readBackupSettings(fs, userDataDir)

  return {
    'backup:write': async ({ reason, text }) => store.write(text, reason, (await settings()).keep),
    'backup:list': async () => ({ dir: store.dir, entries: await store.list() }),
    'backup:read': async ({ id }) => ({ id, text: await store.read(id) }),
    'backup:saveAs': async ({ text, title, filterName }): Promise<BackupSaveAsResult> => {
      const header = parseBackupHeader(text)
      if (!header) throw new IpcError('backup.invalid', {})
      await fs.mkdir(documentsDir, { recursive: true }).catch(() => undefined) // the dialog opens there
      const choice = await deps.dialogs.showSaveDialog({
        title,
        defaultPath: join(documentsDir, saveAsFileName(new Date(header.createdAt))),
        filters: [{ name: filterName, extensions: ['gz'] }],
      })
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' }
      const path = await saveAsTarget(fs, choice.filePath)
      const bytes = await gzipText(text)
      await writeFileAtomic(fs, path, bytes)
      return { status: 'saved', path, bytes: bytes.length }
    },
    'backup:openFile': async ({ title, filterName }): Promise<BackupOpenFileResult> => {
      if (!deps.dialogs.showOpenDialog) throw new IpcError('backup.noDialog', {})
      const choice = await deps.dialogs.showOpenDialog({
        title,
        filters: [
          { name: filterName, extensions: ['gz', 'json'] },
          { name: '*', extensions: ['*'] },
        ],
      })
      const path = choice.filePaths[0]
      if (choice.canceled || !path) return { status: 'cancelled' }
      return { status: 'opened', fileName: basename(path), text: await readChosenFile(fs, path) }
    },
    'backup:getSettings': async () => ({ ...(await settings()), dir: store.dir }),
    'backup:setSettings': async (req) => ({ ...(await writeBackupSettings(fs, userDataDir, req)), dir: store.dir }),
    'app:quitReady': async () => notifyQuitReady(),
  }
}
