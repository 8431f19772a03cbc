import type { TFunction } from 'i18next'
import { DomainError } from '../domain/errors'
import { decodeIpcError } from '../../electron/contract/errors'

/** Namespaces where domain and data error codes are translated, looked up in this order. */
export const ERROR_NAMESPACES = ['errors', 'dataErrors'] as const

/** A person-readable, translated message for anything thrown by the domain, the database or the bridge. */
export function errorMessage(t: TFunction, err: unknown): string {
  const unexpected = (detail: string) => t('common:errors.unexpected', { detail })
  if (err instanceof DomainError) {
    return t(err.code, { ns: [...ERROR_NAMESPACES], ...err.params, defaultValue: unexpected(err.code) })
  }
  // Errors raised in main arrive through the bridge with a code translated in the documents namespace.
  const ipc = decodeIpcError(err)
  if (ipc) {
    const fromDomain = t(ipc.code, { ns: [...ERROR_NAMESPACES], ...ipc.params, defaultValue: '' })
    return t(`documents:errors.${ipc.code}`, { ...ipc.params, defaultValue: fromDomain || unexpected(ipc.code) })
  }
  if (err instanceof Error && err.message === 'bridge.unavailable') return t('common:errors.bridgeUnavailable')
  const detail = err instanceof Error ? err.message : String(err)
  return unexpected(detail)
}
