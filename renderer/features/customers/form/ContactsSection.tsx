import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Field } from '../../../components/Field'
import { CheckField } from '../../settings/forms/CheckField'
import { useErrorText } from '../../settings/forms/errorText'
import { emptyContact, type CustomerFormValues } from './customerSchema'

/** The people at the customer, one of them usually approving invoices for payment. */
export function ContactsSection({ form }: { form: UseFormReturn<CustomerFormValues> }) {
  const { t } = useTranslation('customers')
  const errorText = useErrorText()
  const { register, control, formState } = form
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' })
  const errors = formState.errors.contacts
  return (
    <div className="form-section">
      {fields.length === 0 ? <p className="muted form-empty">{t('form.noContacts')}</p> : null}
      {fields.map((f, i) => (
        <div key={f.id} className="repeat-row" data-testid={`customer-contact-${i}`}>
          <div className="repeat-row-head">
            <span>{t('form.contactN', { n: i + 1 })}</span>
            <Button variant="ghost" className="btn-small" onClick={() => remove(i)} data-testid={`customer-contact-${i}-remove`}>
              {t('common:actions.remove')}
            </Button>
          </div>
          <div className="form-grid">
            <Field label={t('fields.contactName')} error={errorText(errors?.[i]?.name)}>
              <input {...register(`contacts.${i}.name`)} data-testid={`customer-contact-${i}-name`} />
            </Field>
            <Field label={t('fields.contactRole')} error={errorText(errors?.[i]?.role)}>
              <input {...register(`contacts.${i}.role`)} data-testid={`customer-contact-${i}-role`} />
            </Field>
            <Field label={t('fields.email')} error={errorText(errors?.[i]?.email)}>
              <input type="email" {...register(`contacts.${i}.email`)} data-testid={`customer-contact-${i}-email`} />
            </Field>
            <Field label={t('fields.phone')} error={errorText(errors?.[i]?.phone)}>
              <input type="tel" {...register(`contacts.${i}.phone`)} data-testid={`customer-contact-${i}-phone`} />
            </Field>
            <CheckField
              className="span-all"
              label={t('fields.approvesInvoices')}
              {...register(`contacts.${i}.approvesInvoices`)}
              data-testid={`customer-contact-${i}-approvesInvoices`}
            />
          </div>
        </div>
      ))}
      <div>
        <Button onClick={() => append(emptyContact())} data-testid="customer-contact-add">
          {t('form.addContact')}
        </Button>
      </div>
    </div>
  )
}
