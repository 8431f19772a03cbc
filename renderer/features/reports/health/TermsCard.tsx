import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/format'
import { TERMS_DIFFERENCE_KINDS, TERMS_THRESHOLDS, type TermsSignal } from '../../../domain/reports/health'
import { differenceText } from './differences'
import { Facts, MoreRows, SignalCard } from './SignalCard'

const ID = 'health-terms'

/** Signal 3: invoices on conditions other than the customer's (salesmen's deals), saying what differs. */
export function TermsCard({ s }: { s: TermsSignal }) {
  const { t } = useTranslation('health')
  const fmt = useFormat()
  return (
    <SignalCard
      testId={ID}
      title={t('terms.title')}
      level={s.level}
      headline={t('terms.headline', { count: s.count })}
      sub={t('terms.sub', { share: s.shareBp === null ? '–' : fmt.percent(s.shareBp), invoices: fmt.number(s.invoiceCount) })}
      figures={
        <Facts
          items={[
            ...TERMS_DIFFERENCE_KINDS.map((k) => ({ label: t(`terms.kind.${k}`), value: fmt.number(s.byKind[k]) })),
            { label: t('terms.extraDiscount'), value: fmt.money(s.extraDiscount), testId: `${ID}-extra` },
          ]}
        />
      }
      why={t('terms.why')}
      target={t('terms.target', { warn: fmt.percent(TERMS_THRESHOLDS.warnAt) })}
      count={s.count}
    >
      <table className="table health-table" data-testid={`${ID}-list`}>
        <thead>
          <tr>
            <th>{t('col.invoice')}</th>
            <th>{t('col.date')}</th>
            <th>{t('col.customer')}</th>
            <th>{t('col.differs')}</th>
            <th className="num">{t('col.total')}</th>
          </tr>
        </thead>
        <MoreRows
          rows={s.rows}
          columns={5}
          testId={ID}
          render={(r) => (
            <tr key={r.invoiceId} data-testid={`${ID}-row-${r.invoiceId}`}>
              <td>
                <Link to={`/invoices/${r.invoiceId}`}>{r.number}</Link>
              </td>
              <td>{fmt.date(r.issueDate)}</td>
              <td className="health-wrap">
                <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link>
              </td>
              <td className="health-wrap">
                <ul className="health-diffs">
                  {r.differences.map((d, i) => (
                    <li key={i}>{differenceText(t, fmt, d)}</li>
                  ))}
                </ul>
              </td>
              <td className="num">{fmt.money(r.total)}</td>
            </tr>
          )}
        />
      </table>
    </SignalCard>
  )
}
