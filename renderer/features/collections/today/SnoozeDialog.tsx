import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { snooze } from '../../../db/repos/collections/snoozes'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import { addDays } from '../../../domain/dates'
import type { IsoDate } from '../../../domain/types'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'

/** "Not today": hide the customer from Today until a date, with the reason written down. */
export function SnoozeDialog({ item, today, onClose }: { item: WorkQueueItem; today: IsoDate; onClose: () => void }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const [until, setUntil] = useState(addDays(today, 7))
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ until?: string; reason?: string; top?: string }>({})
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    const found: typeof errors = {}
    if (!until || until <= today) found.until = t('snooze.untilFuture')
    if (!reason.trim()) found.reason = t('snooze.reasonRequired')
    if (Object.keys(found).length > 0) return setErrors(found)
    setErrors({})
    setBusy(true)
    try {
      await snooze(ctx, item.customerId, until, reason.trim(), today)
      useToasts.getState().push('success', t('snooze.done', { name: item.customerName, date: fmt.date(until) }))
      onClose()
    } catch (err) {
      const code = String((err as { code?: unknown }).code ?? '')
      setErrors(code === 'data.collections.snoozeNotFuture' ? { until: errorMessage(t, err) } : { top: errorMessage(t, err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('snooze.title', { name: item.customerName })}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="snooze-form" busy={busy} data-testid="today-snooze-submit">
            {t('snooze.submit')}
          </Button>
        </>
      }
    >
      <form id="snooze-form" className="form-section" onSubmit={(e) => void submit(e)} noValidate>
        {errors.top ? <Alert tone="error">{errors.top}</Alert> : null}
        <p className="muted">{t('snooze.explain')}</p>
        <div className="toolbar">
          {[3, 7, 14, 30].map((n) => (
            <Button key={n} className="btn-small" onClick={() => setUntil(addDays(today, n))}>
              {t('snooze.inDays', { count: n })}
            </Button>
          ))}
        </div>
        <Field label={t('snooze.until')} error={errors.until}>
          <input type="date" min={addDays(today, 1)} value={until} onChange={(e) => setUntil(e.target.value)} data-testid="today-snooze-until" />
        </Field>
        <Field label={t('snooze.reason')} error={errors.reason}>
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('snooze.reasonPlaceholder')} data-testid="today-snooze-reason" autoFocus />
        </Field>
      </form>
    </Dialog>
  )
}
