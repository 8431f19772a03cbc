/**
 * The outcome of a restore, kept across the reload that follows it (sessionStorage: this window only), so the
 * backups page can say what happened once the app has started again on the restored data.
 */
import type { BackupReason } from '../../../electron/contract/backup'
import type { ChainResult } from '../../domain/audit/chain'

const KEY = 'cobro.backup.restored'

export interface RestoreFlash {
  createdAt: string
  reason: BackupReason
  chain: ChainResult
}

export function saveRestoreFlash(flash: RestoreFlash): void {
  globalThis.sessionStorage?.setItem(KEY, JSON.stringify(flash))
}

/** The flash left by a restore, removed as it is read. */
export function takeRestoreFlash(): RestoreFlash | null {
  const raw = globalThis.sessionStorage?.getItem(KEY)
  if (!raw) return null
  globalThis.sessionStorage.removeItem(KEY)
  try {
    const flash = JSON.parse(raw) as RestoreFlash
    return typeof flash.createdAt === 'string' && typeof flash.chain?.ok === 'boolean' ? flash : null
  } catch {
    return null
  }
}
