import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/format'
import type { PoSignal } from '../../../domain/reports/health'
import { Facts, MoreRows, SignalCard } from './SignalCard'

const ID = 'health-po'

/** Signal 4: issued invoices without the purchase-order number their customer requires. */
export function PoCard({ s }: { s: PoSignal }) {
  const { t } = useTranslation('health')
  const fmt = useFormat()
  return (
    <SignalCard
      testId={ID}
      title={t('po.title')}
      level={s.level}
      headline={t('po.headline', { count: s.count })}
      sub={
        s.requiredCount === 0
          ? t('po.noneRequired')
          : t('po.sub', { required: fmt.number(s.requiredCount), share: s.shareBp === null ? '–' : fmt.percent(s.shareBp) })
      }
      figures={
        <Facts
          items={[
            { label: t('po.customers'), value: fmt.number(s.customersRequiring) },
            { label: t('po.amount'), value: fmt.money(s.amount) },
            { label: t('po.open'), value: fmt.money(s.openAmount), bad: s.openAmount > 0 },
          ]}
        />
      }
      why={t('po.why')}
      target={t('po.target')}
      count={s.count}
    >
      <table className="table health-table" data-testid={`${ID}-list`}>
        <thead>
          <tr>
            <th>{t('col.invoice')}</th>
            <th>{t('col.date')}</th>
            <th>{t('col.customer')}</th>
            <th className="num">{t('col.total')}</th>
            <th className="num">{t('col.open')}</th>
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
              <td className="num">{fmt.money(r.total)}</td>
              <td className={`num ${r.openAmount > 0 ? 'amount-bad' : 'muted'}`}>{fmt.money(r.openAmount)}</td>
            </tr>
          )}
        />
      </table>
    </SignalCard>
  )
}
