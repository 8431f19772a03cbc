import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Field } from '../../../components/Field'
import { Badge } from '../../../components/StatusBadge'
import { disputesOfInvoice, openDispute, resolveDispute } from '../../../db/repos/collections/disputes'
import type { Dispute } from '../../../domain/collections/types'
import type { Invoice } from '../../../domain/types'
import { ctx, today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import './dispute.css'

const REASONS: Dispute['reason'][] = ['quality', 'quantity', 'price', 'notReceived', 'duplicate', 'other']

/**
 * The invoice's dispute flag: while a dispute is open, the invoice's collection steps are paused (no reminders on
 * an invoice the customer contests). Flag with a reason and a note; resolve when settled.
 */
export function DisputePanel({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const disputes = useLiveQuery(() => disputesOfInvoice(ctx, invoice.id), [invoice.id])
  const open = disputes?.find((d) => d.resolvedOn === '')
  const past = disputes?.filter((d) => d.resolvedOn !== '') ?? []
  const [editing, setEditing] = useState(false)
  const [reason, setReason] = useState<Dispute['reason']>('quality')
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function flag(e: FormEvent) {
    e.preventDefault()
    setError(null)
    setBusy(true)
    try {
      const note = t('dispute.note', { number: invoice.fullNumber, reason: t(`dispute.reasons.${reason}`), text: text.trim() }).trim()
      await openDispute(ctx, { invoiceId: invoice.id, reason, text: text.trim(), today: today(), note })
      setEditing(false)
      setText('')
      useToasts.getState().push('success', t('dispute.flagged'))
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  async function resolve(d: Dispute) {
    setError(null)
    setBusy(true)
    try {
      await resolveDispute(ctx, d.id, { today: today(), note: t('dispute.resolvedNote', { number: invoice.fullNumber }) })
      useToasts.getState().push('success', t('dispute.resolved'))
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  const canFlag = invoice.lifecycle === 'issued' && invoice.openAmount > 0
  // A paid invoice that was never disputed has nothing to show here.
  if (disputes === undefined || (!open && past.length === 0 && !canFlag)) return null
  return (
    <Card
      title={t('dispute.title')}
      className={open ? 'dispute-card is-open' : 'dispute-card'}
      actions={open ? <Badge tone="bad">{t('dispute.badge')}</Badge> : null}
    >
      <div className="form-section" data-testid="invoice-dispute-panel">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {open ? (
          <>
            <p data-testid="invoice-dispute-open">
              <strong>{t(`dispute.reasons.${open.reason}`)}</strong>
              {open.text ? `: ${open.text}` : ''}
            </p>
            <p className="muted inv-small">{t('dispute.since', { date: fmt.date(open.openedOn) })}</p>
            <p className="muted inv-small">{t('dispute.paused')}</p>
            <div className="toolbar">
              <Button busy={busy} onClick={() => void resolve(open)} data-testid="invoice-dispute-resolve">
                {t('dispute.resolve')}
              </Button>
            </div>
          </>
        ) : editing ? (
          <form className="form-section" onSubmit={(e) => void flag(e)} noValidate>
            <Field label={t('dispute.reason')}>
              <select value={reason} onChange={(e) => setReason(e.target.value as Dispute['reason'])} data-testid="invoice-dispute-reason" autoFocus>
                {REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`dispute.reasons.${r}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('dispute.text')} hint={t('dispute.textHint')}>
              <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} data-testid="invoice-dispute-text" />
            </Field>
            <div className="toolbar">
              <Button variant="ghost" onClick={() => setEditing(false)}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" variant="danger" busy={busy} data-testid="invoice-dispute-submit">
                {t('dispute.submit')}
              </Button>
            </div>
          </form>
        ) : (
          <>
            <p className="muted inv-small">{t('dispute.none')}</p>
            {canFlag ? (
              <div className="toolbar">
                <Button onClick={() => setEditing(true)} data-testid="invoice-dispute">
                  {t('dispute.flag')}
                </Button>
              </div>
            ) : null}
          </>
        )}
        {past.length > 0 ? (
          <ul className="dispute-history">
            {past.map((d) => (
              <li key={d.id} className="muted inv-small">
                {t('dispute.past', { reason: t(`dispute.reasons.${d.reason}`), from: fmt.date(d.openedOn), to: fmt.date(d.resolvedOn) })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Card>
  )
}
