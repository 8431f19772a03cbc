import { useEffect, useState } from 'react'
import { useForm, type FieldPath } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Field } from '../../../components/Field'
import { errorMessage } from '../../../lib/errors'
import { today } from '../../../lib/ctx'
import { VAT_RATES } from '../../../domain/tax'
import { useFormat } from '../../../lib/format'
import type { Country } from '../../../domain/types'
import { AddressFields } from '../forms/AddressFields'
import { CheckField } from '../forms/CheckField'
import { fieldOfError, SERVER_ERROR, useErrorText } from '../forms/errorText'
import { LogoInput } from './LogoInput'
import { COUNTRY_DEFAULTS, companySchema, valuesToCompanyInput, type CompanyFormValues, type CompanyInputValues } from './companySchema'
import '../forms/forms.css'
import './companyForm.css'

export interface CompanyFormProps {
  initial: CompanyFormValues
  onSubmit: (input: CompanyInputValues) => Promise<void>
  submitLabel: string
  /** data-testid prefix: 'setup' on the first run, 'settings' afterwards. */
  testIdPrefix: string
  /** On the first run the 'UI language' field follows the language switcher until the user picks one. */
  followUiLanguage?: boolean
}

/** Repository error codes -> the field they concern. */
const ERROR_FIELDS: ReadonlyArray<readonly [string, FieldPath<CompanyFormValues>]> = [
  ['taxId', 'taxId'],
  ['iban', 'iban'],
  ['data.company.seriesClash', 'creditNoteSeries'],
  ['terms', 'termsDays'],
]

/** Paths of the saved company that are also paths of the form (data.field.* errors name one in params.path). */
const FORM_PATHS = new Set<string>([
  'legalName', 'tradeName', 'taxId', 'tradeRegister', 'iban', 'bankName', 'email', 'phone', 'country', 'currency', 'uiLanguage',
  'invoiceSeries', 'creditNoteSeries', 'address.street', 'address.city', 'address.postalCode', 'address.region',
])

/** The company's data: used by the first-run setup and by the settings page. */
export function CompanyForm({ initial, onSubmit, submitLabel, testIdPrefix, followUiLanguage = false }: CompanyFormProps) {
  const { t, i18n } = useTranslation('settings')
  const errorText = useErrorText()
  const fmt = useFormat()
  const [topError, setTopError] = useState<string | null>(null)
  const { register, handleSubmit, watch, setValue, getValues, getFieldState, trigger, setError, formState } = useForm<CompanyFormValues>({
    resolver: zodResolver(companySchema),
    defaultValues: initial,
  })
  const uiLanguage = i18n.language
  useEffect(() => {
    if (!followUiLanguage || getFieldState('uiLanguage').isDirty) return
    if (uiLanguage === 'es' || uiLanguage === 'ro' || uiLanguage === 'en') setValue('uiLanguage', uiLanguage)
  }, [followUiLanguage, uiLanguage, getFieldState, setValue])
  const { errors, isSubmitting } = formState
  const country = watch('country')
  const termsKind = watch('termsKind')
  const logo = watch('logoDataUrl')
  const id = (field: string) => `${testIdPrefix}-${field}`

  function applyCountry(next: Country) {
    const other = COUNTRY_DEFAULTS[next === 'ES' ? 'RO' : 'ES']
    const mine = COUNTRY_DEFAULTS[next]
    setValue('currency', mine.currency)
    setValue('address.country', next)
    const series = getValues('invoiceSeries').trim().toUpperCase()
    if (series === '' || series === other.invoiceSeries) setValue('invoiceSeries', mine.invoiceSeries)
    const credit = getValues('creditNoteSeries').trim().toUpperCase()
    if (credit === '' || credit === other.creditNoteSeries) setValue('creditNoteSeries', mine.creditNoteSeries)
    if (getValues('taxId').trim() !== '' || formState.isSubmitted) void trigger(['taxId', 'tradeRegister'])
  }

  async function submit(values: CompanyFormValues) {
    setTopError(null)
    try {
      await onSubmit(valuesToCompanyInput(values))
    } catch (err) {
      const field = fieldOfError(err, ERROR_FIELDS, (p): p is FieldPath<CompanyFormValues> => FORM_PATHS.has(p))
      const message = errorMessage(t, err)
      if (field) setError(field, { type: SERVER_ERROR, message }, { shouldFocus: true })
      else setTopError(message)
    }
  }

  const vatRates = VAT_RATES[country].map((r) => fmt.percent(r)).join(' · ')
  const taxIdLabel = country === 'ES' ? t('company.taxIdES') : t('company.taxIdRO')

  return (
    <form className="company-form" onSubmit={handleSubmit(submit)} data-testid={id('form')} noValidate>
      {topError ? <Alert tone="error">{topError}</Alert> : null}

      <Card title={t('sections.identity')}>
        <div className="form-grid">
          <Field label={t('company.country')} hint={t('company.vatRatesHint', { rates: vatRates })}>
            <select {...register('country', { onChange: (e) => applyCountry(e.target.value as Country) })} data-testid={id('country')}>
              <option value="ES">{t('common:countries.ES')}</option>
              <option value="RO">{t('common:countries.RO')}</option>
            </select>
          </Field>
          <Field label={t('company.legalName')} error={errorText(errors.legalName)} className="span-2">
            <input {...register('legalName')} data-testid={id('legalName')} autoFocus autoComplete="organization" />
          </Field>
          <Field label={t('company.tradeName')} error={errorText(errors.tradeName)}>
            <input {...register('tradeName')} data-testid={id('tradeName')} />
          </Field>
          <Field label={taxIdLabel} error={errorText(errors.taxId)} hint={t(country === 'ES' ? 'company.taxIdHintES' : 'company.taxIdHintRO')}>
            <input {...register('taxId')} data-testid={id('taxId')} spellCheck={false} />
          </Field>
          <Field
            label={country === 'RO' ? t('company.tradeRegisterRO') : t('company.tradeRegisterES')}
            error={errorText(errors.tradeRegister)}
            hint={country === 'RO' ? t('company.tradeRegisterHintRO') : t('company.optional')}
          >
            <input {...register('tradeRegister')} data-testid={id('tradeRegister')} />
          </Field>
          <CheckField label={t('company.vatRegistered')} {...register('vatRegistered')} data-testid={id('vatRegistered')} />
        </div>
      </Card>

      <Card title={t('sections.address')}>
        <AddressFields
          register={register}
          name="address"
          errors={errors.address}
          testIdPrefix={testIdPrefix}
          withCountry={false}
          regionLabel={country === 'ES' ? t('address.province') : t('address.county')}
          country={country}
        />
      </Card>

      <Card title={t('sections.bankContact')}>
        <div className="form-grid">
          <Field label={t('company.iban')} error={errorText(errors.iban)} className="span-2">
            <input {...register('iban')} data-testid={id('iban')} spellCheck={false} placeholder={country === 'ES' ? 'ES00 0000 0000 0000 0000 0000' : 'RO00 XXXX 0000 0000 0000 0000'} />
          </Field>
          <Field label={t('company.bankName')} error={errorText(errors.bankName)}>
            <input {...register('bankName')} data-testid={id('bankName')} />
          </Field>
          <Field label={t('company.email')} error={errorText(errors.email)}>
            <input type="email" {...register('email')} data-testid={id('email')} autoComplete="email" />
          </Field>
          <Field label={t('company.phone')} error={errorText(errors.phone)}>
            <input type="tel" {...register('phone')} data-testid={id('phone')} autoComplete="tel" />
          </Field>
        </div>
      </Card>

      <Card title={t('sections.invoicing')}>
        <div className="form-grid">
          <Field label={t('company.currency')} error={errorText(errors.currency)}>
            <select {...register('currency')} data-testid={id('currency')}>
              <option value="EUR">{t('currency.EUR')}</option>
              <option value="RON">{t('currency.RON')}</option>
            </select>
          </Field>
          <Field label={t('company.uiLanguage')} error={errorText(errors.uiLanguage)}>
            <select {...register('uiLanguage')} data-testid={id('uiLanguage')}>
              <option value="es">{t('common:language.es')}</option>
              <option value="ro">{t('common:language.ro')}</option>
              <option value="en">{t('common:language.en')}</option>
            </select>
          </Field>
          <Field label={t('company.invoiceSeries')} error={errorText(errors.invoiceSeries)} hint={t('company.seriesHint', { example: `${(watch('invoiceSeries') || 'F').toUpperCase()}${today().slice(0, 4)}-000001` })}>
            <input {...register('invoiceSeries')} data-testid={id('invoiceSeries')} maxLength={10} />
          </Field>
          <Field label={t('company.creditNoteSeries')} error={errorText(errors.creditNoteSeries)}>
            <input {...register('creditNoteSeries')} data-testid={id('creditNoteSeries')} maxLength={10} />
          </Field>
          <Field label={t('company.defaultTerms')} error={errorText(errors.termsKind)}>
            <select {...register('termsKind')} data-testid={id('termsKind')}>
              <option value="immediate">{t('termsKind.immediate')}</option>
              <option value="net">{t('termsKind.net')}</option>
              <option value="endOfMonth">{t('termsKind.endOfMonth')}</option>
            </select>
          </Field>
          {termsKind !== 'immediate' ? (
            <Field label={t('company.termsDays')} error={errorText(errors.termsDays)}>
              <input inputMode="numeric" {...register('termsDays')} data-testid={id('termsDays')} />
            </Field>
          ) : null}
        </div>
      </Card>

      <Card title={t('sections.logo')}>
        <LogoInput value={logo} onChange={(url) => setValue('logoDataUrl', url, { shouldDirty: true })} testId={id('logo')} />
      </Card>

      <div className="form-footer">
        <Button type="submit" variant="primary" busy={isSubmitting} data-testid={id('submit')}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
