import { useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { PageHeader } from '../../components/PageHeader'
import { createCustomer, updateCustomer, type CustomerInput } from '../../db/repos/customers'
import { useFormat } from '../../lib/format'
import { useToasts } from '../../stores/toasts'
import { withOwnerOverride } from '../users/override'
import { useCompany } from '../settings/hooks'
import { CustomerForm } from './form/CustomerForm'
import { customerToValues, newCustomerValues } from './form/customerSchema'
import { useCustomer } from './hooks'
import './customers.css'

/** New customer (/customers/new) or edit one (/customers/:id/edit). */
export function CustomerFormPage() {
  const { t } = useTranslation('customers')
  const { id } = useParams()
  const navigate = useNavigate()
  const fmt = useFormat()
  const company = useCompany()
  const customer = useCustomer(id)
  const isNew = id === undefined

  if (company === undefined || (!isNew && customer === undefined)) {
    return <p className="muted" role="status">{t('common:app.loading')}</p>
  }
  if (!isNew && customer === null) return <Alert tone="error">{t('page.notFound')}</Alert>

  async function save(input: CustomerInput) {
    // A clerk may keep a customer's details up to date; changing the credit terms takes the owner's approval.
    const saved = await withOwnerOverride((c) => (isNew ? createCustomer(c, input) : updateCustomer(c, id as string, input)))
    if (!saved) return
    useToasts.getState().push('success', t(isNew ? 'form.created' : 'form.saved', { name: saved.legalName }))
    navigate(`/customers/${saved.id}`, { replace: isNew })
  }

  const initial = customer ? customerToValues(customer, fmt.locale) : newCustomerValues(company)
  const symbol = fmt.money(0).replace(/[\d\s.,\u00a0\u202f]/g, '')
  return (
    <>
      <PageHeader title={isNew ? t('form.newTitle') : t('form.editTitle', { name: customer?.legalName })} subtitle={isNew ? t('form.newSubtitle') : customer?.code} />
      <CustomerForm
        key={customer?.id ?? 'new'}
        initial={initial}
        isNew={isNew}
        companyIsSpanish={company?.country === 'ES'}
        locale={fmt.locale}
        currencySymbol={symbol}
        onSubmit={save}
        onCancel={() => navigate(isNew ? '/customers' : `/customers/${id}`)}
      />
    </>
  )
}
