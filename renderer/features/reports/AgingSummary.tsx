import { useTranslation } from 'react-i18next'
import { useFormat } from '../../lib/format'
import type { AgingReport } from '../../domain/reports/aging'

/** One tile per bucket (amount and share of the total) and the grand total. */
export function AgingSummary({ report, labels }: { report: AgingReport; labels: string[] }) {
  const { t } = useTranslation('reports')
  const fmt = useFormat()
  const share = (amount: number) => (report.grandTotal > 0 ? Math.round((amount / report.grandTotal) * 100) : 0)
  return (
    <div className="aging-summary" data-testid="aging-summary">
      {report.totals.map((amount, i) => (
        <section key={i} className={`card aging-tile ${i > 0 && amount > 0 ? 'is-late' : ''}`}>
          <span className="stat-label">{labels[i]}</span>
          <span className="aging-tile-value" data-testid={`aging-total-${i}`}>
            {fmt.money(amount)}
          </span>
          <span className="aging-tile-share">{t('aging.summary.share', { percent: share(amount) })}</span>
          <span className="aging-bar" aria-hidden="true">
            <span style={{ width: `${share(amount)}%` }} />
          </span>
        </section>
      ))}
      <section className="card aging-tile is-total">
        <span className="stat-label">{t('aging.summary.grandTotal')}</span>
        <span className="aging-tile-value" data-testid="aging-grand-total">
          {fmt.money(report.grandTotal)}
        </span>
        <span className="aging-tile-share">{t('aging.summary.customers', { count: report.rows.length })}</span>
      </section>
    </div>
  )
}
