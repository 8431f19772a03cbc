/**
 * The backup on quit. When the window is about to close, main holds the close once, asks the renderer (which owns
 * IndexedDB) for its quit backup, and closes for real when the renderer answers app:quitReady, or after a timeout
 * so that a hung or broken renderer never keeps the app from quitting. Plain logic, no electron import: index.ts
 * wires it to the BrowserWindow's 'close' event and webContents.send.
 */
export const QUIT_BACKUP_TIMEOUT_MS = 20_000

export type QuitState = 'open' | 'waiting' | 'closing'

export interface QuitGuardOptions {
  /** Asks the renderer for the quit backup; false when it cannot be asked (crashed or gone): close at once. */
  requestBackup(): boolean
  /** Closes the window for real (its 'close' event then passes through). */
  close(): void
  timeoutMs?: number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

export interface QuitGuard {
  /** The window's 'close' handler. */
  onClose(event: { preventDefault(): void }): void
  /** The renderer is done (app:quitReady). */
  ready(): void
  state(): QuitState
}

export function createQuitGuard(opts: QuitGuardOptions): QuitGuard {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>))
  let state: QuitState = 'open'
  let timer: unknown = null

  function release(): void {
    if (state !== 'waiting') return
    state = 'closing'
    if (timer !== null) clearTimer(timer)
    timer = null
    opts.close()
  }

  return {
    onClose(event) {
      if (state === 'closing') return
      event.preventDefault() // waiting already: a second click on the close button changes nothing
      if (state === 'waiting') return
      if (!opts.requestBackup()) {
        state = 'waiting'
        release()
        return
      }
      state = 'waiting'
      timer = setTimer(release, opts.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS)
    },
    ready: release,
    state: () => state,
  }
}

/* The window's guard, for the app:quitReady handler (handlers cannot see the window). One window, one guard. */
let active: QuitGuard | null = null

export function setActiveQuitGuard(guard: QuitGuard | null): void {
  active = guard
}

/** Called by the app:quitReady handler. */
export function notifyQuitReady(): void {
  active?.ready()
}
