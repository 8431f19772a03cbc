// @vitest-environment node
/** The backup on quit (electron/main/backups/quitGuard.ts): hold the close once, release on reply or timeout. */
import { describe, expect, it, vi } from 'vitest'
import { createQuitGuard, QUIT_BACKUP_TIMEOUT_MS } from '../../../electron/main/backups/quitGuard'

function harness(canAsk = true) {
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = []
  const requestBackup = vi.fn(() => canAsk)
  const close = vi.fn()
  const guard = createQuitGuard({
    requestBackup,
    close,
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false }
      timers.push(t)
      return t
    },
    clearTimer: (t) => {
      ;(t as { cleared: boolean }).cleared = true
    },
  })
  const closeEvent = () => {
    const preventDefault = vi.fn()
    guard.onClose({ preventDefault })
    return preventDefault
  }
  return { guard, timers, requestBackup, close, closeEvent }
}

describe('quit guard', () => {
  it('holds the first close, asks the renderer once, and closes when it replies', () => {
    const h = harness()
    expect(h.closeEvent()).toHaveBeenCalledOnce()
    expect(h.requestBackup).toHaveBeenCalledOnce()
    expect(h.guard.state()).toBe('waiting')
    expect(h.timers[0]?.ms).toBe(QUIT_BACKUP_TIMEOUT_MS)

    // Impatient second click: still held, not asked again.
    expect(h.closeEvent()).toHaveBeenCalledOnce()
    expect(h.requestBackup).toHaveBeenCalledOnce()
    expect(h.close).not.toHaveBeenCalled()

    h.guard.ready()
    expect(h.close).toHaveBeenCalledOnce()
    expect(h.timers[0]?.cleared).toBe(true)
    expect(h.guard.state()).toBe('closing')
    // The close that close() triggers passes through.
    expect(h.closeEvent()).not.toHaveBeenCalled()
    // A late reply does not close twice.
    h.guard.ready()
    expect(h.close).toHaveBeenCalledOnce()
  })

  it('gives up waiting after the timeout and closes anyway (a hung renderer never blocks quitting)', () => {
    const h = harness()
    h.closeEvent()
    expect(QUIT_BACKUP_TIMEOUT_MS).toBeLessThanOrEqual(30_000)
    h.timers[0]?.fn()
    expect(h.close).toHaveBeenCalledOnce()
    h.guard.ready() // the reply arrives too late
    expect(h.close).toHaveBeenCalledOnce()
  })

  it('closes at once when the renderer cannot be asked (crashed)', () => {
    const h = harness(false)
    expect(h.closeEvent()).toHaveBeenCalledOnce()
    expect(h.close).toHaveBeenCalledOnce()
    expect(h.timers).toEqual([])
    expect(h.closeEvent()).not.toHaveBeenCalled()
  })

  it('ignores a reply that comes before any close was asked for', () => {
    const h = harness()
    h.guard.ready()
    expect(h.close).not.toHaveBeenCalled()
    expect(h.guard.state()).toBe('open')
  })

  it('uses real timers by default', () => {
    vi.useFakeTimers()
    try {
      const close = vi.fn()
      const guard = createQuitGuard({ requestBackup: () => true, close, timeoutMs: 50 })
      guard.onClose({ preventDefault: () => undefined })
      vi.advanceTimersByTime(49)
      expect(close).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(close).toHaveBeenCalledOnce()
    } finally {
      vi.useRealTimers()
    }
  })
})
