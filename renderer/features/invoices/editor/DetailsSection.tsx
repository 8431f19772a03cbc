import { useFormContext } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Field } from '../../../components/Field'
import type { Address, Customer } from '../../../domain/types'
import { useFormat } from '../../../lib/format'
import { addressLine } from '../../../lib/termsText'
import type { EditorValues } from './editorForm'

const CURRENCIES = ['RON', 'EUR'] as const

export interface DetailsSectionProps {
  customer: Customer | null
  dueDate: string | null
  savedDelivery: Address | null
  /** RO companies may invoice in EUR (then an exchange rate is needed). */
  currencyChoice: boolean
}

/** Dates, delivery and references of the invoice. */
export function DetailsSection({ customer, dueDate, savedDelivery, currencyChoice }: DetailsSectionProps) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const { register, watch, formState } = useFormContext<EditorValues>()
  const e = formState.errors
  const msg = (m: string | undefined) => (m ? t(m) : undefined)
  const currency = watch('currency')
  return (
    <div className="form-grid details-grid">
      <Field label={t('editor.issueDate')} error={msg(e.issueDate?.message)}>
        <input type="date" data-testid="invoice-issue-date" {...register('issueDate')} />
      </Field>
      <div className="field">
        <span className="inv-field-label">{t('editor.dueDate')}</span>
        <output className="due-date" data-testid="invoice-due-date">
          {dueDate ? fmt.date(dueDate) : t('editor.dueDateUnknown')}
        </output>
      </div>
      <Field label={t('editor.deliveryDate')} error={msg(e.deliveryDate?.message)}>
        <input type="date" data-testid="invoice-delivery-date" {...register('deliveryDate')} />
      </Field>
      <Field label={t('editor.deliveryNote')} error={msg(e.deliveryNoteNumber?.message)}>
        <input data-testid="invoice-delivery-note" {...register('deliveryNoteNumber')} />
      </Field>
      <Field label={t('editor.deliveryAddress')} className="inv-span-2">
        <select data-testid="invoice-delivery-address" {...register('deliveryChoice')}>
          <option value="billing">{t('editor.billingAddress')}</option>
          {customer?.deliveryAddresses.map((a, i) => (
            <option key={i} value={String(i)}>
              {addressLine(a)}
            </option>
          ))}
          {savedDelivery ? <option value="saved">{addressLine(savedDelivery)}</option> : null}
        </select>
      </Field>
      <Field
        label={customer?.requiresPO ? t('editor.poNumberRequired') : t('editor.poNumber')}
        error={msg(e.poNumber?.message)}
        hint={customer?.requiresPO ? t('editor.poHint') : undefined}
      >
        <input data-testid="invoice-po" aria-required={customer?.requiresPO || undefined} {...register('poNumber')} />
      </Field>
      <Field label={t('editor.contractRef')} error={msg(e.contractRef?.message)}>
        <input data-testid="invoice-contract" {...register('contractRef')} />
      </Field>
      {currencyChoice ? (
        <Field label={t('editor.currency')}>
          <select data-testid="invoice-currency" {...register('currency')}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {currencyChoice && currency === 'EUR' ? (
        <Field label={t('editor.exchangeRate')} error={msg(e.exchangeRate?.message)} hint={t('editor.exchangeRateHint')}>
          <input inputMode="decimal" data-testid="invoice-exchange-rate" {...register('exchangeRate')} />
        </Field>
      ) : null}
    </div>
  )
}
