/**
 * The file-system calls the backup store makes, behind an interface so that a test can make a write fail the way a
 * full disk or a pulled USB stick does (ENOSPC, EIO, EACCES) and check that nothing already saved is lost.
 * Writes are atomic and durable: a temp file in the same folder, flushed to disk, then renamed over the target.
 */
import { randomBytes } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { IpcError } from '../../contract/errors'

export interface BackupFileHandle {
  writeFile(data: Uint8Array): Promise<void>
  sync(): Promise<void>
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>
  close(): Promise<void>
}

export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  /** flags: 'wx' (create, fail if it exists) or 'r'. */
  open(path: string, flags: 'wx' | 'r'): Promise<BackupFileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ size: number; mtimeMs: number }>
  readFile(path: string): Promise<Uint8Array>
}

export const nodeBackupFs: BackupFs = {
  mkdir: (path, options) => fsp.mkdir(path, options),
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  readFile: (path) => fsp.readFile(path),
}

export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'unknown'
}

export function writeFailed(path: string, err: unknown): IpcError {
  return new IpcError('files.writeFailed', { path, reason: errorCode(err) })
}

export const TMP_SUFFIX = '.tmp'

/** The temp name used while `path` is being written (hidden, unique, in the same folder so rename is atomic). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}${TMP_SUFFIX}`)
}

/**
 * Writes `bytes` to `path` all or nothing: temp file, fsync, rename. On any failure the temp file is removed and
 * whatever was at `path` before is untouched; throws files.writeFailed { path, reason: OS code }.
 */
export async function writeFileAtomic(fs: BackupFs, path: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPathFor(path)
  try {
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined)
    throw writeFailed(path, err)
  }
}

/** The first `length` bytes of a file (fewer when it is shorter). */
export async function readStart(fs: BackupFs, path: string, length: number): Promise<Uint8Array> {
  const handle = await fs.open(path, 'r')
  try {
    const buffer = new Uint8Array(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
