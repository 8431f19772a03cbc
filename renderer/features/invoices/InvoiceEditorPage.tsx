import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { Alert } from '../../components/Alert'
import { PageHeader } from '../../components/PageHeader'
import { VAT_RATES } from '../../domain/tax'
import type { CompanySettings, Customer, Invoice } from '../../domain/types'
import { today } from '../../lib/ctx'
import { useFormat } from '../../lib/format'
import { useCompany } from '../settings/hooks'
import { emptyLine, inputFormatters, valuesOfDraft, type EditorValues } from './editor/editorForm'
import { InvoiceEditor } from './editor/InvoiceEditor'
import { useCustomer, useInvoice } from './hooks'
import './invoices.css'

function newInvoiceValues(company: CompanySettings, customer: Customer | null, discountText: string): EditorValues {
  const rates = company.vatRegistered ? VAT_RATES[company.country] : [0]
  return {
    customerId: customer?.id ?? '',
    issueDate: today(),
    deliveryDate: '',
    deliveryNoteNumber: '',
    deliveryChoice: 'billing',
    poNumber: '',
    contractRef: '',
    notes: '',
    currency: company.currency,
    exchangeRate: '',
    lines: [emptyLine(rates[0] ?? 0, discountText)],
  }
}

/** The values the editor starts from (only read when it mounts). */
function initialValues(
  company: CompanySettings | undefined,
  invoice: Invoice | null | undefined,
  customer: Customer | null | undefined,
  locale: string,
  keepEditor: boolean,
): EditorValues | null {
  if (!company || keepEditor) return null
  const inputs = inputFormatters(locale)
  if (invoice) return valuesOfDraft(invoice, customer ?? null, inputs)
  return newInvoiceValues(company, customer ?? null, customer?.lineDiscount ? inputs.percent(customer.lineDiscount) : '')
}

/** /invoices/new[?customer=id] and /invoices/:id/edit (drafts only). */
export function InvoiceEditorPage() {
  const { t } = useTranslation('invoices')
  const { id } = useParams()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const fmt = useFormat()
  const company = useCompany()
  // A draft created by this editor keeps the same editor when the address changes to /edit.
  const routeKey = id ?? 'new'
  const [session, setSession] = useState({ routeKey, editorKey: 0, adoptedId: null as string | null })
  if (routeKey !== session.routeKey) {
    if (routeKey === session.adoptedId) setSession({ ...session, routeKey })
    else setSession({ routeKey, editorKey: session.editorKey + 1, adoptedId: null })
  }
  const keepEditor = session.adoptedId !== null && session.adoptedId === id
  const invoice = useInvoice(keepEditor ? undefined : id)
  const customerId = id ? (invoice ? invoice.customerId : undefined) : params.get('customer')
  const customer = useCustomer(keepEditor ? undefined : customerId)

  const title = id ? t('editor.titleEdit') : t('editor.titleNew')
  const header = <PageHeader title={title} subtitle={t('editor.subtitle')} />
  const ready = keepEditor || (company !== undefined && (!id || invoice !== undefined) && (!customerId || customer !== undefined))

  const initial = initialValues(company, invoice, customer, fmt.locale, keepEditor)

  if (!ready || !company) {
    return (
      <div className="inv-page">
        {header}
        <p className="muted">{t('common:app.loading')}</p>
      </div>
    )
  }
  if (id && !keepEditor && invoice === null) {
    return (
      <div className="inv-page">
        {header}
        <Alert tone="error">{t('view.notFound')}</Alert>
      </div>
    )
  }
  if (invoice && invoice.lifecycle !== 'draft') {
    return (
      <div className="inv-page">
        {header}
        <Alert tone="warn" title={t('editor.issuedTitle')}>
          {t('editor.issuedBody')} <Link to={`/invoices/${invoice.id}`}>{t('editor.openInvoice', { number: invoice.fullNumber })}</Link>
        </Alert>
      </div>
    )
  }
  return (
    <div className="inv-page">
      {header}
      {initial || keepEditor ? (
        <InvoiceEditor
          key={session.editorKey}
          company={company}
          draft={(invoice as Invoice | null | undefined) ?? null}
          initialCustomer={customer ?? null}
          initialValues={initial as EditorValues}
          onCreated={(newId) => {
            setSession((s) => ({ ...s, adoptedId: newId }))
            void navigate(`/invoices/${newId}/edit`, { replace: true })
          }}
        />
      ) : null}
    </div>
  )
}
