import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { cancelInvoice } from '../../../db/repos/invoiceCancel'
import type { CompanySettings, Invoice } from '../../../domain/types'
import { ctx } from '../../../lib/ctx'
import { useFormat } from '../../../lib/format'
import { useAction } from '../../../lib/useAction'
import { useToasts } from '../../../stores/toasts'
import { CANCEL_REASON_MAX } from '../../../domain/invoiceCancel'

/**
 * Cancelling an issued invoice (anulación): says what happens (it leaves the receivables and the customer's
 * balance, its number stays used, in Spain a cancellation record is chained) and asks why; the repository refuses
 * what may not be cancelled (payments, credit notes, a Romanian company) with a translated reason.
 */
export function CancelInvoiceDialog({ invoice, company, open, onClose }: { invoice: Invoice; company: CompanySettings; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const [reason, setReason] = useState('')
  const { busy, error, setError, run } = useAction('invoices')

  function close() {
    setReason('')
    setError(null)
    onClose()
  }

  const confirm = () =>
    run(async () => {
      await cancelInvoice(ctx, invoice.id, { reason })
      useToasts.getState().push('success', t('cancel.done', { number: invoice.fullNumber }))
      close()
    })

  return (
    <Dialog
      open={open}
      title={t('cancel.title', { number: invoice.fullNumber })}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('common:actions.close')}</Button>
          <Button variant="danger" busy={busy} data-testid="invoice-cancel-confirm" onClick={() => void confirm()}>
            {t('cancel.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('cancel.lead', { number: invoice.fullNumber, customer: invoice.customer.legalName, amount: fmt.money(invoice.totals.total, invoice.currency) })}</p>
      <Alert tone="warn">{t(company.country === 'ES' ? 'cancel.effectsEs' : 'cancel.effects')}</Alert>
      <Field label={t('cancel.reason')} hint={t('cancel.reasonHint')}>
        <input value={reason} onChange={(e) => {
            setReason(e.target.value)
            setError(null)
          }} maxLength={CANCEL_REASON_MAX} data-testid="invoice-cancel-reason" />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Dialog>
  )
}
