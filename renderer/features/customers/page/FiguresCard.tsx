import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/format'
import type { Cents, Customer } from '../../../domain/types'

/** What the customer owes, what is late, how many invoices are open; their credit when they paid too much. */
export function FiguresCard({ customer, overdue, openCount }: { customer: Customer; overdue: Cents | undefined; openCount: number | undefined }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const credit = customer.balance < 0 ? -customer.balance : 0
  return (
    <section className="card figures-card">
      <div className="card-body grid-4">
        <div className="stat">
          <span className="stat-label">{t('figures.balance')}</span>
          <span className="stat-value" data-testid="customer-balance">
            {fmt.money(customer.balance)}
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('figures.overdue')}</span>
          <span className={`stat-value ${overdue ? 'is-bad' : ''}`} data-testid="customer-overdue">
            {overdue === undefined ? '…' : fmt.money(overdue)}
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('figures.openInvoices')}</span>
          <span className="stat-value" data-testid="customer-open-count">
            {openCount ?? '…'}
          </span>
        </div>
        {credit > 0 ? (
          <div className="stat">
            <span className="stat-label">{t('figures.customerCredit')}</span>
            <span className="stat-value is-good" data-testid="customer-credit">
              {fmt.money(credit)}
            </span>
          </div>
        ) : (
          <div className="stat">
            <span className="stat-label">{t('figures.creditLimit')}</span>
            <span className="stat-value">{customer.creditLimit === null ? t('list.noLimit') : fmt.money(customer.creditLimit)}</span>
          </div>
        )}
      </div>
    </section>
  )
}
