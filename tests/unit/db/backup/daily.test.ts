/** The daily backup: one a day while there is a company, again when the date rolls over, never two at once. */
import { describe, expect, it, vi } from 'vitest'
import type { BackupEntry, BackupReason } from '../../../../electron/contract/backup'
import { ensureDailyBackup, hasBackupOn, startDailySchedule } from '../../../../renderer/db/backup/daily'
import { parseBackup } from '../../../../renderer/db/backup/parse'
import { headerOf } from '../../../../renderer/db/backup/snapshot'
import { recordingSink } from './sinks'
import { todayIso } from '../../../../renderer/domain/dates'
import { esSetup, freshCtx } from '../helpers'

/** Noon UTC: the same calendar day in every time zone the tests run in (Europe, UTC). */
const NOW = new Date('2026-11-23T12:00:00.000Z')
const DAY = todayIso(NOW)

function entry(createdAt: Date, reason: BackupReason): BackupEntry {
  const header = headerOf({ company: [] }, 6, reason, createdAt)
  return { id: `cobro-x-${reason}.cobro.gz`, reason, bytes: 100, header }
}

describe('daily backup', () => {
  it('counts a daily, quit or upgrade copy taken today; not a safety copy or yesterday', () => {
    const yesterday = new Date(NOW.getTime() - 24 * 3600 * 1000)
    expect(hasBackupOn([entry(NOW, 'daily')], DAY)).toBe(true)
    expect(hasBackupOn([entry(NOW, 'quit')], DAY)).toBe(true)
    expect(hasBackupOn([entry(NOW, 'upgrade')], DAY)).toBe(true)
    expect(hasBackupOn([entry(NOW, 'beforeRestore')], DAY)).toBe(false)
    expect(hasBackupOn([entry(yesterday, 'daily')], DAY)).toBe(false)
    expect(hasBackupOn([{ ...entry(NOW, 'daily'), header: null }], DAY)).toBe(false) // damaged file
  })

  it('writes one when none exists today, skips when one does, and skips an empty database', async () => {
    const { ctx } = await esSetup()
    const sink = recordingSink()
    const openSink = sink.open
    expect(await ensureDailyBackup({ db: ctx.db, now: () => NOW, list: async () => [entry(NOW, 'beforeRestore')], openSink })).toBe('written')
    expect(sink.written).toHaveLength(1)
    expect((await parseBackup(sink.written[0]!.text)).header).toMatchObject({
      reason: 'daily',
      company: { legalName: 'Distribuciones Sierra Norte, S.L.' },
    })

    expect(await ensureDailyBackup({ db: ctx.db, now: () => NOW, list: async () => [entry(NOW, 'quit')], openSink })).toBe('exists')
    const empty = freshCtx()
    expect(await ensureDailyBackup({ db: empty.db, now: () => NOW, list: async () => [], openSink })).toBe('noCompany')
    expect(sink.written).toHaveLength(1)
  })

  it('runs at start and again only when the business date changes, one run at a time', async () => {
    let day = '2026-11-23'
    let tick: () => void = () => undefined
    let release: () => void = () => undefined
    const run = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          release = resolve
        }),
    )
    const clear = vi.fn()
    const stop = startDailySchedule({
      today: () => day,
      run,
      setInterval: (fn) => {
        tick = fn
        return 1
      },
      clearInterval: clear,
    })
    expect(run).toHaveBeenCalledTimes(1)
    expect(run).toHaveBeenLastCalledWith('2026-11-23')
    tick()
    expect(run).toHaveBeenCalledTimes(1) // same day
    day = '2026-11-24'
    tick()
    expect(run).toHaveBeenCalledTimes(1) // still running: not twice at once
    release()
    await new Promise((r) => setTimeout(r, 0))
    tick()
    expect(run).toHaveBeenCalledTimes(2)
    expect(run).toHaveBeenLastCalledWith('2026-11-24')
    release()
    stop()
    expect(clear).toHaveBeenCalledWith(1)
  })

  it('keeps going after a failed run (reported by the caller), trying again the next day', async () => {
    let day = '2026-11-23'
    let tick: () => void = () => undefined
    const run = vi.fn(async () => {
      throw new Error('ENOSPC')
    })
    startDailySchedule({ today: () => day, run, setInterval: (fn) => ((tick = fn), 1), clearInterval: () => undefined })
    await new Promise((r) => setTimeout(r, 0))
    day = '2026-11-24'
    tick()
    expect(run).toHaveBeenCalledTimes(2)
  })
})
