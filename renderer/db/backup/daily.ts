/**
 * The daily backup: at startup (after the upgrade check) and whenever the business date rolls over while the app is
 * open, one backup (reason 'daily') unless the folder already holds a copy of today's data or there is no company
 * yet. A 'beforeRestore' backup holds the data as it was before a restore, not today's, so it does not count.
 */
import type Dexie from 'dexie'
import type { BackupEntry } from '../../../electron/contract/backup'
import { todayIso } from '../../domain/dates'
import type { IsoDate } from '../../domain/types'
import { hasCompany, writeSnapshot, type OpenSink } from './snapshot'

const COUNTS_AS_TODAYS: ReadonlySet<string> = new Set(['daily', 'quit', 'upgrade'])

/** True when `entries` hold a backup of the data taken on `day` (local date of its createdAt). */
export function hasBackupOn(entries: readonly BackupEntry[], day: IsoDate): boolean {
  return entries.some((e) => e.header !== null && COUNTS_AS_TODAYS.has(e.reason) && todayIso(new Date(e.header.createdAt)) === day)
}

export interface DailyBackupDeps {
  db: Dexie
  now: () => Date
  list: () => Promise<readonly BackupEntry[]>
  /** Where the 'daily' backup streams to (main's backups folder). */
  openSink: OpenSink
}

export type DailyOutcome = 'noCompany' | 'exists' | 'written'

export async function ensureDailyBackup(deps: DailyBackupDeps): Promise<DailyOutcome> {
  if (!(await hasCompany(deps.db))) return 'noCompany'
  const day = todayIso(deps.now())
  if (hasBackupOn(await deps.list(), day)) return 'exists'
  await writeSnapshot(deps.db, 'daily', deps.now(), deps.openSink)
  return 'written'
}

export interface DailyScheduleOptions {
  /** Today's business date. */
  today: () => IsoDate
  /** The daily backup for that date (errors are the caller's to report). */
  run: (day: IsoDate) => Promise<unknown>
  /** How often the date is looked at (default one minute). */
  intervalMs?: number
  setInterval?: (fn: () => void, ms: number) => unknown
  clearInterval?: (handle: unknown) => void
}

/**
 * Runs `run` now and again each time `today()` changes; never two at once. Returns the stop function.
 */
export function startDailySchedule(opts: DailyScheduleOptions): () => void {
  const every = opts.setInterval ?? ((fn, ms) => globalThis.setInterval(fn, ms))
  const stop = opts.clearInterval ?? ((h) => globalThis.clearInterval(h as ReturnType<typeof globalThis.setInterval>))
  let lastDay: IsoDate | null = null
  let running = false
  const tick = () => {
    const day = opts.today()
    if (running || day === lastDay) return
    running = true
    lastDay = day
    void opts.run(day).catch(() => undefined).finally(() => {
      running = false
    })
  }
  tick()
  const handle = every(tick, opts.intervalMs ?? 60_000)
  return () => stop(handle)
}
