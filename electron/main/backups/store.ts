/**
 * The backups folder (userData/backups): write a backup atomically, list the folder by reading only the start of
 * each file, read one back by its id, and prune each automatic kind to its newest `keep` generations.
 *
 * A failed write (full disk, no permission) throws files.writeFailed and leaves the folder as it was: the temp file
 * is removed and pruning only ever runs after a new backup is safely in place. Writes are serialized, so two
 * backups in the same second get distinct names.
 */
import { join } from 'node:path'
import type { AutomaticReason, BackupEntry, BackupWriteResult } from '../../contract/backup'
import { parseBackupHeader } from '../../contract/backupSchemas'
import { IpcError } from '../../contract/errors'
import { decodeBackupBytes, gzipText, HEADER_PROBE_BYTES, headerFromStart } from './codec'
import { errorCode, nodeBackupFs, readStart, TMP_SUFFIX, writeFailed, writeFileAtomic, type BackupFs } from './fsAccess'
import { backupFileName, isBackupId, reasonOf } from './names'

/** A temp file older than this is a leftover of a crash and is removed when pruning. */
const STALE_TEMP_MS = 60 * 60 * 1000

export interface BackupStoreOptions {
  dir: string
  fs?: BackupFs
  now?: () => Date
}

export interface BackupStore {
  readonly dir: string
  /** Gzips and writes `text` (whose header says `reason`), then prunes that kind to `keep` generations. */
  write(text: string, reason: AutomaticReason, keep: number): Promise<BackupWriteResult>
  /** Every backup in the folder, newest first. */
  list(): Promise<BackupEntry[]>
  /** The text of the backup named `id` (a listed name, never a path). */
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

  async function write(text: string, reason: AutomaticReason, keep: number): Promise<BackupWriteResult> {
    const header = parseBackupHeader(text)
    if (!header || header.reason !== reason) throw new IpcError('backup.invalid', {})
    const bytes = await gzipText(text)
    return serialized(async () => {
      try {
        await fs.mkdir(dir, { recursive: true })
      } catch (err) {
        throw writeFailed(dir, err)
      }
      const taken = new Set(await names())
      const at = new Date(header.createdAt)
      let counter = 1
      while (taken.has(backupFileName(at, reason, counter))) counter += 1
      const id = backupFileName(at, reason, counter)
      await writeFileAtomic(fs, join(dir, id), bytes)
      await prune(keep).catch(() => undefined) // the backup is safe; pruning is housekeeping
      return { id, createdAt: header.createdAt, bytes: bytes.length }
    })
  }

  async function read(id: string): Promise<string> {
    if (!isBackupId(id) || !(await names()).includes(id)) throw new IpcError('backup.notFound', { id })
    let bytes: Uint8Array
    try {
      bytes = await fs.readFile(join(dir, id))
    } catch (err) {
      throw new IpcError('backup.readFailed', { file: id, reason: errorCode(err) })
    }
    return decodeBackupBytes(bytes, id)
  }

  return { dir, write, list, read, prune }
}
