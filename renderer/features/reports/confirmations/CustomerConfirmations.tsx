import { useState } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { EmptyState } from '../../../components/Alert'
import { Field } from '../../../components/Field'
import { prepareConfirmation } from '../../../db/repos/reports/confirmations'
import { defaultAsOf, type BalanceConfirmationRecord } from '../../../domain/reports/confirmation'
import type { Customer } from '../../../domain/types'
import { ctx, today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { ConfirmationBadge } from './ConfirmationBadge'
import { useCustomerConfirmations } from './hooks'
import { ReplyDialog } from './ReplyDialog'
import { usePrintConfirmations } from './usePrintConfirmations'
import './confirmations.css'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The customer's last balance confirmations with their replies; send one as of a date, record what they answer. */
export function CustomerConfirmations({ customer }: { customer: Customer }) {
  const { t } = useTranslation('confirmations')
  const fmt = useFormat()
  const todayIso = today()
  const [asOf, setAsOf] = useState(() => defaultAsOf(todayIso))
  const [replyTo, setReplyTo] = useState<BalanceConfirmationRecord | null>(null)
  const [preparing, setPreparing] = useState(false)
  const records = useCustomerConfirmations(customer.id)
  const { print, busy, ready } = usePrintConfirmations()
  const asOfProblem = !ISO_DATE.test(asOf) ? t('page.asOfInvalid') : asOf > todayIso ? t('page.asOfFuture') : null

  async function send() {
    setPreparing(true)
    try {
      await print([await prepareConfirmation(ctx, { customerId: customer.id, asOf, date: todayIso })])
    } catch (err) {
      useToasts.getState().push('error', errorMessage(t, err))
    } finally {
      setPreparing(false)
    }
  }

  return (
    <Card title={t('customer.title')} actions={<Link to="/reports/confirmations">{t('customer.allLink')}</Link>} className="cf-customer">
      <div className="cf-customer-send">
        <Field label={t('customer.asOf')} error={asOfProblem ?? undefined} className="cf-asof-field">
          <input type="date" value={asOf} max={todayIso} onChange={(e) => setAsOf(e.target.value)} data-testid="customer-confirm-asof" />
        </Field>
        <Button variant="secondary" busy={busy || preparing} disabled={asOfProblem !== null || !ready} onClick={() => void send()} data-testid="customer-confirm-send">
          {t('customer.send')}
        </Button>
      </div>
      {records === undefined ? null : records.length === 0 ? (
        <EmptyState>{t('customer.empty')}</EmptyState>
      ) : (
        <table className="table cf-customer-table" data-testid="customer-confirmations">
          <thead>
            <tr>
              <th>{t('customer.asOfColumn')}</th>
              <th>{t('sent.sentOn')}</th>
              <th className="num">{t('sent.balance')}</th>
              <th>{t('sent.status')}</th>
              <th className="cf-actions-col">
                <span className="cf-sr-only">{t('sent.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <td>
                  <div>{fmt.date(r.asOf)}</div>
                  <div className="muted cf-small cf-mono">{r.reference}</div>
                </td>
                <td>{fmt.date(r.sentOn)}</td>
                <td className="num">{fmt.money(r.balance, r.currency)}</td>
                <td>
                  <ConfirmationBadge record={r} />
                </td>
                <td className="cf-actions-col">
                  <Button className="cf-btn-small" onClick={() => setReplyTo(r)} data-testid={`customer-confirm-reply-${r.asOf}`}>
                    {r.status === 'sent' ? t('recordReply') : t('changeReply')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {replyTo ? <ReplyDialog record={replyTo} customerName={customer.legalName} onClose={() => setReplyTo(null)} /> : null}
    </Card>
  )
}
