import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import type { DeliveryMethod } from '../../../domain/collections/types'
import type { Country } from '../../../domain/types'

/** How a formal demand can go out (proof of delivery matters in court). */
export const DEMAND_METHODS: DeliveryMethod[] = ['burofax', 'registeredPost', 'hand']

export interface PrintConfirmProps {
  /** How many letters, and how many of them are formal demands. */
  letters: number
  demands: number
  /** The bank statement is old (or never imported): warn before anything goes out. */
  bankStale: boolean
  bankWarning: string
  country: Country
  onCancel: () => void
  onConfirm: (demandMethod: DeliveryMethod) => void
}

/**
 * Asked before printing when it matters: the last bank import is too old (a customer may have paid already), and/or
 * a formal demand is among the letters (how will it be sent: burofax, registered post with acknowledgement, by hand).
 */
export function PrintConfirmDialog({ letters, demands, bankStale, bankWarning, country, onCancel, onConfirm }: PrintConfirmProps) {
  const { t } = useTranslation('collections')
  const [method, setMethod] = useState<DeliveryMethod>(country === 'RO' ? 'registeredPost' : 'burofax')
  return (
    <Dialog
      open
      onClose={onCancel}
      title={letters > 1 ? t('print.titleMany', { count: letters }) : demands > 0 ? t('print.titleDemand') : t('print.titleOne')}
      footer={
        <>
          <Button variant="ghost" onClick={onCancel} data-testid="today-print-cancel">
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" onClick={() => onConfirm(method)} data-testid="today-print-confirm" autoFocus>
            {bankStale ? t('print.anyway') : t('print.continue')}
          </Button>
        </>
      }
    >
      {bankStale ? (
        <Alert tone="warn" title={t('bank.title')}>
          {bankWarning} {t('print.checkPaid')}
        </Alert>
      ) : null}
      {demands > 0 ? (
        <fieldset className="q-fieldset" data-testid="today-delivery">
          <legend>{demands > 1 ? t('print.howDemands', { count: demands }) : t('print.howDemand')}</legend>
          {DEMAND_METHODS.map((m) => (
            <label key={m} className="check">
              <input type="radio" name="delivery" value={m} checked={method === m} onChange={() => setMethod(m)} data-testid={`today-delivery-${m}`} />
              <span>
                <strong>{t(`delivery.${m}`)}</strong> <span className="muted">{t(`deliveryHint.${m}`)}</span>
              </span>
            </label>
          ))}
          <p className="muted small">{t('print.proofLater')}</p>
        </fieldset>
      ) : null}
    </Dialog>
  )
}
