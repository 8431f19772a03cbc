/**
 * The backups folder (userData/backups): stream a backup in atomically, list the folder by reading only the start of
 * each file, stream one back by its id, and prune each automatic kind to its newest `keep` generations.
 *
 * A failed write (full disk, no permission) throws files.writeFailed and leaves the folder as it was: the temp file
 * is removed and pruning only ever runs after a new backup is safely in place. Finishing is serialized, so two
 * backups in the same second get distinct names.
 */
import { join } from 'node:path'
import type { AutomaticReason, BackupEntry } from '../../contract/backup'
import { IpcError } from '../../contract/errors'
import { HEADER_PROBE_BYTES, headerFromStart, requireHeader } from './codec'
import { errorCode, nodeBackupFs, readStart, TMP_SUFFIX, writeFailed, type BackupFs } from './fsAccess'
import { checkHeaderLine } from './lineCheck'
import { backupFileName, isBackupId, reasonOf } from './names'
import { openStreamReader, type StreamReader } from './reader'
import { openStreamWriter } from './writer'

/** A temp file older than this is a leftover of a crash and is removed when pruning. */
const STALE_TEMP_MS = 60 * 60 * 1000

export interface BackupStoreOptions {
  dir: string
  fs?: BackupFs
  now?: () => Date
}

/** A backup placed in the folder. */
export interface BackupWriteResult {
  /** Its file name. */
  id: string
  createdAt: string
  /** Size on disk (gzipped). */
  bytes: number
}

/** A backup being streamed into the folder. */
export interface FolderWrite {
  append(text: string): Promise<void>
  /** Names and places the file, then prunes its kind to `keep` generations. */
  finish(keep: number): Promise<BackupWriteResult>
  abort(): Promise<void>
}

export interface BackupStore {
  readonly dir: string
  /** Starts a backup whose header line says `reason` (backup.invalid otherwise). */
  begin(headerLine: string, reason: AutomaticReason): Promise<FolderWrite>
  /** A whole backup text at once (small ones: tests, tools): begin, append, finish. */
  write(text: string, reason: AutomaticReason, keep: number): Promise<BackupWriteResult>
  /** Every backup in the folder, newest first. */
  list(): Promise<BackupEntry[]>
  /** Streams the backup named `id` (a listed name, never a path). */
  openRead(id: string): Promise<StreamReader>
  /** The whole text of a (small) backup. */
  read(id: string): Promise<string>
  /** Deletes the oldest automatic backups beyond `keep` of each kind; returns the deleted ids. */
  prune(keep: number): Promise<string[]>
}

export function createBackupStore(opts: BackupStoreOptions): BackupStore {
  const { dir } = opts
  const fs = opts.fs ?? nodeBackupFs
  const now = opts.now ?? (() => new Date())
  let queue: Promise<unknown> = Promise.resolve()

  /** Runs `task` after every write already queued (whatever their outcome). */
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  async function names(): Promise<string[]> {
    try {
      return await fs.readdir(dir)
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return []
      throw new IpcError('backup.folderUnreadable', { path: dir, reason: errorCode(err) })
    }
  }

  async function entry(id: string): Promise<BackupEntry | null> {
    const reason = reasonOf(id)
    if (!reason) return null
    try {
      const { size } = await fs.stat(join(dir, id))
      const header = await headerFromStart(await readStart(fs, join(dir, id), HEADER_PROBE_BYTES))
      return { id, reason, bytes: size, header }
    } catch {
      return null // vanished or unreadable meanwhile: not listed
    }
  }

  async function list(): Promise<BackupEntry[]> {
    const ids = (await names()).filter(isBackupId)
    const entries = (await Promise.all(ids.map(entry))).filter((e): e is BackupEntry => e !== null)
    // Names sort by local time; within the same name prefix the counter orders them.
    return entries.sort((a, b) => (a.header?.createdAt ?? '').localeCompare(b.header?.createdAt ?? '') || a.id.localeCompare(b.id)).reverse()
  }

  async function prune(keep: number): Promise<string[]> {
    const all = await list()
    const deleted: string[] = []
    const seen = new Map<string, number>()
    for (const e of all) {
      if (e.reason === 'manual') continue // never pruned: a person put it there
      const n = (seen.get(e.reason) ?? 0) + 1
      seen.set(e.reason, n)
      if (n <= keep) continue
      try {
        await fs.unlink(join(dir, e.id))
        deleted.push(e.id)
      } catch {
        // A backup that cannot be deleted is only a backup too many; the next prune tries again.
      }
    }
    for (const name of await names()) {
      if (!name.endsWith(TMP_SUFFIX) || !name.startsWith('.cobro-')) continue
      const path = join(dir, name)
      const stale = await fs.stat(path).then((s) => now().getTime() - s.mtimeMs > STALE_TEMP_MS, () => false)
      if (stale) await fs.unlink(path).catch(() => undefined)
    }
    return deleted
  }

  async function begin(headerLine: string, reason: AutomaticReason): Promise<FolderWrite> {
    const header = checkHeaderLine(headerLine)
    if (header.reason !== reason) throw new IpcError('backup.invalid', {})
    try {
      await fs.mkdir(dir, { recursive: true })
    } catch (err) {
      throw writeFailed(dir, err)
    }
    const at = new Date(header.createdAt)
    const writer = await openStreamWriter(fs, join(dir, backupFileName(at, reason)), headerLine)
    return {
      append: (text) => writer.append(text),
      abort: () => writer.abort(),
      finish: (keep) =>
        serialized(async () => {
          const taken = new Set(await names())
          let counter = 1
          while (taken.has(backupFileName(at, reason, counter))) counter += 1
          const id = backupFileName(at, reason, counter)
          const bytes = await writer.finish(join(dir, id))
          await prune(keep).catch(() => undefined) // the backup is safe; pruning is housekeeping
          return { id, createdAt: header.createdAt, bytes }
        }),
    }
  }

  async function write(text: string, reason: AutomaticReason, keep: number): Promise<BackupWriteResult> {
    const newline = text.indexOf('\n')
    if (newline < 0) throw new IpcError('backup.invalid', {})
    const w = await begin(text.slice(0, newline), reason)
    try {
      await w.append(text.slice(newline + 1))
    } catch (err) {
      await w.abort()
      throw err
    }
    return w.finish(keep)
  }

  async function openRead(id: string): Promise<StreamReader> {
    if (!isBackupId(id) || !(await names()).includes(id)) throw new IpcError('backup.notFound', { id })
    await requireHeader(fs, join(dir, id), id)
    return openStreamReader(fs, join(dir, id), id)
  }

  async function read(id: string): Promise<string> {
    const reader = await openRead(id)
    let text = ''
    for (;;) {
      const chunk = await reader.next()
      text += chunk.text
      if (chunk.done) return text
    }
  }

  return { dir, begin, write, list, openRead, read, prune }
}
