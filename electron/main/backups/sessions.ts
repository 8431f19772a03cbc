/**
 * Backups being written or read, by the random handle the renderer holds: calls on one handle run one after the
 * other, and a handle left idle (a renderer that reloaded half-way) is closed after `idleMs`, its temp file removed.
 * No electron import.
 */
import { randomBytes } from 'node:crypto'
import { IpcError } from '../../contract/errors'

export interface Closable {
  /** Releases everything (temp file, open file); never throws. */
  dispose(): Promise<void>
}

interface Entry<T> {
  value: T
  queue: Promise<unknown>
  timer: NodeJS.Timeout | null
}

export const SESSION_IDLE_MS = 10 * 60_000

export function createHandles<T extends Closable>(idleMs = SESSION_IDLE_MS) {
  const open = new Map<string, Entry<T>>()

  function touch(handle: string, e: Entry<T>): void {
    if (e.timer) clearTimeout(e.timer)
    e.timer = setTimeout(() => void drop(handle), idleMs)
    e.timer.unref?.()
  }

  async function drop(handle: string): Promise<void> {
    const e = open.get(handle)
    if (!e) return
    open.delete(handle)
    if (e.timer) clearTimeout(e.timer)
    await e.queue
    await e.value.dispose()
  }

  return {
    add(value: T): string {
      const handle = randomBytes(16).toString('hex')
      const e: Entry<T> = { value, queue: Promise.resolve(), timer: null }
      open.set(handle, e)
      touch(handle, e)
      return handle
    },
    /** Runs `fn` after the handle's earlier calls; `last` removes the handle once it ran (whatever the outcome). */
    run<R>(handle: string, fn: (value: T) => Promise<R>, last = false): Promise<R> {
      const e = open.get(handle)
      if (!e) return Promise.reject(new IpcError('backup.sessionLost', {}))
      const result = e.queue.then(() => fn(e.value))
      e.queue = result.catch(() => undefined)
      if (last) {
        open.delete(handle)
        if (e.timer) clearTimeout(e.timer)
      } else touch(handle, e)
      return result
    },
    drop,
    get size() {
      return open.size
    },
  }
}
