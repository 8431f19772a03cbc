import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import type { Customer, Invoice } from '../../domain/types'
import { today } from '../../lib/ctx'
import { useFormat } from '../../lib/format'
import { useCustomer } from '../invoices/hooks'
import { inputFormatters } from '../invoices/editor/editorForm'
import { useOpenInvoices } from './hooks'
import { openItemOf, type PaymentValues } from './paymentForm'
import { PaymentForm } from './PaymentForm'
import '../invoices/invoices.css'
import './payments.css'

/** What the form starts with: from an invoice, its amount due today (less the early discount, if still offered). */
function initialValues(customer: Customer | null, invoice: Invoice | undefined, money: (c: number) => string): PaymentValues {
  const date = today()
  let amount = ''
  if (invoice) {
    const item = openItemOf(invoice, date)
    amount = money(item.openAmount - item.discountAvailable)
  }
  return { customerId: customer?.id ?? '', date, amount, method: 'transfer', reference: '', notes: '' }
}

/** /payments/new[?customer=id&invoice=id] */
export function PaymentFormPage() {
  const { t } = useTranslation('payments')
  const fmt = useFormat()
  const [params] = useSearchParams()
  const customerId = params.get('customer')
  const invoiceId = params.get('invoice')
  const customer = useCustomer(customerId)
  const open = useOpenInvoices(customerId ?? undefined)
  const ready = (!customerId || customer !== undefined) && (!invoiceId || open !== undefined)
  const header = <PageHeader title={t('form.title')} subtitle={customer ? customer.legalName : t('form.subtitle')} />
  if (!ready) {
    return (
      <div className="inv-page">
        {header}
        <p className="muted">{t('common:app.loading')}</p>
      </div>
    )
  }
  const invoice = invoiceId ? open?.find((i) => i.id === invoiceId) : undefined
  return (
    <div className="inv-page">
      {header}
      <PaymentForm
        key={`${customerId}|${invoiceId}`}
        initialCustomer={customer ?? null}
        initialValues={initialValues(customer ?? null, invoice, inputFormatters(fmt.locale).money)}
        preferredInvoice={invoice?.id ?? null}
      />
    </div>
  )
}
