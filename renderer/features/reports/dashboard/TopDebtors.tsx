import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/Alert'
import type { TopDebtor } from '../../../db/repos/reports/dashboard'
import { useFormat } from '../../../lib/format'

/** The ten customers who owe most today, each linking to its page; the aging report has everyone. */
export function TopDebtors({ debtors, total }: { debtors: TopDebtor[]; total: number }) {
  const { t } = useTranslation('dashboard')
  const fmt = useFormat()
  const navigate = useNavigate()
  return (
    <section className="card dash-debtors">
      <header className="card-header">
        <h2>{t('debtors.title')}</h2>
        <Link to="/reports/aging" className="dash-link" data-testid="dashboard-aging-link">
          {t('debtors.seeAll')}
        </Link>
      </header>
      {debtors.length === 0 ? (
        <EmptyState>{t('debtors.none')}</EmptyState>
      ) : (
        <table className="table" data-testid="dashboard-top-debtors">
          <thead>
            <tr>
              <th>{t('debtors.customer')}</th>
              <th className="num">{t('debtors.open')}</th>
              <th className="dash-share-col" aria-hidden="true" />
              <th className="num">{t('debtors.overdue')}</th>
              <th className="num">{t('debtors.oldest')}</th>
            </tr>
          </thead>
          <tbody>
            {debtors.map((d) => (
              <tr key={d.customerId} className="is-clickable" onClick={() => navigate(`/customers/${d.customerId}`)}>
                <td className="dash-debtor">
                  <Link to={`/customers/${d.customerId}`} onClick={(e) => e.stopPropagation()} data-testid={`dashboard-debtor-${d.customerId}`}>
                    {d.name}
                  </Link>
                  <span className="dash-debtor-count">{t('debtors.invoices', { count: d.invoices })}</span>
                </td>
                <td className="num strong">{fmt.money(d.open)}</td>
                <td className="dash-share-col" aria-hidden="true">
                  <span className="dash-share">
                    <span className="dash-share-due" style={{ width: `${share(d.open - d.overdue, total)}%` }} />
                    <span className="dash-share-late" style={{ width: `${share(d.overdue, total)}%` }} />
                  </span>
                </td>
                <td className={`num ${d.overdue > 0 ? 'amount-bad' : 'muted'}`}>{d.overdue > 0 ? fmt.money(d.overdue) : '–'}</td>
                <td className={`num ${d.oldestDaysPastDue > 0 ? 'amount-bad' : 'muted'}`}>
                  {d.oldestDaysPastDue > 0 ? t('debtors.days', { count: d.oldestDaysPastDue }) : t('debtors.notDue')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** Share of the largest debt, for the little bar next to each amount. */
function share(amount: number, largest: number): number {
  return largest > 0 ? Math.max(0, Math.min(100, (amount / largest) * 100)) : 0
}
