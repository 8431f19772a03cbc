import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { deletePayment } from '../../db/repos/paymentReversal'
import type { PaymentRow } from '../../db/repos/paymentList'
import { useFormat } from '../../lib/format'
import { useAction } from '../../lib/useAction'
import { useToasts } from '../../stores/toasts'
import { withOwnerOverride } from '../users/override'

/**
 * Deleting a payment typed by mistake: says what will happen (the invoices it paid reopen, a bank movement goes
 * back to the matching queue) and asks why; the reason stays in the audit log. A clerk needs the owner's approval.
 */
export function DeletePaymentDialog({ payment, onClose }: { payment: PaymentRow | null; onClose: () => void }) {
  const { t } = useTranslation('payments')
  const fmt = useFormat()
  const [reason, setReason] = useState('')
  const { busy, error, setError, run } = useAction('payments')

  function close() {
    setReason('')
    setError(null)
    onClose()
  }

  const confirm = () =>
    run(async () => {
      if (!payment) return
      const done = await withOwnerOverride(async (c) => {
        await deletePayment(c, payment.id, reason)
        return true
      })
      if (!done) return
      useToasts.getState().push('success', t('delete.done', { amount: fmt.money(payment.amount), customer: payment.customerName }))
      close()
    })

  return (
    <Dialog
      open={payment !== null}
      title={t('delete.title')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('common:actions.cancel')}</Button>
          <Button variant="danger" busy={busy} data-testid="payment-delete-confirm" onClick={() => void confirm()}>
            {t('delete.confirm')}
          </Button>
        </>
      }
    >
      {payment ? (
        <p>
          {t('delete.lead', { amount: fmt.money(payment.amount), customer: payment.customerName, date: fmt.date(payment.date) })}
        </p>
      ) : null}
      <Alert tone="warn">{t('delete.effects')}</Alert>
      <Field label={t('delete.reason')} hint={t('delete.reasonHint')}>
        <input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="payment-delete-reason" />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Dialog>
  )
}
