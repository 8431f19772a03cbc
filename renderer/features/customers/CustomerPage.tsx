import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { overdueOf, useCustomer, useOpenInvoices, useStatement, useTimeline } from './hooks'
import { CustomerHeader } from './page/CustomerHeader'
import { DetailsCard } from './page/DetailsCard'
import { FiguresCard } from './page/FiguresCard'
import { InterestCard } from './page/InterestCard'
import { LettersSentCard } from '../collections/customer/LettersSentCard'
import { CustomerConfirmations } from '../reports/confirmations/CustomerConfirmations'
import { LedgerCard } from './page/LedgerCard'
import { OpenInvoicesCard } from './page/OpenInvoicesCard'
import { TimelineCard } from './page/TimelineCard'
import './customers.css'

/** One customer: who they are, what they owe, what happened, and the next step. */
export function CustomerPage() {
  const { t } = useTranslation('customers')
  const { id = '' } = useParams()
  const customer = useCustomer(id)
  const open = useOpenInvoices(id)
  // What is past due today, from the open invoices the page reads anyway (the figure customerOverdue gives).
  const overdue = overdueOf(open)
  const statement = useStatement(id)
  const timeline = useTimeline(id)

  if (customer === undefined) return <p className="muted" role="status">{t('common:app.loading')}</p>
  if (customer === null) return <Alert tone="error">{t('page.notFound')}</Alert>

  return (
    <div className="customer-page">
      <CustomerHeader customer={customer} />
      <FiguresCard customer={customer} overdue={overdue} openCount={open?.length} />
      <OpenInvoicesCard invoices={open} />
      <InterestCard key={customer.id} customer={customer} />
      <div className="customer-columns">
        <div className="customer-main">
          <TimelineCard customerId={customer.id} items={timeline} />
        </div>
        <div className="customer-side">
          <DetailsCard customer={customer} />
        </div>
      </div>
      <LettersSentCard customerId={customer.id} />
      <CustomerConfirmations customer={customer} />
      <LedgerCard statement={statement} customerId={customer.id} />
    </div>
  )
}
