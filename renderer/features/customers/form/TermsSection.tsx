import type { UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Field } from '../../../components/Field'
import { CheckField } from '../../settings/forms/CheckField'
import { useErrorText } from '../../settings/forms/errorText'
import type { CustomerFormValues } from './customerSchema'

/** Payment terms, payment days, discounts, credit limit and the rules invoicing must follow for this customer. */
export function TermsSection({ form, showRecargo, currencySymbol }: { form: UseFormReturn<CustomerFormValues>; showRecargo: boolean; currencySymbol: string }) {
  const { t } = useTranslation('customers')
  const errorText = useErrorText()
  const { register, watch, formState } = form
  const errors = formState.errors
  const termsKind = watch('termsKind')
  return (
    <div className="form-section">
      <div className="form-grid">
        <Field label={t('fields.termsKind')} error={errorText(errors.termsKind)}>
          <select {...register('termsKind')} data-testid="customer-termsKind">
            <option value="immediate">{t('settings:termsKind.immediate')}</option>
            <option value="net">{t('settings:termsKind.net')}</option>
            <option value="endOfMonth">{t('settings:termsKind.endOfMonth')}</option>
          </select>
        </Field>
        {termsKind !== 'immediate' ? (
          <Field label={t('fields.termsDays')} error={errorText(errors.termsDays)}>
            <input inputMode="numeric" {...register('termsDays')} data-testid="customer-termsDays" />
          </Field>
        ) : null}
        <Field label={t('fields.paymentDays')} error={errorText(errors.paymentDays)} hint={t('form.paymentDaysHint')}>
          <input {...register('paymentDays')} data-testid="customer-paymentDays" placeholder="10, 25" />
        </Field>
        <Field label={t('fields.creditLimit')} error={errorText(errors.creditLimit)} hint={t('form.creditLimitHint', { symbol: currencySymbol })}>
          <input inputMode="decimal" {...register('creditLimit')} data-testid="customer-creditLimit" />
        </Field>
        <Field label={t('fields.earlyPercent')} error={errorText(errors.earlyPercent)} hint={t('form.optional')}>
          <input inputMode="decimal" {...register('earlyPercent')} data-testid="customer-earlyPercent" />
        </Field>
        <Field label={t('fields.earlyDays')} error={errorText(errors.earlyDays)}>
          <input inputMode="numeric" {...register('earlyDays')} data-testid="customer-earlyDays" />
        </Field>
        <Field label={t('fields.lineDiscount')} error={errorText(errors.lineDiscount)} hint={t('form.lineDiscountHint')}>
          <input inputMode="decimal" {...register('lineDiscount')} data-testid="customer-lineDiscount" />
        </Field>
        <Field label={t('fields.contractualRate')} error={errorText(errors.contractualRate)} hint={t('form.contractualRateHint')}>
          <input inputMode="decimal" {...register('contractualRate')} data-testid="customer-contractualRate" />
        </Field>
      </div>
      <div className="check-row">
        <CheckField label={t('fields.requiresPO')} {...register('requiresPO')} data-testid="customer-requiresPO" />
        <CheckField label={t('fields.requiresPrepayment')} {...register('requiresPrepayment')} data-testid="customer-requiresPrepayment" />
        {showRecargo ? (
          <CheckField
            label={t('fields.recargoEquivalencia')}
            hint={t('form.recargoHint')}
            {...register('recargoEquivalencia')}
            data-testid="customer-recargoEquivalencia"
          />
        ) : null}
      </div>
      {errors.recargoEquivalencia ? (
        <div className="field-error" role="alert">
          {errorText(errors.recargoEquivalencia)}
        </div>
      ) : null}
    </div>
  )
}
