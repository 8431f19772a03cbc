import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Badge } from '../../../components/StatusBadge'
import { restoreLine } from '../../../db/repos/bank/lines'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import type { DecidedLine } from '../hooks'
import { formatDateTime, moneyIn } from '../messages'

/** "Conciliados recientemente": what each credit became (a payment of a customer, or set aside and why). */
export function DecidedList({ rows }: { rows: DecidedLine[] | undefined }) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const [busy, setBusy] = useState('')
  if (rows === undefined) return null
  if (rows.length === 0) {
    return (
      <div className="card">
        <EmptyState>{t('decided.empty')}</EmptyState>
      </div>
    )
  }

  async function restore(id: string) {
    setBusy(id)
    try {
      await restoreLine(ctx, id)
      useToasts.getState().push('success', t('decided.restored'))
    } catch (err) {
      useToasts.getState().push('error', errorMessage(t, err))
    } finally {
      setBusy('')
    }
  }

  return (
    <div className="card" data-testid="bank-decided">
      <table className="table bank-decided">
        <thead>
          <tr>
            <th>{t('line.date')}</th>
            <th className="num">{t('line.amount')}</th>
            <th>{t('line.party')}</th>
            <th>{t('decided.result')}</th>
            <th>{t('decided.when')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map(({ line, customer, invoices }) => (
            <tr key={line.id} data-testid={`bank-decided-${line.id}`}>
              <td className="nowrap">{fmt.date(line.valueDate || line.bookingDate)}</td>
              <td className="num nowrap bank-in">{moneyIn(fmt, line.amount, String(line.currency))}</td>
              <td>
                <span className="bank-party">{line.counterpartyName || <span className="muted">{t('line.noName')}</span>}</span>
                {line.remittance ? <div className="muted small bank-remittance">{line.remittance}</div> : null}
              </td>
              <td>
                {line.status === 'matched' ? (
                  <div className="bank-result">
                    <Badge tone="good">{t('decided.matched')}</Badge>{' '}
                    {customer ? <Link to={`/customers/${customer.id}`}>{customer.legalName}</Link> : null}
                    {invoices.length > 0 ? (
                      <div className="small">
                        {invoices.map((inv, i) => (
                          <span key={inv.id}>
                            {i > 0 ? ', ' : ''}
                            <Link to={`/invoices/${inv.id}`}>{inv.fullNumber}</Link>
                          </span>
                        ))}
                      </div>
                    ) : (
                      <div className="small muted">{t('decided.onAccount')}</div>
                    )}
                    {line.note ? <div className="small muted">{line.note}</div> : null}
                  </div>
                ) : (
                  <div className="bank-result">
                    <Badge>{t('decided.ignored')}</Badge> <span className="small">{line.note}</span>
                  </div>
                )}
              </td>
              <td className="nowrap small muted">{line.decidedAt ? formatDateTime(fmt.locale, line.decidedAt) : ''}</td>
              <td className="align-right">
                {line.status === 'ignored' ? (
                  <Button variant="ghost" busy={busy === line.id} onClick={() => void restore(line.id)} data-testid="bank-restore">
                    {t('decided.restore')}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
