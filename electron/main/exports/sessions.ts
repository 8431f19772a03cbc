/**
 * The open exports of one handler set, kept in memory (a closure of createExportHandlers): at most `maxOpen` at a
 * time, each closed automatically after `idleMs` without a call (its temp file deleted). Calls on one export run
 * one after the other, even if the renderer sends a chunk before the previous one is written. No electron import.
 */
import { randomBytes } from 'node:crypto'
import type { ExportBeginRequest } from '../../contract/exports'
import { IpcError } from '../../contract/errors'
import type { ChainState } from './checks'
import { removeQuietly, type ExportTarget } from './target'
import type { SheetWriter, WrittenRow } from './types'

export const DEFAULT_IDLE_MS = 10 * 60_000
export const DEFAULT_MAX_OPEN = 4

export interface ExportSession {
  id: string
  req: ExportBeginRequest
  target: ExportTarget
  writer: SheetWriter<WrittenRow>
  chain: ChainState
  /** Data rows written so far. */
  rows: number
  closed: boolean
  timer: NodeJS.Timeout | null
  queue: Promise<unknown>
}

export interface SessionOptions {
  idleMs?: number
  maxOpen?: number
}

const unknownExport = () => new IpcError('exports.unknown', {})

export function createSessionStore(opts: SessionOptions = {}) {
  const idleMs = opts.idleMs ?? DEFAULT_IDLE_MS
  const maxOpen = opts.maxOpen ?? DEFAULT_MAX_OPEN
  const open = new Map<string, ExportSession>()
  let starting = 0

  function touch(s: ExportSession): void {
    if (s.timer) clearTimeout(s.timer)
    s.timer = setTimeout(() => void run(s.id, (x) => discard(x)).catch(() => undefined), idleMs)
    s.timer.unref?.()
  }

  /** Takes the session out of the store (no further call reaches it). */
  function close(s: ExportSession): void {
    s.closed = true
    if (s.timer) clearTimeout(s.timer)
    s.timer = null
    open.delete(s.id)
  }

  /** Closes the session, stops its writer and deletes its temp file. Never throws. */
  async function discard(s: ExportSession): Promise<void> {
    close(s)
    await s.writer.abort().catch(() => undefined)
    await removeQuietly(s.target.tempPath)
  }

  /** Runs `fn` on the session after every earlier call on it has finished. */
  function run<T>(id: string, fn: (s: ExportSession) => Promise<T>): Promise<T> {
    const s = open.get(id)
    if (!s) return Promise.reject(unknownExport())
    const result = s.queue.then(async () => {
      if (s.closed) throw unknownExport()
      if (s.timer) clearTimeout(s.timer)
      try {
        return await fn(s)
      } finally {
        if (!s.closed) touch(s)
      }
    })
    s.queue = result.catch(() => undefined)
    return result
  }

  return {
    /** Holds a place for an export being started (the save dialog may take a while); throws exports.tooMany. */
    reserve(): () => void {
      if (open.size + starting >= maxOpen) throw new IpcError('exports.tooMany', { max: maxOpen })
      starting++
      let released = false
      return () => {
        if (!released) starting--
        released = true
      }
    },
    add(init: Omit<ExportSession, 'id' | 'closed' | 'timer' | 'queue' | 'rows'>): ExportSession {
      const s: ExportSession = { ...init, id: randomBytes(16).toString('hex'), rows: 0, closed: false, timer: null, queue: Promise.resolve() }
      open.set(s.id, s)
      touch(s)
      return s
    },
    has: (id: string) => open.has(id),
    get size() {
      return open.size
    },
    run,
    close,
    discard,
  }
}

export type SessionStore = ReturnType<typeof createSessionStore>
