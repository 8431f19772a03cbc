import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { recordCallOutcome } from '../../../db/repos/collections/steps'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { Dispute } from '../../../domain/collections/types'
import { formatAmount, parseMoney } from '../../../domain/money'
import type { IsoDate } from '../../../domain/types'
import type { TodayInvoice } from '../../../db/repos/collections/todayRows'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { stepName } from '../explain'
import { useOpenInvoicesForToday } from './useTodayRows'

type Outcome = 'reached' | 'notReached' | 'promise' | 'excuse' | 'dispute'
type ErrKey = 'promiseDate' | 'promiseAmount' | 'invoices' | 'text' | 'top'
const OUTCOMES: Outcome[] = ['reached', 'notReached', 'promise', 'excuse', 'dispute']
export const DISPUTE_REASONS: Dispute['reason'][] = ['quality', 'quantity', 'price', 'notReceived', 'duplicate', 'other']

export interface OutcomeDialogProps {
  item: WorkQueueItem
  today: IsoDate
  onClose: () => void
}

/**
 * What came of the call: reached, not reached, a promise (date and amount), an excuse, or a dispute (reason). The
 * customer's open invoices (a dispute names which ones) are read when the dialog opens; it shows once they are.
 */
export function OutcomeDialog(props: OutcomeDialogProps) {
  const invoices = useOpenInvoicesForToday(props.item.customerId)
  return invoices ? <OutcomeForm {...props} invoices={invoices} /> : null
}

function OutcomeForm({ item, invoices, today, onClose }: OutcomeDialogProps & { invoices: TodayInvoice[] }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const call = item.callSteps[0]
  const [outcome, setOutcome] = useState<Outcome>('reached')
  const [promiseDate, setPromiseDate] = useState('')
  const [promiseAmount, setPromiseAmount] = useState(item.overdue > 0 ? formatAmount(item.overdue, fmt.locale) : '')
  const [reason, setReason] = useState<Dispute['reason']>('quality')
  const [disputed, setDisputed] = useState<string[]>(invoices.length === 1 && invoices[0] ? [invoices[0].id] : [])
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<Partial<Record<ErrKey, string>>>({})
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    const found: Partial<Record<ErrKey, string>> = {}
    const amount = parseMoney(promiseAmount, fmt.locale)
    if (outcome === 'promise') {
      if (!promiseDate) found.promiseDate = t('outcome.promiseDateRequired')
      else if (promiseDate < today) found.promiseDate = t('outcome.promiseDatePast')
      if (amount === null || amount <= 0) found.promiseAmount = t('outcome.promiseAmountInvalid')
    }
    if (outcome === 'dispute' && disputed.length === 0) found.invoices = t('outcome.disputeInvoicesRequired')
    if ((outcome === 'excuse' || outcome === 'dispute') && !text.trim()) found.text = t('outcome.textRequired')
    if (Object.keys(found).length > 0) return setErrors(found)
    setErrors({})
    setBusy(true)
    try {
      const covered = item.calls[0]?.invoiceIds ?? item.letters[0]?.invoiceIds ?? []
      await recordCallOutcome(ctx, {
        customerId: item.customerId,
        outcome,
        text: text.trim(),
        invoiceIds: outcome === 'dispute' ? disputed : covered,
        promiseDate: outcome === 'promise' ? promiseDate : '',
        promiseAmount: outcome === 'promise' ? amount : null,
        ...(outcome === 'dispute' ? { disputeReason: reason } : {}),
        ...(call ? { callStep: { stepId: call.stepId, kind: call.step.kind, profileId: call.profileId, invoiceIds: call.invoiceIds } } : {}),
        today,
      })
      useToasts.getState().push('success', t(`outcome.logged.${outcome}`, { name: item.customerName }))
      onClose()
    } catch (err) {
      const params = (err as { params?: { path?: unknown; field?: unknown } }).params ?? {}
      const code = String((err as { code?: unknown }).code ?? '')
      const where = String(params.path ?? params.field ?? '')
      const key: ErrKey =
        code === 'data.interaction.promiseDateInPast' || where === 'promiseDate'
          ? 'promiseDate'
          : where === 'promiseAmount'
            ? 'promiseAmount'
            : code === 'data.collections.disputeNeedsInvoice'
              ? 'invoices'
              : 'top'
      setErrors({ [key]: errorMessage(t, err) })
    } finally {
      setBusy(false)
    }
  }

  const toggle = (id: string) => setDisputed((xs) => (xs.includes(id) ? xs.filter((x) => x !== id) : [...xs, id]))

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('outcome.title', { name: item.customerName })}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="outcome-form" busy={busy} data-testid="today-outcome-submit">
            {t('outcome.submit')}
          </Button>
        </>
      }
    >
      <form id="outcome-form" className="form-section" onSubmit={(e) => void submit(e)} noValidate>
        {errors.top ? <Alert tone="error">{errors.top}</Alert> : null}
        {call ? <p className="muted">{t('outcome.forStep', { step: stepName(t, call.step) })}</p> : null}
        <Field label={t('outcome.outcome')}>
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)} data-testid="today-outcome" autoFocus>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </Field>
        {outcome === 'promise' ? (
          <div className="grid-2">
            <Field label={t('outcome.promiseDate')} error={errors.promiseDate}>
              <input type="date" min={today} value={promiseDate} onChange={(e) => setPromiseDate(e.target.value)} data-testid="today-promise-date" />
            </Field>
            <Field label={t('outcome.promiseAmount')} error={errors.promiseAmount}>
              <input inputMode="decimal" value={promiseAmount} onChange={(e) => setPromiseAmount(e.target.value)} data-testid="today-promise-amount" />
            </Field>
          </div>
        ) : null}
        {outcome === 'promise' ? <p className="muted small">{t('outcome.promiseHint')}</p> : null}
        {outcome === 'dispute' ? (
          <>
            <Field label={t('outcome.disputeReason')}>
              <select value={reason} onChange={(e) => setReason(e.target.value as Dispute['reason'])} data-testid="today-dispute-reason">
                {DISPUTE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`disputeReasons.${r}`)}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset className="q-fieldset">
              <legend>{t('outcome.disputeInvoices')}</legend>
              {invoices.map((inv) => (
                <label key={inv.id} className="check">
                  <input type="checkbox" checked={disputed.includes(inv.id)} onChange={() => toggle(inv.id)} data-testid={`today-dispute-invoice-${inv.fullNumber}`} />
                  <span>{`${inv.fullNumber} · ${fmt.money(inv.openAmount, inv.currency)}`}</span>
                </label>
              ))}
              {errors.invoices ? <div className="field-error">{errors.invoices}</div> : null}
            </fieldset>
          </>
        ) : null}
        <Field label={t('outcome.text')} error={errors.text}>
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={t(`outcome.placeholders.${outcome}`)} data-testid="today-outcome-text" />
        </Field>
      </form>
    </Dialog>
  )
}
