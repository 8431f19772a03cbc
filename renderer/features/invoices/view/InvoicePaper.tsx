import { useTranslation } from 'react-i18next'
import { formatIban } from '../../../domain/iban'
import { earlyDiscountDeadline } from '../../../domain/terms'
import { vatInCurrency } from '../../../domain/tax'
import type { CompanySettings, Invoice } from '../../../domain/types'
import { useFormat } from '../../../lib/format'
import { addressLine, describeTerms } from '../../../lib/termsText'
import { DocumentPaper } from './DocumentPaper'

/** An invoice (issued or draft) shown as its paper. */
export function InvoicePaper({ invoice, company }: { invoice: Invoice; company: CompanySettings }) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const meta: Array<[string, string]> = [
    [t('doc.issueDate'), fmt.date(invoice.issueDate)],
    [t('doc.dueDate'), fmt.date(invoice.dueDate)],
  ]
  if (invoice.deliveryDate) meta.push([t('doc.deliveryDate'), fmt.date(invoice.deliveryDate)])
  if (invoice.currency !== company.currency || invoice.exchangeRate) meta.push([t('doc.currency'), invoice.currency])
  if (invoice.exchangeRate) meta.push([t('doc.exchangeRate'), `1 EUR = ${fmt.number(invoice.exchangeRate)} RON`])

  const aside: Array<[string, string]> = []
  aside.push([t('doc.deliveryAddress'), invoice.deliveryAddress ? addressLine(invoice.deliveryAddress) : t('doc.sameAsBilling')])
  if (invoice.deliveryNoteNumber) aside.push([t('doc.deliveryNote'), invoice.deliveryNoteNumber])
  if (invoice.poNumber) aside.push([t('doc.poNumber'), invoice.poNumber])
  if (invoice.contractRef) aside.push([t('doc.contractRef'), invoice.contractRef])

  const early = invoice.earlyDiscount
  const footer = (
    <div className="paper-terms">
      <div>
        <strong>{t('doc.terms')}:</strong> {describeTerms(t, fmt, invoice.terms, invoice.paymentDays, null)}
      </div>
      {early && early.percent > 0 ? (
        <div>
          {t('doc.earlyDiscount', {
            percent: fmt.percent(early.percent),
            date: fmt.date(earlyDiscountDeadline(invoice.issueDate, early)),
          })}
        </div>
      ) : null}
      {company.iban ? (
        <div>
          <strong>{t('doc.payTo')}:</strong> {formatIban(company.iban)}
          {company.bankName ? ` (${company.bankName})` : ''}
        </div>
      ) : null}
      {invoice.recargoEquivalencia ? <div className="muted">{t('doc.recargoNote')}</div> : null}
      {invoice.exchangeRate ? (
        <div className="muted">{t('doc.vatInLei', { amount: fmt.money(vatInCurrency(invoice.totals.vat, invoice.exchangeRate), 'RON') })}</div>
      ) : null}
      {invoice.notes ? <p className="paper-notes">{invoice.notes}</p> : null}
    </div>
  )

  return (
    <DocumentPaper
      kind={t('doc.invoice')}
      number={invoice.lifecycle === 'draft' ? <span className="muted">{t('doc.draftNumber')}</span> : invoice.fullNumber}
      seller={invoice.seller}
      company={company}
      buyer={invoice.customer}
      meta={meta}
      aside={{ title: t('doc.delivery'), rows: aside }}
      lines={invoice.lines}
      totals={invoice.totals}
      currency={invoice.currency}
      footer={footer}
      totalTestId="invoice-doc-total"
    />
  )
}
