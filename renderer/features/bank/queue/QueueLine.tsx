import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { confirmMatch } from '../../../db/repos/bank/match'
import type { MatchIndex, MatchProposal } from '../../../domain/bank/matching'
import { formatIban } from '../../../domain/iban'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import type { QueueItem } from '../hooks'
import { moneyIn } from '../messages'
import { ProposalView } from './ProposalView'

/** Proposals shown per line (the matcher returns at most five, best first). */
const SHOWN = 3

export interface QueueLineProps {
  item: QueueItem
  index: MatchIndex
  onSplit: (item: QueueItem) => void
  onIgnore: (item: QueueItem) => void
}

/** One incoming credit waiting for a decision, with its best proposals and the ways to decide by hand. */
export function QueueLine({ item, index, onSplit, onIgnore }: QueueLineProps) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const { line, proposals } = item
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  async function confirm(proposal: MatchProposal, opts: { allowPayerMismatch: boolean; note: string }) {
    setBusy(true)
    setError('')
    try {
      await confirmMatch(ctx, line.id, proposal, opts)
      const customer = index.customers.get(proposal.customerId)?.legalName ?? ''
      useToasts.getState().push('success', t('queue.confirmed', { amount: moneyIn(fmt, line.amount, String(line.currency)), customer }))
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <li className="bank-line" data-testid={`bank-line-${line.id}`}>
      <div className="bank-line-head">
        <div className="bank-line-when">
          <span className="bank-line-date">{fmt.date(line.valueDate || line.bookingDate)}</span>
          <span className="bank-line-amount">{moneyIn(fmt, line.amount, String(line.currency))}</span>
        </div>
        <div className="bank-line-who">
          <span className="bank-party">{line.counterpartyName || <span className="muted">{t('line.noName')}</span>}</span>
          {line.counterpartyIban ? <span className="bank-iban muted">{formatIban(line.counterpartyIban)}</span> : null}
          {line.remittance ? <span className="bank-remittance-text">{line.remittance}</span> : <span className="muted">{t('line.noRemittance')}</span>}
        </div>
        <div className="bank-line-actions">
          <Button variant="ghost" onClick={() => onIgnore(item)} data-testid="bank-ignore">
            {t('queue.ignore')}
          </Button>
          <Button onClick={() => onSplit(item)} data-testid="bank-split">
            {t('queue.split')}
          </Button>
        </div>
      </div>
      {error ? (
        <div className="alert alert-error bank-line-error" role="alert">
          {error}
        </div>
      ) : null}
      {proposals.length === 0 ? (
        <p className="bank-no-proposal muted" data-testid="bank-no-proposal">
          {t('queue.noProposal')}
        </p>
      ) : (
        <div className="bank-proposals">
          {proposals.slice(0, SHOWN).map((p, rank) => (
            <ProposalView key={`${p.customerId}-${rank}`} line={line} proposal={p} index={index} rank={rank} busy={busy} onConfirm={(pr, o) => void confirm(pr, o)} />
          ))}
        </div>
      )}
    </li>
  )
}
