import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, DetailList } from '../../../components/Card'
import { Badge } from '../../../components/StatusBadge'
import { useFormat } from '../../../lib/format'
import type { Address, Customer } from '../../../domain/types'
import { earlyDiscountInWords, paymentDaysInWords, termsInWords } from '../../../lib/termsText'

/** Shown where a value is missing (not a word: no translation needed). */
const NONE = '—'

function AddressText({ a }: { a: Address }) {
  const { t } = useTranslation('customers')
  const country = a.country === 'ES' || a.country === 'RO' ? t(`common:countries.${a.country}`) : a.country
  return (
    <address className="address-text">
      {a.street}
      <br />
      {[a.postalCode, a.city].filter(Boolean).join(' ')}
      {a.region ? ` (${a.region})` : ''}, {country}
    </address>
  )
}

function CreditLine({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  if (customer.creditLimit === null) return <span className="muted">{t('list.noLimit')}</span>
  const used = Math.max(0, customer.balance)
  const ratio = customer.creditLimit > 0 ? Math.min(1, used / customer.creditLimit) : 1
  const over = used > customer.creditLimit
  return (
    <div className="credit-line">
      <span>{t('details.creditUse', { used: fmt.money(used), limit: fmt.money(customer.creditLimit) })}</span>
      <span className={`credit-bar ${over ? 'is-over' : ''}`} aria-hidden="true">
        <span style={{ width: `${Math.round(ratio * 100)}%` }} />
      </span>
    </div>
  )
}

/** The customer's terms, contacts and addresses, in words. */
export function DetailsCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const paymentDays = paymentDaysInWords(t, customer.paymentDays)
  const items: Array<[ReactNode, ReactNode]> = [
    [t('details.terms'), <span data-testid="customer-terms">{termsInWords(t, customer.terms)}{paymentDays ? `, ${paymentDays}` : ''}</span>],
    [t('details.earlyDiscount'), earlyDiscountInWords(t, fmt, customer.earlyDiscount) || <span className="muted">{t('details.none')}</span>],
    [t('details.lineDiscount'), customer.lineDiscount ? fmt.percent(customer.lineDiscount) : <span className="muted">{t('details.none')}</span>],
    [t('details.creditLimit'), <CreditLine customer={customer} />],
    [t('details.profile'), t(`common:profiles.${customer.collectionProfile}`)],
    [t('details.language'), t(`common:language.${customer.language}`)],
    [t('details.email'), customer.email || <span className="muted">{NONE}</span>],
    [t('details.phone'), customer.phone || <span className="muted">{NONE}</span>],
    [t('details.billingAddress'), <AddressText a={customer.address} />],
  ]
  if (customer.tradeRegister) items.splice(5, 0, [t('fields.tradeRegister'), customer.tradeRegister])
  customer.deliveryAddresses.forEach((a, i) => items.push([t('details.deliveryN', { n: i + 1 }), <AddressText a={a} />]))
  if (customer.notes) items.push([t('fields.notes'), <span className="notes-text">{customer.notes}</span>])

  return (
    <Card title={t('details.title')}>
      <DetailList items={items} />
      <h3 className="subheading">{t('details.contacts')}</h3>
      {customer.contacts.length === 0 ? (
        <p className="muted">{t('form.noContacts')}</p>
      ) : (
        <ul className="contact-list">
          {customer.contacts.map((c, i) => (
            <li key={i} className={c.approvesInvoices ? 'is-approver' : ''} data-testid={c.approvesInvoices ? 'customer-approver' : undefined}>
              <div className="contact-name">
                {c.name}
                {c.role ? <span className="muted"> · {c.role}</span> : null}
                {c.approvesInvoices ? <Badge tone="good">{t('details.approver')}</Badge> : null}
              </div>
              <div className="contact-ways">
                {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                {c.phone ? <span>{c.phone}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
