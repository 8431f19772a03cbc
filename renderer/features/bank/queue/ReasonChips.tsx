import { useTranslation } from 'react-i18next'
import type { MatchProposal } from '../../../domain/bank/matching'
import { useFormat } from '../../../lib/format'
import { confidenceLevel, matchText } from '../messages'

/** The reasons the matcher gives that have a short label (others show their sentence). */
const SHORT = new Set([
  'invoiceNumber', 'payerIban', 'payerTaxId', 'payerName', 'exactAmount', 'earlyDiscount', 'combination', 'writeOff',
  'extraInvoices', 'promise', 'partial', 'oldestFirst', 'overpayment', 'noOpenInvoices', 'ambiguous',
  'invoiceAlreadyPaid', 'amountExceeds', 'currencyMismatch',
])

const TONES = { high: 'good', medium: 'warn', low: 'neutral' } as const

export function ConfidenceBadge({ confidence }: { confidence: number }) {
  const { t } = useTranslation('bankUi')
  const level = confidenceLevel(confidence)
  return (
    <span className={`badge badge-tone-${TONES[level]} bank-confidence`} data-testid="bank-confidence" title={t('confidence.hint')}>
      {t('confidence.label', { level: t(`confidence.${level}`), value: confidence })}
    </span>
  )
}

/** Why the proposal was made, as short chips (the whole sentence on hover); warnings other than the payer's in amber. */
export function ReasonChips({ proposal, currency }: { proposal: MatchProposal; currency: string }) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const chip = (code: string, params: Record<string, string | number>, sentence: string) => {
    const key = code.replace(/^match\./, '')
    return SHORT.has(key) ? t(`chips.${key}`, params) : sentence
  }
  const warnings = proposal.warnings.filter((w) => w.code !== 'match.payerMismatch')
  return (
    <ul className="bank-chips" aria-label={t('proposal.why')}>
      {proposal.reasons.map((r, i) => {
        const sentence = matchText(t, fmt, r, currency)
        return (
          <li key={`r${i}`} className={`bank-chip ${r.points < 0 ? 'is-minus' : r.points > 0 ? 'is-plus' : ''}`} title={sentence} data-testid="bank-reason">
            {chip(r.code, r.params, sentence)}
            {r.points !== 0 ? <span className="bank-chip-points">{r.points > 0 ? `+${r.points}` : r.points}</span> : null}
          </li>
        )
      })}
      {warnings.map((w, i) => {
        const sentence = matchText(t, fmt, w, currency)
        return (
          <li key={`w${i}`} className="bank-chip is-warning" title={sentence} data-testid="bank-warning">
            {sentence}
          </li>
        )
      })}
    </ul>
  )
}
