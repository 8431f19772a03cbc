import { useTranslation } from 'react-i18next'
import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form'
import { Field } from '../../../components/Field'
import { useErrorText } from './errorText'
import { RO_COUNTIES } from '../../../domain/einvoice/efactura/counties'

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
  /** The address's country: in Romania the county field offers the counties and Bucharest's sectors (e-Factura). */
  country?: string
}

/** What e-Factura reads as a county: the 41 counties, and in Bucharest the sector. */
const RO_REGIONS = [...Object.values(RO_COUNTIES).filter((n) => n !== 'București').sort((a, b) => a.localeCompare(b, 'ro')), ...[1, 2, 3, 4, 5, 6].map((n) => `Sector ${n}`)]

/** Street, city, postal code, province/county and (optionally) country, with translated errors. */
export function AddressFields<T extends FieldValues>({ register, name, errors, testIdPrefix, withCountry = true, regionLabel, country }: Props<T>) {
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
      <Field label={regionLabel ?? t('address.region')} error={errorText(errors?.region)} hint={country === 'RO' ? t('address.roRegionHint') : undefined}>
        <input {...register(path('region'))} data-testid={id('region')} list={country === 'RO' ? id('ro-regions') : undefined} />
      </Field>
      {country === 'RO' ? (
        <datalist id={id('ro-regions')}>
          {RO_REGIONS.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      ) : null}
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
