import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Field } from '../../../components/Field'
import { logInteraction } from '../../../db/repos/interactions'
import { ctx, today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { parseMoney } from '../../../domain/money'
import { useToasts } from '../../../stores/toasts'
import type { CallOutcome } from '../../../domain/types'

type QuickType = 'call' | 'note' | 'promise'
type ErrorField = 'text' | 'promiseDate' | 'promiseAmount' | 'top'
const OUTCOMES: CallOutcome[] = ['reached', 'notReached', 'promise', 'excuse', 'dispute']

/** Log a call (with its outcome), a note or a promise to pay, right where the collector reads the history. */
export function TimelineForm({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const [type, setType] = useState<QuickType>('call')
  const [outcome, setOutcome] = useState<CallOutcome>('reached')
  const [text, setText] = useState('')
  const [promiseDate, setPromiseDate] = useState('')
  const [promiseAmount, setPromiseAmount] = useState('')
  const [errors, setErrors] = useState<Partial<Record<ErrorField, string>>>({})
  const [busy, setBusy] = useState(false)
  const withPromise = type === 'promise' || (type === 'call' && outcome === 'promise')

  async function submit(e: FormEvent) {
    e.preventDefault()
    const found: Partial<Record<ErrorField, string>> = {}
    const amount = promiseAmount.trim() === '' ? null : parseMoney(promiseAmount, fmt.locale)
    if (withPromise && promiseAmount.trim() !== '' && (amount === null || amount <= 0)) found.promiseAmount = t('settings:validation.money')
    if (Object.keys(found).length) return setErrors(found)
    setErrors({})
    setBusy(true)
    try {
      await logInteraction(ctx, {
        customerId,
        type,
        outcome: type === 'call' ? outcome : type === 'promise' ? 'promise' : '',
        text: text.trim(),
        promiseDate: withPromise ? promiseDate : '',
        promiseAmount: withPromise ? amount : null,
        today: today(),
      })
      setText('')
      setPromiseDate('')
      setPromiseAmount('')
      useToasts.getState().push('success', t('timeline.logged'))
    } catch (err) {
      const params = (err as { params?: { path?: unknown; field?: unknown } }).params ?? {}
      const code = (err as { code?: unknown }).code
      const where = typeof params.path === 'string' ? params.path : typeof params.field === 'string' ? params.field : ''
      const field: ErrorField =
        code === 'data.interaction.promiseDateInPast' ? 'promiseDate' : where === 'text' || where === 'promiseDate' || where === 'promiseAmount' ? where : 'top'
      setErrors({ [field]: errorMessage(t, err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="timeline-form" onSubmit={(e) => void submit(e)} data-testid="timeline-form" noValidate>
      {errors.top ? <Alert tone="error">{errors.top}</Alert> : null}
      <div className="timeline-form-row">
        <Field label={t('timeline.type')}>
          <select value={type} onChange={(e) => setType(e.target.value as QuickType)} data-testid="timeline-type">
            <option value="call">{t('common:interactionTypes.call')}</option>
            <option value="note">{t('common:interactionTypes.note')}</option>
            <option value="promise">{t('common:interactionTypes.promise')}</option>
          </select>
        </Field>
        {type === 'call' ? (
          <Field label={t('timeline.outcome')}>
            <select value={outcome} onChange={(e) => setOutcome(e.target.value as CallOutcome)} data-testid="timeline-outcome">
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`common:callOutcomes.${o}`)}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {withPromise ? (
          <>
            <Field label={t('timeline.promiseDate')} error={errors.promiseDate}>
              <input type="date" value={promiseDate} min={today()} onChange={(e) => setPromiseDate(e.target.value)} data-testid="timeline-promiseDate" />
            </Field>
            <Field label={t('timeline.promiseAmount')} error={errors.promiseAmount}>
              <input inputMode="decimal" value={promiseAmount} onChange={(e) => setPromiseAmount(e.target.value)} data-testid="timeline-promiseAmount" />
            </Field>
          </>
        ) : null}
      </div>
      <Field label={type === 'note' ? t('timeline.noteText') : t('timeline.text')} error={errors.text}>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} data-testid="timeline-text" placeholder={t(`timeline.placeholders.${type}`)} />
      </Field>
      <div className="timeline-form-footer">
        <Button type="submit" variant="primary" busy={busy} data-testid="timeline-submit">
          {t('timeline.submit')}
        </Button>
      </div>
    </form>
  )
}
