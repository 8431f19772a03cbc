import { useTranslation } from 'react-i18next'
import { VirtualTable, type Column } from '../../../components/VirtualTable'
import type { BalanceConfirmationModel, BalanceConfirmationRecord } from '../../../domain/reports/confirmation'
import { useFormat } from '../../../lib/format'
import { ConfirmationBadge } from './ConfirmationBadge'

export interface CandidatesTableProps {
  models: BalanceConfirmationModel[]
  /** Confirmations already sent for this date, by customer id. */
  sent: Map<string, BalanceConfirmationRecord>
  selected: ReadonlySet<string>
  onToggle: (customerId: string) => void
}

/** A customer whose confirmation for the date has been answered is not sent again. */
export function isSelectable(customerId: string, sent: Map<string, BalanceConfirmationRecord>): boolean {
  const record = sent.get(customerId)
  return !record || record.status === 'sent'
}

/** Customers with a balance as of the date: tick the ones to print (only the visible rows are rendered). */
export function CandidatesTable({ models, sent, selected, onToggle }: CandidatesTableProps) {
  const { t } = useTranslation('confirmations')
  const fmt = useFormat()
  const columns: Column<BalanceConfirmationModel>[] = [
    {
      key: 'select',
      header: '',
      width: '44px',
      align: 'center',
      render: (m) => (
        <input
          type="checkbox"
          checked={selected.has(m.customer.id)}
          disabled={!isSelectable(m.customer.id, sent)}
          onChange={() => onToggle(m.customer.id)}
          aria-label={t('list.select', { name: m.customer.legalName })}
          data-testid={`confirm-row-${m.customer.code}`}
        />
      ),
    },
    {
      key: 'customer',
      header: t('list.customer'),
      width: 'minmax(220px, 1fr)',
      render: (m) => (
        <span className="cf-name" title={m.customer.legalName}>
          <span className="cf-strong">{m.customer.legalName}</span>
          <span className="cf-code">{m.customer.code}</span>
        </span>
      ),
    },
    { key: 'documents', header: t('list.documents'), width: '110px', align: 'right', render: (m) => fmt.number(m.documents.length) },
    {
      key: 'balance',
      header: t('list.balance'),
      width: '170px',
      align: 'right',
      render: (m) => (
        <span className="num" data-testid={`confirm-balance-${m.customer.code}`}>
          {fmt.money(Math.abs(m.balance), m.currency)}
          {m.balance < 0 ? <span className="cf-in-favour">{t('list.inFavour')}</span> : null}
        </span>
      ),
    },
    {
      key: 'status',
      header: t('list.status'),
      width: '250px',
      render: (m) => {
        const record = sent.get(m.customer.id)
        return record ? <ConfirmationBadge record={record} /> : <span className="muted">{t('list.notSent')}</span>
      },
    },
  ]
  return (
    <VirtualTable
      rows={models}
      columns={columns}
      rowKey={(m) => m.customer.id}
      label={t('list.title', { date: models[0] ? fmt.date(models[0].asOf) : '' })}
      height={Math.min(440, 44 + models.length * 40)}
      rowHeight={40}
    />
  )
}
