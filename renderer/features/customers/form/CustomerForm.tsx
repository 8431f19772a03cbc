import { useEffect, useMemo, useState } from 'react'
import { useForm, type FieldPath } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Field } from '../../../components/Field'
import { errorMessage } from '../../../lib/errors'
import type { CustomerInput } from '../../../db/repos/customers'
import { AddressFields } from '../../settings/forms/AddressFields'
import { fieldOfError, SERVER_ERROR, useErrorText } from '../../settings/forms/errorText'
import { ContactsSection } from './ContactsSection'
import { DeliveryAddressesSection } from './DeliveryAddressesSection'
import { TermsSection } from './TermsSection'
import { makeCustomerSchema, valuesToCustomerInput, type CustomerFormValues } from './customerSchema'
import '../../settings/forms/forms.css'

type Path = FieldPath<CustomerFormValues>

/** Repository error codes -> the form field they concern (when the error names no path of the form). */
const ERROR_FIELDS: ReadonlyArray<readonly [string, Path]> = [
  ['taxId', 'taxId'],
  ['data.customer.codeTaken', 'code'],
  ['data.customer.recargoOnlyEs', 'recargoEquivalencia'],
  ['terms.invalidPaymentDay', 'paymentDays'],
  ['terms', 'termsDays'],
]

const TOP = 'code|legalName|tradeName|taxId|tradeRegister|email|phone|language|paymentDays|creditLimit|lineDiscount|requiresPO|requiresPrepayment|recargoEquivalencia|collectionProfile|contractualRate|notes'
const ADDR = 'street|city|postalCode|region|country'
const FORM_PATH = new RegExp(`^(?:(?:${TOP})|address\\.(?:${ADDR})|deliveryAddresses\\.\\d+\\.(?:${ADDR})|contacts\\.\\d+\\.(?:name|role|email|phone))$`)
const SAVED_TO_FORM: Record<string, Path> = { 'terms.days': 'termsDays', 'earlyDiscount.percent': 'earlyPercent', 'earlyDiscount.days': 'earlyDays' }

function isFormPath(p: string): p is Path {
  return FORM_PATH.test(p)
}

export interface CustomerFormProps {
  initial: CustomerFormValues
  isNew: boolean
  /** The company is Spanish: the recargo de equivalencia option is shown. */
  companyIsSpanish: boolean
  locale: string
  currencySymbol: string
  onSubmit: (input: CustomerInput) => Promise<void>
  onCancel: () => void
}

/** Every field of a customer; errors per field, translated; a rejected save keeps what was typed. */
export function CustomerForm({ initial, isNew, companyIsSpanish, locale, currencySymbol, onSubmit, onCancel }: CustomerFormProps) {
  const { t } = useTranslation('customers')
  const errorText = useErrorText()
  const [topError, setTopError] = useState<string | null>(null)
  const schema = useMemo(() => makeCustomerSchema(locale), [locale])
  const form = useForm<CustomerFormValues>({ resolver: zodResolver(schema), defaultValues: initial })
  const { register, handleSubmit, watch, setValue, getFieldState, trigger, setError, formState } = form
  const { errors, isSubmitting } = formState
  const country = watch('address.country')

  useEffect(() => {
    if (isNew && !getFieldState('language').isDirty) setValue('language', country === 'RO' ? 'ro' : country === 'ES' ? 'es' : 'en')
    if (form.getValues('taxId').trim() !== '') void trigger('taxId')
  }, [country, isNew, getFieldState, setValue, trigger, form])

  async function submit(values: CustomerFormValues) {
    setTopError(null)
    try {
      await onSubmit(valuesToCustomerInput(values, locale, companyIsSpanish))
    } catch (err) {
      const path = (err as { params?: { path?: unknown } }).params?.path
      const field = (typeof path === 'string' ? SAVED_TO_FORM[path] : undefined) ?? fieldOfError(err, ERROR_FIELDS, isFormPath)
      const message = errorMessage(t, err)
      if (field) setError(field, { type: SERVER_ERROR, message }, { shouldFocus: true })
      else setTopError(message)
    }
  }

  return (
    <form className="customer-form" onSubmit={handleSubmit(submit)} data-testid="customer-form" noValidate>
      {topError ? <Alert tone="error">{topError}</Alert> : null}
      {Object.keys(errors).length > 0 && formState.isSubmitted ? <Alert tone="error">{t('form.fixErrors')}</Alert> : null}

      <Card title={t('form.sectionIdentity')}>
        <div className="form-grid">
          <Field label={t('fields.legalName')} error={errorText(errors.legalName)} className="span-2">
            <input {...register('legalName')} data-testid="customer-legalName" autoFocus />
          </Field>
          <Field label={t('fields.tradeName')} error={errorText(errors.tradeName)}>
            <input {...register('tradeName')} data-testid="customer-tradeName" />
          </Field>
          <Field label={t('fields.code')} error={errorText(errors.code)} hint={isNew ? t('form.codeHint') : undefined}>
            <input {...register('code')} data-testid="customer-code" />
          </Field>
          <Field
            label={country === 'ES' ? t('fields.taxIdES') : country === 'RO' ? t('fields.taxIdRO') : t('fields.taxId')}
            error={errorText(errors.taxId)}
            hint={t('form.taxIdHint')}
          >
            <input {...register('taxId')} data-testid="customer-taxId" spellCheck={false} />
          </Field>
          <Field label={t('fields.tradeRegister')} error={errorText(errors.tradeRegister)}>
            <input {...register('tradeRegister')} data-testid="customer-tradeRegister" />
          </Field>
          <Field label={t('fields.collectionProfile')} error={errorText(errors.collectionProfile)}>
            <select {...register('collectionProfile')} data-testid="customer-collectionProfile">
              <option value="business">{t('common:profiles.business')}</option>
              <option value="publicAdmin">{t('common:profiles.publicAdmin')}</option>
              <option value="smallShop">{t('common:profiles.smallShop')}</option>
            </select>
          </Field>
          <Field label={t('fields.language')} error={errorText(errors.language)} hint={t('form.languageHint')}>
            <select {...register('language')} data-testid="customer-language">
              <option value="es">{t('common:language.es')}</option>
              <option value="ro">{t('common:language.ro')}</option>
              <option value="en">{t('common:language.en')}</option>
            </select>
          </Field>
        </div>
      </Card>

      <Card title={t('form.sectionAddress')}>
        <AddressFields register={register} name="address" errors={errors.address} testIdPrefix="customer" country={country} />
      </Card>

      <Card title={t('form.sectionContact')}>
        <div className="form-section">
          <div className="form-grid">
            <Field label={t('fields.email')} error={errorText(errors.email)} hint={t('form.emailHint')}>
              <input type="email" {...register('email')} data-testid="customer-email" />
            </Field>
            <Field label={t('fields.phone')} error={errorText(errors.phone)}>
              <input type="tel" {...register('phone')} data-testid="customer-phone" />
            </Field>
          </div>
          <ContactsSection form={form} />
        </div>
      </Card>

      <Card title={t('form.sectionTerms')}>
        <TermsSection form={form} showRecargo={companyIsSpanish} currencySymbol={currencySymbol} />
      </Card>

      <Card title={t('form.sectionDelivery')}>
        <DeliveryAddressesSection form={form} />
      </Card>

      <Card title={t('fields.notes')}>
        <Field label={t('form.notesLabel')} error={errorText(errors.notes)}>
          <textarea {...register('notes')} data-testid="customer-notes" rows={3} />
        </Field>
      </Card>

      <div className="form-footer sticky-footer">
        <Button onClick={onCancel} data-testid="customer-cancel">
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" variant="primary" busy={isSubmitting} data-testid="customer-submit">
          {isNew ? t('form.create') : t('common:actions.save')}
        </Button>
      </div>
    </form>
  )
}
