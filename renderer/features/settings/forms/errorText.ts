import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { ERROR_NAMESPACES } from '../../../lib/errors'
import { DomainError } from '../../../domain/errors'

/** A field error as react-hook-form keeps it. Type 'server' means the message is already translated. */
export interface FieldErrorLike {
  type?: unknown
  message?: unknown
}

export const SERVER_ERROR = 'server'

/**
 * Translates a field's validation message. Zod messages are i18n keys: either namespaced
 * ('settings:validation.required') or a domain/data error code ('taxId.es.checkDigit') looked up in the error
 * namespaces. Errors set after a rejected save (type 'server') are shown as they are.
 */
export function useErrorText(): (error: FieldErrorLike | undefined) => string | undefined {
  const { t } = useTranslation()
  return useCallback(
    (error) => {
      const message = error?.message
      if (typeof message !== 'string' || message === '') return undefined
      if (error?.type === SERVER_ERROR) return message
      return t(message, { ns: [...ERROR_NAMESPACES, 'settings'], defaultValue: message })
    },
    [t],
  )
}

/**
 * Which form field a repository error belongs to: the path it names (params.path, e.g. 'contacts.0.email') when
 * that is a field of the form, else the first entry of `map` whose prefix starts the code or whose field is
 * params.field; undefined = show it on top of the form.
 */
export function fieldOfError<F extends string>(
  err: unknown,
  map: ReadonlyArray<readonly [prefix: string, field: F]>,
  isFormPath: (path: string) => path is F,
): F | undefined {
  const code = err instanceof DomainError ? err.code : (err as { code?: unknown } | null)?.code
  const params = err instanceof DomainError ? err.params : {}
  if (typeof params.path === 'string' && isFormPath(params.path)) return params.path
  if (typeof params.field === 'string' && isFormPath(params.field)) return params.field
  if (typeof code !== 'string') return undefined
  return map.find(([prefix]) => code.startsWith(prefix))?.[1]
}
