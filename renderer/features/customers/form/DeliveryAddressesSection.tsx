import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { AddressFields } from '../../settings/forms/AddressFields'
import { emptyAddress, type CustomerFormValues } from './customerSchema'

/** Where goods go when it is not the billing address (shops, warehouses). */
export function DeliveryAddressesSection({ form }: { form: UseFormReturn<CustomerFormValues> }) {
  const { t } = useTranslation('customers')
  const { register, control, formState, getValues } = form
  const { fields, append, remove } = useFieldArray({ control, name: 'deliveryAddresses' })
  return (
    <div className="form-section">
      {fields.length === 0 ? <p className="muted form-empty">{t('form.noDeliveryAddresses')}</p> : null}
      {fields.map((f, i) => (
        <div key={f.id} className="repeat-row" data-testid={`customer-delivery-${i}`}>
          <div className="repeat-row-head">
            <span>{t('form.deliveryN', { n: i + 1 })}</span>
            <Button variant="ghost" className="btn-small" onClick={() => remove(i)} data-testid={`customer-delivery-${i}-remove`}>
              {t('common:actions.remove')}
            </Button>
          </div>
          <AddressFields
            register={register}
            name={`deliveryAddresses.${i}`}
            errors={formState.errors.deliveryAddresses?.[i]}
            testIdPrefix={`customer-delivery-${i}`}
          />
        </div>
      ))}
      <div>
        <Button onClick={() => append(emptyAddress(getValues('address.country') || 'ES'))} data-testid="customer-delivery-add">
          {t('form.addDeliveryAddress')}
        </Button>
      </div>
    </div>
  )
}
