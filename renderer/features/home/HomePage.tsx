import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { EmptyState } from '../../components/Alert'
import { PageHeader } from '../../components/PageHeader'
import { today } from '../../lib/ctx'
import { useFormat } from '../../lib/format'
import { daysOverdue } from '../../domain/invoiceStatus'
import { OverdueAmount } from '../customers/OverdueAmount'
import { DemoProgress } from '../setup/DemoCompanyCard'
import { useOldestOverdue, useOverdue, usePromisesToday, useReceivable, useTopDebtors } from './hooks'
import '../customers/customers.css'
import './home.css'

function longDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00Z`))
}

/** The owner's morning view: what is owed, what is late, who owes most, and the three things people do most. */
export function HomePage() {
  const { t } = useTranslation('home')
  const fmt = useFormat()
  const navigate = useNavigate()
  const asOf = today()
  const receivable = useReceivable()
  const overdue = useOverdue(asOf)
  const debtors = useTopDebtors()
  const oldest = useOldestOverdue(asOf)
  const promises = usePromisesToday(asOf)
  const overdueShare = receivable && overdue && receivable.receivable > 0 ? Math.round((overdue.overdue / receivable.receivable) * 100) : null

  return (
    <div className="home-page">
      <PageHeader
        title={t('title')}
        subtitle={<span data-testid="home-today">{t('today', { date: longDate(asOf, fmt.locale) })}</span>}
        actions={
          <>
            <Button onClick={() => navigate('/customers/new')} data-testid="home-new-customer">
              {t('actions.newCustomer')}
            </Button>
            <Button onClick={() => navigate('/payments/new')} data-testid="home-record-payment">
              {t('actions.recordPayment')}
            </Button>
            <Button variant="primary" onClick={() => navigate('/invoices/new')} data-testid="home-new-invoice">
              {t('actions.newInvoice')}
            </Button>
          </>
        }
      />

      <DemoProgress />

      <div className="grid-3">
        <section className="card stat-card">
          <span className="stat-label">{t('stats.receivable')}</span>
          <span className="stat-value" data-testid="home-receivable">
            {receivable ? fmt.money(receivable.receivable) : '…'}
          </span>
          <span className="stat-note">{receivable ? t('stats.debtors', { count: receivable.debtors }) : ''}</span>
        </section>
        <section className={`card stat-card ${overdue && overdue.overdue > 0 ? 'is-alert' : ''}`}>
          <span className="stat-label">{t('stats.overdue')}</span>
          <span className={`stat-value ${overdue && overdue.overdue > 0 ? 'is-bad' : ''}`} data-testid="home-overdue">
            {overdue ? fmt.money(overdue.overdue) : '…'}
          </span>
          <span className="stat-note" data-testid="home-overdue-count">
            {overdue ? t('stats.overdueInvoices', { count: overdue.count }) : ''}
            {overdueShare !== null ? ` · ${t('stats.share', { percent: overdueShare })}` : ''}
          </span>
        </section>
        <section className="card stat-card">
          <span className="stat-label">{t('stats.promisesToday')}</span>
          <span className="stat-value" data-testid="home-promises">
            {promises ? promises.length : '…'}
          </span>
          <span className="stat-note">{t('stats.promisesNote')}</span>
        </section>
      </div>

      <div className="grid-2">
        <Card title={t('debtors.title')}>
          {debtors && debtors.length === 0 ? (
            <EmptyState>{t('debtors.none')}</EmptyState>
          ) : (
            <table className="table" data-testid="home-top-debtors">
              <thead>
                <tr>
                  <th>{t('debtors.customer')}</th>
                  <th className="num">{t('debtors.balance')}</th>
                  <th className="num">{t('debtors.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {(debtors ?? []).map((c) => (
                  <tr key={c.id} className="is-clickable" onClick={() => navigate(`/customers/${c.id}`)}>
                    <td>
                      <Link to={`/customers/${c.id}`} onClick={(e) => e.stopPropagation()}>
                        {c.legalName}
                      </Link>
                    </td>
                    <td className="num strong">{fmt.money(c.balance)}</td>
                    <td className="num">
                      <OverdueAmount customerId={c.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title={t('oldest.title')}>
          {oldest && oldest.length === 0 ? (
            <EmptyState>{t('oldest.none')}</EmptyState>
          ) : (
            <table className="table" data-testid="home-oldest-overdue">
              <thead>
                <tr>
                  <th>{t('oldest.invoice')}</th>
                  <th>{t('oldest.customer')}</th>
                  <th className="num">{t('oldest.daysLate')}</th>
                  <th className="num">{t('oldest.open')}</th>
                </tr>
              </thead>
              <tbody>
                {(oldest ?? []).map((inv) => (
                  <tr key={inv.id} className="is-clickable" onClick={() => navigate(`/invoices/${inv.id}`)}>
                    <td>
                      <Link to={`/invoices/${inv.id}`} onClick={(e) => e.stopPropagation()}>
                        {inv.fullNumber}
                      </Link>
                    </td>
                    <td className="ellipsis">{inv.customer.legalName}</td>
                    <td className="num amount-bad">{daysOverdue(inv.dueDate, asOf)}</td>
                    <td className="num strong">{fmt.money(inv.openAmount, inv.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </div>
  )
}
