import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/StatusBadge'
import { useFormat } from '../../../lib/format'
import { DISPUTE_THRESHOLDS, type DisputeSignal } from '../../../domain/reports/health'
import { Facts, MoreRows, SignalCard } from './SignalCard'

const ID = 'health-disputes'

/** Signal 5: disputes opened in the period by reason, open and settled, with the disputed invoices. */
export function DisputesCard({ s }: { s: DisputeSignal }) {
  const { t } = useTranslation('health')
  const fmt = useFormat()
  const avg = (n: number | null) => (n === null ? '–' : t('disputes.days', { count: n, days: fmt.number(n) }))
  return (
    <SignalCard
      testId={ID}
      title={t('disputes.title')}
      level={s.level}
      headline={t('disputes.headline', { count: s.count })}
      sub={t('disputes.sub', { open: fmt.number(s.open), resolved: fmt.number(s.resolved), rate: s.rateBp === null ? '–' : fmt.percent(s.rateBp) })}
      figures={
        <Facts
          items={[
            { label: t('disputes.open'), value: fmt.number(s.open), testId: `${ID}-open`, bad: s.stale > 0 },
            { label: t('disputes.openAmount'), value: fmt.money(s.openAmount) },
            { label: t('disputes.average'), value: avg(s.averageDaysToResolve) },
          ]}
        />
      }
      why={t('disputes.why')}
      target={t('disputes.target', { warn: fmt.percent(DISPUTE_THRESHOLDS.warnAt), days: DISPUTE_THRESHOLDS.staleDays })}
      count={s.count}
    >
      <table className="table health-table health-reasons" data-testid={`${ID}-reasons`}>
        <thead>
          <tr>
            <th>{t('col.reason')}</th>
            <th className="num">{t('col.count')}</th>
            <th className="num">{t('disputes.open')}</th>
            <th className="num">{t('disputes.resolved')}</th>
            <th className="num">{t('col.open')}</th>
            <th className="num">{t('disputes.average')}</th>
          </tr>
        </thead>
        <tbody>
          {s.byReason.map((r) => (
            <tr key={r.reason} className={r.count === 0 ? 'muted' : undefined} data-testid={`${ID}-reason-${r.reason}`}>
              <td>{t(`disputes.reason.${r.reason}`)}</td>
              <td className="num strong">{r.count}</td>
              <td className="num">{r.open}</td>
              <td className="num">{r.resolved}</td>
              <td className="num">{r.count === 0 ? '–' : fmt.money(r.openAmount)}</td>
              <td className="num">{avg(r.averageDaysToResolve)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('disputes.list')}</h3>
      <table className="table health-table" data-testid={`${ID}-list`}>
        <thead>
          <tr>
            <th>{t('col.invoice')}</th>
            <th>{t('col.customer')}</th>
            <th>{t('col.reason')}</th>
            <th>{t('disputes.openedOn')}</th>
            <th>{t('disputes.status')}</th>
            <th className="num">{t('col.open')}</th>
          </tr>
        </thead>
        <MoreRows
          rows={s.rows}
          columns={6}
          testId={ID}
          render={(r) => (
            <tr key={r.disputeId} data-testid={`${ID}-row-${r.disputeId}`}>
              <td>
                <Link to={`/invoices/${r.invoiceId}`}>{r.number}</Link>
              </td>
              <td className="health-wrap">
                <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link>
              </td>
              <td className="health-wrap">
                <span className="strong">{t(`disputes.reason.${r.reason}`)}</span>
                <span className="health-note">{r.text}</span>
              </td>
              <td>{fmt.date(r.openedOn)}</td>
              <td>
                {r.resolvedOn === '' ? (
                  <Badge tone={r.days > DISPUTE_THRESHOLDS.staleDays ? 'bad' : 'warn'}>{t('disputes.openFor', { count: r.days })}</Badge>
                ) : (
                  <span className="muted">{t('disputes.resolvedOn', { date: fmt.date(r.resolvedOn), count: r.days })}</span>
                )}
              </td>
              <td className={`num ${r.openAmount > 0 ? 'strong' : 'muted'}`}>{fmt.money(r.openAmount)}</td>
            </tr>
          )}
        />
      </table>
    </SignalCard>
  )
}
