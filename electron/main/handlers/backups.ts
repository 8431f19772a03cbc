/**
 * The backup:* channels and app:quitReady. A backup streams in and out in chunks behind a random handle (see
 * contract/backup.ts). Files go into main's own backups folder (userData/backups) or through a system dialog; a
 * backup is read back by the id main listed, or by the token of a file the person chose in the open dialog, never
 * by a path the renderer chose. No electron import.
 */
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { BackupBeginResult, BackupChooseFileResult, BackupFinishResult, BackupSource } from '../../contract/backup'
import { IpcError } from '../../contract/errors'
import { requireHeader } from '../backups/codec'
import { nodeBackupFs, type BackupFs } from '../backups/fsAccess'
import { checkHeaderLine } from '../backups/lineCheck'
import { BACKUP_EXTENSION, saveAsFileName } from '../backups/names'
import { notifyQuitReady } from '../backups/quitGuard'
import { openStreamReader, type StreamReader } from '../backups/reader'
import { createHandles, type Closable } from '../backups/sessions'
import { backupsDir, readBackupSettings, writeBackupSettings } from '../backups/settings'
import { createBackupStore } from '../backups/store'
import { openStreamWriter } from '../backups/writer'
import type { HandlerDeps } from './deps'
import type { Handlers } from './dispatch'

type BackupChannel =
  | 'backup:begin'
  | 'backup:append'
  | 'backup:finish'
  | 'backup:abort'
  | 'backup:list'
  | 'backup:chooseFile'
  | 'backup:openRead'
  | 'backup:readChunk'
  | 'backup:closeRead'
  | 'backup:getSettings'
  | 'backup:setSettings'
  | 'app:quitReady'

/** Files chosen in the open dialog that stay readable by token (the preview, then the restore, read it). */
const CHOSEN_KEPT = 20

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

interface Writing extends Closable {
  append(text: string): Promise<void>
  finish(): Promise<BackupFinishResult>
}

interface Reading extends Closable {
  reader: StreamReader
}

export function createBackupHandlers(deps: HandlerDeps, fs: BackupFs = nodeBackupFs): Pick<Handlers, BackupChannel> {
  const { userDataDir, documentsDir } = deps.paths
  const store = createBackupStore({ dir: backupsDir(userDataDir), fs })
  const settings = () => readBackupSettings(fs, userDataDir)
  const writes = createHandles<Writing>()
  const reads = createHandles<Reading>()
  const chosen = new Map<string, string>()

  async function beginFolder(header: string, reason: Parameters<typeof store.begin>[1]): Promise<Writing> {
    const w = await store.begin(header, reason)
    return {
      append: (text) => w.append(text),
      finish: async () => {
        const r = await w.finish((await settings()).keep)
        return { ...r, path: join(store.dir, r.id) }
      },
      dispose: () => w.abort(),
    }
  }

  async function beginDialog(header: string, title: string, filterName: string): Promise<Writing | null> {
    const parsed = checkHeaderLine(header)
    if (parsed.reason !== 'manual') throw new IpcError('backup.invalid', {})
    await fs.mkdir(documentsDir, { recursive: true }).catch(() => undefined) // the dialog opens there
    const choice = await deps.dialogs.showSaveDialog({
      title,
      defaultPath: join(documentsDir, saveAsFileName(new Date(parsed.createdAt))),
      filters: [{ name: filterName, extensions: ['gz'] }],
    })
    if (choice.canceled || !choice.filePath) return null
    const path = await saveAsTarget(fs, choice.filePath)
    const w = await openStreamWriter(fs, path, header)
    return {
      append: (text) => w.append(text),
      finish: async () => ({ id: null, path, createdAt: parsed.createdAt, bytes: await w.finish(path) }),
      dispose: () => w.abort(),
    }
  }

  async function openSource(source: BackupSource): Promise<StreamReader> {
    if (source.kind === 'listed') return store.openRead(source.id)
    const path = chosen.get(source.token)
    if (!path) throw new IpcError('backup.sessionLost', {})
    await requireHeader(fs, path, basename(path))
    return openStreamReader(fs, path, basename(path))
  }

  return {
    'backup:begin': async ({ target, header }): Promise<BackupBeginResult> => {
      const w = target.kind === 'folder' ? await beginFolder(header, target.reason) : await beginDialog(header, target.title, target.filterName)
      return w ? { status: 'started', handle: writes.add(w) } : { status: 'cancelled' }
    },
    'backup:append': ({ handle, text }) => writes.run(handle, (w) => w.append(text)),
    'backup:finish': ({ handle }) => writes.run(handle, (w) => w.finish(), true),
    'backup:abort': ({ handle }) => writes.drop(handle),
    'backup:list': async () => ({ dir: store.dir, entries: await store.list() }),
    'backup:chooseFile': async ({ title, filterName }): Promise<BackupChooseFileResult> => {
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
      await requireHeader(fs, path, basename(path)) // refuse a foreign file at once
      const token = randomBytes(16).toString('hex')
      chosen.set(token, path)
      if (chosen.size > CHOSEN_KEPT) chosen.delete(chosen.keys().next().value as string)
      return { status: 'chosen', token, fileName: basename(path) }
    },
    'backup:openRead': async ({ source }) => {
      const reader = await openSource(source)
      return { handle: reads.add({ reader, dispose: () => reader.close() }) }
    },
    'backup:readChunk': ({ handle }) =>
      reads.run(handle, async ({ reader }) => {
        const chunk = await reader.next()
        if (chunk.done) void reads.drop(handle)
        return chunk
      }),
    'backup:closeRead': ({ handle }) => reads.drop(handle),
    'backup:getSettings': async () => ({ ...(await settings()), dir: store.dir }),
    'backup:setSettings': async (req) => ({ ...(await writeBackupSettings(fs, userDataDir, req)), dir: store.dir }),
    'app:quitReady': async () => notifyQuitReady(),
  }
}
