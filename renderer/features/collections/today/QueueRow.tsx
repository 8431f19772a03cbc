import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { TodayCustomer } from '../../../db/repos/collections/todayRows'
import { useFormat } from '../../../lib/format'

/** The customer block of a queue row: name (to the customer page), code, what is overdue, how to reach them. */
export function CustomerCell({ item, customer, showPhone = false }: { item: WorkQueueItem; customer: TodayCustomer | undefined; showPhone?: boolean }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const approver = customer?.contacts.find((c) => c.approvesInvoices && c.phone) ?? customer?.contacts.find((c) => c.phone)
  return (
    <div className="q-customer">
      <Link to={`/customers/${item.customerId}`} className="q-name">
        {item.customerName}
      </Link>
      {customer && customer.legalName !== item.customerName ? <span className="q-legal">{customer.legalName}</span> : null}
      <div className="q-meta">
        <span className="code">{item.customerCode}</span>
        {item.overdue > 0 ? <span className="amount-bad">{t('today.overdueAmount', { amount: fmt.money(item.overdue) })}</span> : null}
      </div>
      {showPhone && customer ? (
        <div className="q-phones">
          {customer.phone ? <a href={`tel:${customer.phone}`}>{customer.phone}</a> : null}
          {approver ? (
            <span>
              {`${approver.name}${approver.role ? ` (${approver.role})` : ''}: `}
              <a href={`tel:${approver.phone}`}>{approver.phone}</a>
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

/** One customer row of a Today section: who, what and why, and the buttons. */
export function QueueRow({ testId, customer, children, actions, tone }: { testId?: string; customer: ReactNode; children: ReactNode; actions: ReactNode; tone?: 'bad' | 'warn' }) {
  return (
    <li className={`q-row ${tone ? `q-row-${tone}` : ''}`} data-testid={testId}>
      {customer}
      <div className="q-what">{children}</div>
      <div className="q-actions">{actions}</div>
    </li>
  )
}
