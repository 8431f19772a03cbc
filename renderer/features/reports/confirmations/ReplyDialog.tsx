import { useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { recordReply } from '../../../db/repos/reports/confirmations'
import { DomainError } from '../../../domain/errors'
import { formatAmount } from '../../../domain/money'
import { replyDifference, type BalanceConfirmationRecord } from '../../../domain/reports/confirmation'
import type { Language } from '../../../domain/types'
import { ctx, today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { SERVER_ERROR, useErrorText } from '../../settings/forms/errorText'
import { makeReplySchema, parseReplyAmount, type ReplyFormValues } from './replySchema'

type ReplyField = 'amount' | 'repliedOn' | 'note'

/** Which field a refused reply belongs to (the repository's confirmations.* codes). */
function fieldOfCode(code: string): ReplyField | null {
  if (code.startsWith('confirmations.amount') || code === 'confirmations.sameAmount') return 'amount'
  if (code.startsWith('confirmations.replied')) return 'repliedOn'
  if (code === 'confirmations.noteTooLong') return 'note'
  return null
}

export interface ReplyDialogProps {
  record: BalanceConfirmationRecord
  customerName: string
  onClose: () => void
}

/** What the customer answered on the slip: agreed, or disputed with the balance their books show and a note. */
export function ReplyDialog({ record, customerName, onClose }: ReplyDialogProps) {
  const { t, i18n } = useTranslation('confirmations')
  const fmt = useFormat()
  const errorText = useErrorText()
  const todayIso = today()
  const [topError, setTopError] = useState<string | null>(null)
  const schema = useMemo(() => makeReplySchema(fmt.locale, todayIso, record.sentOn), [fmt.locale, todayIso, record.sentOn])
  const { register, handleSubmit, setError, control, formState } = useForm<ReplyFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      reply: record.status === 'disputed' ? 'disputed' : 'agreed',
      amount: record.status === 'disputed' && record.customerAmount !== null ? formatAmount(record.customerAmount, fmt.locale) : '',
      repliedOn: record.repliedOn || todayIso,
      note: record.note,
    },
  })
  const { errors, isSubmitting } = formState
  const reply = useWatch({ control, name: 'reply' })
  const amountText = useWatch({ control, name: 'amount' })
  const amount = parseReplyAmount(amountText, fmt.locale)

  async function submit(values: ReplyFormValues) {
    setTopError(null)
    try {
      const language = (['es', 'ro', 'en'].includes(i18n.language) ? i18n.language : 'en') as Language
      await recordReply(ctx, record.id, {
        reply: values.reply,
        customerAmount: values.reply === 'disputed' ? parseReplyAmount(values.amount, fmt.locale) : null,
        repliedOn: values.repliedOn,
        note: values.note,
        language,
      })
      useToasts.getState().push('success', t('reply.saved', { name: customerName }))
      onClose()
    } catch (err) {
      const message = errorMessage(t, err)
      const field = err instanceof DomainError ? fieldOfCode(err.code) : null
      if (field) setError(field, { type: SERVER_ERROR, message }, { shouldFocus: true })
      else setTopError(message)
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('reply.title', { name: customerName })}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="confirmation-reply-form" busy={isSubmitting} data-testid="reply-save">
            {t('reply.save')}
          </Button>
        </>
      }
    >
      <form id="confirmation-reply-form" className="form-section cf-reply" onSubmit={handleSubmit(submit)} noValidate>
        {topError ? <Alert tone="error">{topError}</Alert> : null}
        <p className="cf-ours">
          {t('reply.ours', { date: fmt.date(record.asOf), amount: fmt.money(record.balance, record.currency), reference: record.reference })}
        </p>
        <fieldset className="cf-choice">
          <legend>{t('reply.answer')}</legend>
          <label className="check">
            <input type="radio" value="agreed" {...register('reply')} data-testid="reply-agreed" autoFocus={reply === 'agreed'} />
            <span>{t('reply.agreed')}</span>
          </label>
          <label className="check">
            <input type="radio" value="disputed" {...register('reply')} data-testid="reply-disputed" />
            <span>{t('reply.disputed')}</span>
          </label>
        </fieldset>
        {reply === 'disputed' ? (
          <Field label={t('reply.amount')} error={errorText(errors.amount)} hint={t('reply.amountHint')}>
            <input inputMode="decimal" {...register('amount')} data-testid="reply-amount" autoFocus />
          </Field>
        ) : null}
        {reply === 'disputed' && amount !== null ? (
          <p className="cf-live-difference" data-testid="reply-difference">
            {t('reply.difference', { amount: fmt.money(replyDifference(record, amount), record.currency) })}
          </p>
        ) : null}
        <Field label={t('reply.repliedOn')} error={errorText(errors.repliedOn)}>
          <input type="date" min={record.sentOn} max={todayIso} {...register('repliedOn')} data-testid="reply-date" />
        </Field>
        <Field label={t('reply.note')} error={errorText(errors.note)}>
          <textarea rows={3} placeholder={t('reply.notePlaceholder')} {...register('note')} data-testid="reply-note" />
        </Field>
      </form>
    </Dialog>
  )
}
