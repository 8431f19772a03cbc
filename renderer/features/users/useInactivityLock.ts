import { useEffect } from 'react'
import { lockNow, useSession } from './session'

export const LOCK_MINUTES_KEY = 'cobro.lockMinutes'
export const DEFAULT_LOCK_MINUTES = 10

/** Minutes without keyboard or mouse before the screen locks (a setting of this PC; 0 = never). */
export function lockMinutes(): number {
  const n = Number(globalThis.localStorage?.getItem(LOCK_MINUTES_KEY) ?? DEFAULT_LOCK_MINUTES)
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_LOCK_MINUTES
}

export function setLockMinutes(n: number): void {
  globalThis.localStorage?.setItem(LOCK_MINUTES_KEY, String(n))
}

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/** Locks the session after the set minutes without activity (checked every few seconds, so sleep is covered too). */
export function useInactivityLock(): void {
  const signedIn = useSession((s) => s.status === 'signedIn')
  useEffect(() => {
    if (!signedIn) return
    let last = Date.now()
    const touch = () => {
      last = Date.now()
    }
    for (const ev of ACTIVITY) window.addEventListener(ev, touch, { passive: true })
    const timer = window.setInterval(() => {
      const minutes = lockMinutes()
      if (minutes > 0 && Date.now() - last >= minutes * 60_000) lockNow()
    }, 5_000)
    return () => {
      for (const ev of ACTIVITY) window.removeEventListener(ev, touch)
      window.clearInterval(timer)
    }
  }, [signedIn])
}
