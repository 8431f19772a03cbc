import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { ignoreLine } from '../../../db/repos/bank/lines'
import type { BankLineRow } from '../../../db/repos/bank/tables'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { moneyIn } from '../messages'

export const IGNORE_REASONS = ['ownTransfer', 'supplierRefund', 'financing', 'other'] as const

const schema = z
  .object({ reason: z.enum(IGNORE_REASONS), detail: z.string().max(300, 'ignore.errors.detailLong') })
  .superRefine((v, c) => {
    if (v.reason === 'other' && !v.detail.trim()) c.addIssue({ code: 'custom', path: ['detail'], message: 'ignore.errors.detail' })
  })
type Values = z.infer<typeof schema>

/** Not a customer payment (a transfer between own accounts, a refund…): set aside with the reason, restorable. */
export function IgnoreDialog({ line, onClose }: { line: BankLineRow; onClose: () => void }) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const [error, setError] = useState('')
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { reason: 'ownTransfer', detail: '' } })
  const reason = useWatch({ control: form.control, name: 'reason' })
  const detailError = form.formState.errors.detail?.message

  const submit = form.handleSubmit(async (v) => {
    setError('')
    const label = t(`ignore.reasons.${v.reason}`)
    const note = v.detail.trim() ? `${label}: ${v.detail.trim()}` : label
    try {
      await ignoreLine(ctx, line.id, note)
      useToasts.getState().push('success', t('ignore.done', { amount: moneyIn(fmt, line.amount, String(line.currency)) }))
      onClose()
    } catch (err) {
      setError(errorMessage(t, err))
    }
  })

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('ignore.title', { amount: moneyIn(fmt, line.amount, String(line.currency)), date: fmt.date(line.bookingDate) })}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="bank-ignore-form" busy={form.formState.isSubmitting} data-testid="bank-ignore-submit">
            {t('ignore.submit')}
          </Button>
        </>
      }
    >
      <form id="bank-ignore-form" className="form-section" onSubmit={(e) => void submit(e)} noValidate>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <p className="muted">{t('ignore.intro')}</p>
        <Field label={t('ignore.reason')}>
          <select {...form.register('reason')} data-testid="bank-ignore-reason" autoFocus>
            {IGNORE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`ignore.reasons.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={reason === 'other' ? t('ignore.detailRequired') : t('ignore.detail')} error={detailError ? t(detailError) : undefined}>
          <textarea rows={2} {...form.register('detail')} data-testid="bank-ignore-note" />
        </Field>
      </form>
    </Dialog>
  )
}
