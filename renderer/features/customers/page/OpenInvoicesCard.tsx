import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Card } from '../../../components/Card'
import { EmptyState } from '../../../components/Alert'
import { StatusBadge } from '../../../components/StatusBadge'
import { useFormat } from '../../../lib/format'
import { today } from '../../../lib/ctx'
import { daysOverdue, invoiceStatus } from '../../../domain/invoiceStatus'
import type { Invoice } from '../../../domain/types'

/** The customer's open invoices, oldest due first. */
export function OpenInvoicesCard({ invoices }: { invoices: Invoice[] | undefined }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const navigate = useNavigate()
  const asOf = today()
  return (
    <Card title={t('openInvoices.title')}>
      {invoices === undefined ? (
        <p className="muted">{t('common:app.loading')}</p>
      ) : invoices.length === 0 ? (
        <EmptyState>{t('openInvoices.none')}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="customer-open-invoices">
            <thead>
              <tr>
                <th>{t('openInvoices.number')}</th>
                <th>{t('openInvoices.issueDate')}</th>
                <th>{t('openInvoices.dueDate')}</th>
                <th className="num">{t('openInvoices.daysOverdue')}</th>
                <th className="num">{t('openInvoices.total')}</th>
                <th className="num">{t('openInvoices.open')}</th>
                <th>{t('openInvoices.status')}</th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((inv) => {
                const late = daysOverdue(inv.dueDate, asOf)
                return (
                  <tr key={inv.id} className="is-clickable" onClick={() => navigate(`/invoices/${inv.id}`)}>
                    <td>
                      <a href={`#/invoices/${inv.id}`} onClick={(e) => e.stopPropagation()}>
                        {inv.fullNumber}
                      </a>
                    </td>
                    <td>{fmt.date(inv.issueDate)}</td>
                    <td>{fmt.date(inv.dueDate)}</td>
                    <td className={`num ${late > 0 ? 'amount-bad' : 'muted'}`}>{late > 0 ? late : '—'}</td>
                    <td className="num">{fmt.money(inv.totals.total, inv.currency)}</td>
                    <td className="num strong">{fmt.money(inv.openAmount, inv.currency)}</td>
                    <td>
                      <StatusBadge status={invoiceStatus(inv, asOf)} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  )
}
