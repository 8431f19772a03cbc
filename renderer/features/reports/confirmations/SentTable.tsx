import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import type { ConfirmationRow } from '../../../db/repos/reports/confirmations'
import { useFormat } from '../../../lib/format'
import { ConfirmationBadge } from './ConfirmationBadge'

/** The confirmations sent for one as-of date: whom, when, our balance, what they answered, and "Record reply". */
export function SentTable({ rows, onReply }: { rows: ConfirmationRow[]; onReply: (row: ConfirmationRow) => void }) {
  const { t } = useTranslation('confirmations')
  const fmt = useFormat()
  return (
    <div className="cf-scroll">
      <table className="table cf-sent" data-testid="confirm-sent">
        <thead>
          <tr>
            <th>{t('sent.customer')}</th>
            <th>{t('sent.sentOn')}</th>
            <th className="num">{t('sent.balance')}</th>
            <th>{t('sent.status')}</th>
            <th className="num">{t('sent.customerAmount')}</th>
            <th className="cf-actions-col">
              <span className="cf-sr-only">{t('sent.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`confirm-sent-${r.customerCode}`}>
              <td>
                <Link to={`/customers/${encodeURIComponent(r.customerId)}`} className="cf-strong">
                  {r.customerName}
                </Link>
                <span className="cf-code">{r.customerCode}</span>
                <div className="muted cf-small cf-mono">{`${t('sent.reference')} ${r.reference}`}</div>
              </td>
              <td>{fmt.date(r.sentOn)}</td>
              <td className="num">{fmt.money(r.balance, r.currency)}</td>
              <td>
                <ConfirmationBadge record={r} />
                {r.repliedOn ? <div className="muted cf-small">{fmt.date(r.repliedOn)}</div> : null}
              </td>
              <td className="num">{r.customerAmount === null ? '—' : fmt.money(r.customerAmount, r.currency)}</td>
              <td className="cf-actions-col">
                <Button className="cf-btn-small" onClick={() => onReply(r)} data-testid={`confirm-reply-${r.customerCode}`}>
                  {r.status === 'sent' ? t('recordReply') : t('changeReply')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
