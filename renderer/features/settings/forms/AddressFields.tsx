import { useTranslation } from 'react-i18next'
import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form'
import { Field } from '../../../components/Field'
import { useErrorText } from './errorText'

export interface AddressValues {
  street: string
  city: string
  postalCode: string
  region: string
  country: string
}

interface Props<T extends FieldValues> {
  register: UseFormRegister<T>
  /** Path of the address object in the form values, e.g. 'address' or 'deliveryAddresses.0'. */
  name: string
  errors: FieldErrors<AddressValues> | undefined
  testIdPrefix: string
  /** When false the country select is left out (the company form has its own country). */
  withCountry?: boolean
  /** Label of the region field: 'Province' (ES), 'County' (RO); generic when not given. */
  regionLabel?: string
}

/** Street, city, postal code, province/county and (optionally) country, with translated errors. */
export function AddressFields<T extends FieldValues>({ register, name, errors, testIdPrefix, withCountry = true, regionLabel }: Props<T>) {
  const { t } = useTranslation('settings')
  const errorText = useErrorText()
  const path = (field: keyof AddressValues) => `${name}.${field}` as Path<T>
  const id = (field: string) => `${testIdPrefix}-${field}`
  return (
    <div className="form-grid">
      <Field label={t('address.street')} error={errorText(errors?.street)} className="span-2">
        <input {...register(path('street'))} data-testid={id('street')} autoComplete="street-address" />
      </Field>
      <Field label={t('address.postalCode')} error={errorText(errors?.postalCode)}>
        <input {...register(path('postalCode'))} data-testid={id('postalCode')} autoComplete="postal-code" />
      </Field>
      <Field label={t('address.city')} error={errorText(errors?.city)}>
        <input {...register(path('city'))} data-testid={id('city')} />
      </Field>
      <Field label={regionLabel ?? t('address.region')} error={errorText(errors?.region)}>
        <input {...register(path('region'))} data-testid={id('region')} />
      </Field>
      {withCountry ? (
        <Field label={t('address.country')} error={errorText(errors?.country)}>
          <select {...register(path('country'))} data-testid={id('country')}>
            <option value="ES">{t('common:countries.ES')}</option>
            <option value="RO">{t('common:countries.RO')}</option>
          </select>
        </Field>
      ) : null}
    </div>
  )
}
