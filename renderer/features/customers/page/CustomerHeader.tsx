import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { PageHeader } from '../../../components/PageHeader'
import { Badge } from '../../../components/StatusBadge'
import type { Customer } from '../../../domain/types'

/** Name, tax id, the flags that change how we invoice and collect, and the main actions. */
export function CustomerHeader({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers')
  const navigate = useNavigate()
  const overLimit = customer.creditLimit !== null && customer.balance > customer.creditLimit
  const id = encodeURIComponent(customer.id)
  return (
    <PageHeader
      title={
        <span className="customer-title">
          {customer.legalName}
          <span className="customer-code">{customer.code}</span>
        </span>
      }
      subtitle={
        <span className="customer-subtitle">
          <span data-testid="customer-header-taxId">{customer.taxId}</span>
          {customer.tradeName && customer.tradeName !== customer.legalName ? <span>{`· ${customer.tradeName}`}</span> : null}
          <span className="customer-badges">
            {overLimit ? <Badge tone="bad">{t('badges.overLimit')}</Badge> : null}
            {customer.requiresPO ? <Badge tone="info">{t('badges.requiresPO')}</Badge> : null}
            {customer.requiresPrepayment ? <Badge tone="warn">{t('badges.requiresPrepayment')}</Badge> : null}
            {customer.recargoEquivalencia ? <Badge tone="neutral">{t('badges.recargo')}</Badge> : null}
          </span>
        </span>
      }
      actions={
        <>
          <Button onClick={() => navigate(`/customers/${id}/edit`)} data-testid="customer-edit">
            {t('common:actions.edit')}
          </Button>
          <Button onClick={() => navigate(`/payments/new?customer=${id}`)} data-testid="customer-record-payment">
            {t('page.recordPayment')}
          </Button>
          <Button variant="primary" onClick={() => navigate(`/invoices/new?customer=${id}`)} data-testid="customer-new-invoice">
            {t('page.newInvoice')}
          </Button>
        </>
      }
    />
  )
}
