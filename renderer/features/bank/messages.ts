/**
 * Translating what the bank domain says: parser problems (errors:bank.*, with their line) and the matcher's reasons
 * and warnings (bank:match.*). Amount params arrive in cents and dates in ISO: both are formatted in the user's
 * locale before the message is built.
 */
import type { TFunction } from 'i18next'
import { isValidIsoDate } from '../../domain/dates'
import type { MatchReason, MatchWarning } from '../../domain/bank/matching'
import type { StatementProblem } from '../../domain/bank/types'
import type { CurrencyCode } from '../../domain/types'
import type { Formatters } from '../../lib/format'

type Params = Record<string, string | number>

/** Money in a statement's currency (any ISO 4217 code the bank gives; the company's when it is not one). */
export function moneyIn(fmt: Formatters, cents: number, currency?: string): string {
  const code = String(currency ?? '').toUpperCase()
  return fmt.money(cents, (/^[A-Z]{3}$/.test(code) ? code : fmt.currency) as CurrencyCode)
}

/** Params named like money (cents) in the matcher's reasons and warnings. */
const MONEY_PARAMS = new Set(['amount', 'discount', 'open'])
/** Params holding ISO dates. */
const DATE_PARAMS = new Set(['date', 'previous', 'from', 'to'])

function formatDates(params: Params, fmt: Formatters): Params {
  const out: Params = { ...params }
  for (const k of DATE_PARAMS) {
    const v = out[k]
    if (typeof v === 'string' && isValidIsoDate(v)) out[k] = fmt.date(v)
  }
  return out
}

/** A parser problem's params ready for its message: `expectedAmount`/`foundAmount` as money, dates in the locale. */
export function problemParams(params: Params, fmt: Formatters, currency?: string): Params {
  const out = formatDates(params, fmt)
  for (const k of Object.keys(params)) {
    const cents = k.endsWith('Amount') ? params[k.slice(0, -'Amount'.length)] : undefined
    if (typeof cents === 'number' && Number.isSafeInteger(cents)) out[k] = moneyIn(fmt, cents, currency)
  }
  return out
}

/** "Línea 12: Los saldos no cuadran…" (without the line prefix when the problem is about the whole file). */
export function problemText(t: TFunction, fmt: Formatters, p: StatementProblem, currency?: string): string {
  const unexpected = t('common:errors.unexpected', { detail: p.code })
  const message = t(p.code, { ns: 'errors', ...problemParams(p.params, fmt, currency), defaultValue: unexpected })
  return p.line > 0 ? t('errors:bank.atLine', { line: p.line, message }) : message
}

/** A reason or warning of the matcher as a short translated sentence. */
export function matchText(t: TFunction, fmt: Formatters, r: MatchReason | MatchWarning, currency: string): string {
  const params = formatDates(r.params, fmt)
  for (const k of MONEY_PARAMS) {
    const v = r.params[k]
    if (typeof v === 'number') params[k] = moneyIn(fmt, v, currency)
  }
  return t(r.code, { ns: 'bank', ...params, defaultValue: r.code })
}

export type ConfidenceLevel = 'high' | 'medium' | 'low'

export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= 80 ? 'high' : confidence >= 50 ? 'medium' : 'low'
}

/** A stored timestamp (importedAt, decidedAt) as the user's local date and time. */
export function formatDateTime(locale: string, iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d)
}
