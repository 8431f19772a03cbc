import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Button } from '../../../components/Button'
import type { BankLineRow } from '../../../db/repos/bank/tables'
import type { MatchIndex, MatchProposal } from '../../../domain/bank/matching'
import { useFormat } from '../../../lib/format'
import { moneyIn } from '../messages'
import { MismatchDecision, mismatchReady, type MismatchState } from './MismatchDecision'
import { ConfidenceBadge, ReasonChips } from './ReasonChips'

export interface ProposalViewProps {
  line: BankLineRow
  proposal: MatchProposal
  index: MatchIndex
  /** 0 = the best proposal. */
  rank: number
  busy: boolean
  onConfirm: (proposal: MatchProposal, opts: { allowPayerMismatch: boolean; note: string }) => void
}

/** One way of applying the money: the customer, the invoices and amounts, the credit left, the write-off, and why. */
export function ProposalView({ line, proposal, index, rank, busy, onConfirm }: ProposalViewProps) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const [decision, setDecision] = useState<MismatchState>({ allowed: false, note: '' })
  const customer = index.customers.get(proposal.customerId)
  const currency = String(line.currency)
  const money = (c: number) => moneyIn(fmt, c, currency)
  const mismatch = proposal.warnings.find((w) => w.code === 'match.payerMismatch')
  const canConfirm = !proposal.needsDecision || mismatchReady(decision)
  const suffix = rank === 0 ? '' : `-${rank}`
  const writeOffInvoice = proposal.writeOff ? index.invoices.get(proposal.writeOff.invoiceId) : undefined
  const writeOffReason = proposal.writeOff
    ? proposal.writeOff.reason === 'bankCharges'
      ? t('bank:match.writeOffReasons.bankCharges')
      : proposal.writeOff.reason
    : ''

  return (
    <div className={`bank-proposal ${rank === 0 ? 'is-best' : ''} ${proposal.needsDecision ? 'is-mismatch' : ''}`} data-testid={`bank-proposal${suffix}`}>
      <div className="bank-proposal-head">
        <ConfidenceBadge confidence={proposal.confidence} />
        {customer ? (
          <Link className="bank-customer" to={`/customers/${customer.id}`}>
            <span className="muted">{customer.code}</span> {customer.legalName}
          </Link>
        ) : null}
        <Button
          variant={rank === 0 && !proposal.needsDecision ? 'primary' : 'secondary'}
          className="bank-confirm"
          disabled={!canConfirm}
          busy={busy}
          title={canConfirm ? undefined : t('mismatch.confirmDisabled')}
          onClick={() => onConfirm(proposal, { allowPayerMismatch: proposal.needsDecision && decision.allowed, note: decision.note.trim() })}
          data-testid={`bank-confirm-${line.id}${suffix}`}
        >
          {t('proposal.confirm')}
        </Button>
      </div>
      <ul className="bank-allocs">
        {proposal.allocations.map((a) => {
          const inv = index.invoices.get(a.invoiceId)
          const partial = inv ? a.amount + a.discount < inv.openAmount : false
          return (
            <li key={a.invoiceId} data-testid="bank-alloc">
              <Link className="bank-inv-number" to={`/invoices/${a.invoiceId}`}>
                {inv?.fullNumber ?? a.invoiceId}
              </Link>
              <span className="muted">{inv ? t('proposal.due', { date: fmt.date(inv.dueDate) }) : ''}</span>
              <span className="bank-alloc-amount">{money(a.amount)}</span>
              <span className="muted small">
                {a.discount > 0 ? t('proposal.discount', { amount: money(a.discount) }) : ''}
                {partial && inv ? t('proposal.partialOf', { open: money(inv.openAmount) }) : ''}
              </span>
            </li>
          )
        })}
        {proposal.writeOff ? (
          <li className="is-writeoff">
            <span>{t('proposal.writeOff', { number: writeOffInvoice?.fullNumber ?? '' })}</span>
            <span />
            <span className="bank-alloc-amount">{money(proposal.writeOff.amount)}</span>
            <span className="muted small">{writeOffReason}</span>
          </li>
        ) : null}
        {proposal.unallocated > 0 ? (
          <li className="is-credit">
            <span>{t('proposal.credit')}</span>
            <span />
            <span className="bank-alloc-amount">{money(proposal.unallocated)}</span>
            <span />
          </li>
        ) : null}
      </ul>
      <ReasonChips proposal={proposal} currency={currency} />
      {mismatch ? (
        <MismatchDecision
          payer={String(mismatch.params.payerCustomer ?? '')}
          customer={String(mismatch.params.invoiceCustomer ?? customer?.legalName ?? '')}
          value={decision}
          onChange={setDecision}
        />
      ) : null}
    </div>
  )
}
