import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/StatusBadge'
import type { BalanceConfirmationRecord } from '../../../domain/reports/confirmation'
import { useFormat } from '../../../lib/format'

const TONE = { sent: 'info', agreed: 'good', disputed: 'bad' } as const

/** Awaiting reply / Agreed / Disputed, with the difference (our balance − theirs) when disputed. */
export function ConfirmationBadge({ record }: { record: Pick<BalanceConfirmationRecord, 'status' | 'difference' | 'currency'> }) {
  const { t } = useTranslation('confirmations')
  const fmt = useFormat()
  return (
    <span className="cf-status">
      <Badge tone={TONE[record.status]}>{t(`status.${record.status}`)}</Badge>
      {record.status === 'disputed' && record.difference !== null ? (
        <span className="cf-difference">{t('difference', { amount: fmt.money(record.difference, record.currency) })}</span>
      ) : null}
    </span>
  )
}
