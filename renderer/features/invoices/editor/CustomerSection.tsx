import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Badge } from '../../../components/StatusBadge'
import { Field } from '../../../components/Field'
import type { Cents, Customer } from '../../../domain/types'
import { useFormat } from '../../../lib/format'
import type { CustomerRisk } from '../hooks'
import { CustomerPicker } from '../components/CustomerPicker'
import { describeTerms } from '../../../lib/termsText'

export interface CustomerSectionProps {
  customer: Customer | null
  onCustomer: (c: Customer) => void
  error?: string
  risk: CustomerRisk | undefined
  /** This invoice's total, added to the balance for the credit limit check. */
  invoiceTotal: Cents
  autoFocus: boolean
}

/** The customer picker, the terms that come with the customer, and what to watch out for. */
export function CustomerSection({ customer, onCustomer, error, risk, invoiceTotal, autoFocus }: CustomerSectionProps) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const overLimit = Boolean(risk && risk.creditLimit !== null && risk.balance + invoiceTotal > risk.creditLimit)
  return (
    <div className="form-section">
      <Field label={t('editor.customer')} error={error}>
        <CustomerPicker value={customer} onChange={onCustomer} testId="invoice-customer" autoFocus={autoFocus} />
      </Field>
      {customer ? (
        <div className="customer-terms" data-testid="invoice-terms">
          <span>{describeTerms(t, fmt, customer.terms, customer.paymentDays, customer.earlyDiscount)}</span>
          <span className="customer-badges">
            {customer.lineDiscount > 0 ? <Badge tone="info">{t('editor.lineDiscount', { percent: fmt.percent(customer.lineDiscount) })}</Badge> : null}
            {customer.recargoEquivalencia ? <Badge tone="info">{t('editor.recargo')}</Badge> : null}
            {customer.requiresPO ? <Badge tone="warn">{t('editor.requiresPO')}</Badge> : null}
            <Badge>{t('editor.documentLanguage', { language: t(`common:language.${customer.language}`) })}</Badge>
          </span>
        </div>
      ) : null}
      {customer && risk && overLimit ? (
        <Alert tone="warn" title={t('warnings.overLimitTitle')}>
          {t('warnings.overLimit', {
            balance: fmt.money(risk.balance),
            invoice: fmt.money(invoiceTotal),
            limit: fmt.money(risk.creditLimit ?? 0),
          })}
        </Alert>
      ) : null}
      {customer && risk && risk.overdue > 0 ? (
        <Alert tone="warn" title={t('warnings.overdueTitle')}>
          {t('warnings.overdue', { amount: fmt.money(risk.overdue) })}
        </Alert>
      ) : null}
      {customer?.requiresPrepayment ? (
        <Alert tone="warn" title={t('warnings.prepaymentTitle')}>
          {t('warnings.prepayment')}
        </Alert>
      ) : null}
    </div>
  )
}
