import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/StatusBadge'
import { useFormat } from '../../../lib/format'
import { DELIVERY_THRESHOLDS, type DeliverySignal } from '../../../domain/reports/health'
import { Facts, MoreRows, SignalCard } from './SignalCard'

const ID = 'health-delivery'

/** Signal 2: days from delivery to invoice, their spread, and the invoices issued after the legal deadline. */
export function DeliveryCard({ s }: { s: DeliverySignal }) {
  const { t } = useTranslation('health')
  const fmt = useFormat()
  const days = (n: number | null) => (n === null ? '–' : fmt.number(n))
  const total = Math.max(1, s.measured)
  return (
    <SignalCard
      testId={ID}
      title={t('delivery.title')}
      level={s.level}
      headline={s.averageDays === null ? t('delivery.noData') : t('delivery.headline', { count: s.averageDays, days: days(s.averageDays) })}
      sub={t('delivery.sub', { median: days(s.medianDays), max: days(s.maxDays) })}
      figures={
        <Facts
          items={[
            { label: t('delivery.measured'), value: fmt.number(s.measured) },
            { label: t('delivery.late'), value: fmt.number(s.lateCount), testId: `${ID}-late`, bad: s.lateCount > 0 },
            { label: t('delivery.lateAmount'), value: fmt.money(s.lateAmount) },
          ]}
        />
      }
      why={`${t('delivery.why')} ${t(`delivery.law.${s.rule}`)}`}
      target={t('delivery.target', { days: DELIVERY_THRESHOLDS.averageDays })}
      count={s.rows.length}
    >
      <div className="health-buckets" data-testid={`${ID}-buckets`}>
        <div className="health-stack" aria-hidden="true">
          {s.buckets.map((b) => (
            <span key={b.bucket} className={`health-seg seg-${b.bucket}`} style={{ width: `${(b.count / total) * 100}%` }} />
          ))}
        </div>
        <ul className="health-legend">
          {s.buckets.map((b) => (
            <li key={b.bucket}>
              <span className={`health-swatch seg-${b.bucket}`} aria-hidden="true" />
              <span>{t(`delivery.bucket.${b.bucket}`)}</span>
              <strong>{fmt.number(b.count)}</strong>
            </li>
          ))}
        </ul>
        {s.withoutDeliveryDate > 0 ? <p className="muted">{t('delivery.without', { count: s.withoutDeliveryDate })}</p> : null}
      </div>
      <h3>{t('delivery.list')}</h3>
      <table className="table health-table" data-testid={`${ID}-list`}>
        <thead>
          <tr>
            <th>{t('col.invoice')}</th>
            <th>{t('col.customer')}</th>
            <th>{t('col.delivered')}</th>
            <th>{t('col.issued')}</th>
            <th className="num">{t('col.days')}</th>
            <th>{t('col.deadline')}</th>
            <th className="num">{t('col.total')}</th>
          </tr>
        </thead>
        <MoreRows
          rows={s.rows}
          columns={7}
          testId={ID}
          render={(r) => (
            <tr key={r.invoiceId} data-testid={`${ID}-row-${r.invoiceId}`} data-late={r.late || undefined}>
              <td>
                <Link to={`/invoices/${r.invoiceId}`}>{r.number}</Link>
              </td>
              <td className="health-wrap">
                <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link>
              </td>
              <td>{fmt.date(r.deliveryDate)}</td>
              <td>{fmt.date(r.issueDate)}</td>
              <td className="num strong">{r.days}</td>
              <td>
                {fmt.date(r.deadline)}{' '}
                {r.late ? <Badge tone="bad">{t('delivery.lateBadge', { count: r.daysLate })}</Badge> : null}
              </td>
              <td className="num">{fmt.money(r.total)}</td>
            </tr>
          )}
        />
      </table>
    </SignalCard>
  )
}
