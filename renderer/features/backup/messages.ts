import type { TFunction } from 'i18next'
import i18next from 'i18next'
import { decodeIpcError } from '../../../electron/contract/errors'
import { DomainError } from '../../domain/errors'
import { errorMessage } from '../../lib/errors'

/** The code and params of a DomainError or of an error from main; null for anything else. */
function codeOf(err: unknown): { code: string; params: Record<string, string | number> } | null {
  if (err instanceof DomainError) return { code: err.code, params: err.params }
  return decodeIpcError(err)
}

/**
 * A translated sentence for an error met while backing up or restoring: the backup namespace words it first
 * (backup.* codes, and a backup-specific files.writeFailed that says nothing was lost), else the app's usual message.
 */
export function backupErrorMessage(t: TFunction, err: unknown): string {
  const found = codeOf(err)
  const key = found ? `backup:errors.${found.code}` : ''
  if (found && i18next.exists(key)) return t(key, found.params)
  return errorMessage(t, err)
}

/** '1,2 MB' in the UI's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}
