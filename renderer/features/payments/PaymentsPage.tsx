import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Button } from '../../components/Button'
import { PageHeader } from '../../components/PageHeader'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useFormat } from '../../lib/format'
import { can, overridable } from '../../domain/users/rights'
import { useRole } from '../users/session'
import { DeletePaymentDialog } from './DeletePaymentDialog'
import { usePaymentPages } from './hooks'
import type { PaymentRow } from '../../db/repos/paymentList'
import './payments.css'

/** Recent payments of every customer, newest first. */
export function PaymentsPage() {
  const { t } = useTranslation('payments')
  const fmt = useFormat()
  const navigate = useNavigate()
  const { rows, loadMore } = usePaymentPages()
  const role = useRole()
  const [toDelete, setToDelete] = useState<PaymentRow | null>(null)
  // The owner deletes; a clerk may ask the owner (override); the accountant only reads.
  const mayDelete = can(role, 'payments.delete') || overridable(role, 'payments.delete')
  const columns: Column<PaymentRow>[] = [
    { key: 'date', header: t('list.date'), width: '110px', render: (p) => fmt.date(p.date) },
    { key: 'customer', header: t('list.customer'), width: 'minmax(200px, 2fr)', render: (p) => p.customerName },
    { key: 'method', header: t('list.method'), width: '150px', render: (p) => t(`common:paymentMethods.${p.method}`) },
    { key: 'reference', header: t('list.reference'), width: 'minmax(120px, 1fr)', render: (p) => <span className="muted">{p.reference}</span> },
    { key: 'amount', header: t('list.amount'), width: '130px', align: 'right', render: (p) => <strong>{fmt.money(p.amount)}</strong> },
    {
      key: 'unallocated',
      header: t('list.unallocated'),
      width: '140px',
      align: 'right',
      render: (p) => (p.unallocated > 0 ? <span className="credit-amount">{fmt.money(p.unallocated)}</span> : ''),
    },
  ]
  if (mayDelete) {
    columns.push({
      key: 'actions',
      header: '',
      width: '120px',
      align: 'right',
      render: (p) => (
        <Button
          variant="danger"
          className="payment-delete"
          data-testid="payment-delete"
          aria-label={t('delete.actionOf', { amount: fmt.money(p.amount), customer: p.customerName })}
          onClick={(e) => {
            e.stopPropagation()
            setToDelete(p)
          }}
        >
          {t('delete.action')}
        </Button>
      ),
    })
  }
  return (
    <div className="inv-page inv-page-fill">
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          <Button variant="primary" data-testid="payments-new" onClick={() => void navigate('/payments/new')}>
            {t('list.new')}
          </Button>
        }
      />
      <VirtualTable
        label={t('list.title')}
        rows={rows ?? []}
        columns={columns}
        rowKey={(p) => p.id}
        onRowClick={(p) => void navigate(`/customers/${p.customerId}`)}
        onEndReached={loadMore}
        height="calc(100vh - 170px)"
        empty={rows === undefined ? t('common:app.loading') : t('list.empty')}
      />
      <DeletePaymentDialog payment={toDelete} onClose={() => setToDelete(null)} />
    </div>
  )
}
