import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { Alert } from '../../../components/Alert'
import { ERROR_NAMESPACES } from '../../../lib/errors'

export interface Problem {
  code: string
  params?: Record<string, string | number>
  /** Already translated (form validation messages). */
  text?: string
}

/** Problems to list from whatever a save or issue threw (a refusal may carry every problem it found). */
export function problemsOfError(err: unknown): Problem[] {
  const e = err as { code?: unknown; params?: Record<string, unknown>; problems?: unknown } | null
  if (e && Array.isArray(e.problems) && e.problems.length > 0) {
    return (e.problems as Problem[]).filter((p) => typeof p?.code === 'string')
  }
  const nested = e?.params?.problems
  if (Array.isArray(nested) && nested.length > 0) return (nested as Problem[]).filter((p) => typeof p?.code === 'string')
  if (e && typeof e.code === 'string') return [{ code: e.code, params: (e.params ?? {}) as Problem['params'] }]
  return [{ code: 'common:errors.unexpected', params: { detail: err instanceof Error ? err.message : String(err) } }]
}

export function translateProblem(t: TFunction, p: Problem): string {
  if (p.text) return p.text
  return t(p.code, {
    ns: [...ERROR_NAMESPACES, 'invoices'],
    ...(p.params ?? {}),
    defaultValue: t('common:errors.unexpected', { detail: p.code }),
  })
}

/** The translated list of what stops an invoice from being saved or issued; scrolls itself into view. */
export function IssueProblems({ problems, title, testId = 'invoice-problems' }: { problems: Problem[]; title?: string; testId?: string }) {
  const { t } = useTranslation('invoices')
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' })
  }, [problems])
  return (
    <div ref={ref} data-testid={testId}>
      <Alert tone="error" title={title ?? t('problems.title')}>
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.code}-${i}`}>{translateProblem(t, p)}</li>
          ))}
        </ul>
      </Alert>
    </div>
  )
}
