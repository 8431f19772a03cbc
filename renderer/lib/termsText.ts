/** Payment terms and addresses in words, in the UI language (common:terms.*). Shared by every screen that states them. */
import type { TFunction } from 'i18next'
import type { Formatters } from './format'
import type { Address, EarlyPaymentDiscount, PaymentTerms } from '../domain/types'

/** "Net 30 days", "End of month + 30 days", "Payment on receipt". */
export function termsInWords(t: TFunction, terms: PaymentTerms): string {
  return terms.kind === 'immediate' ? t('common:terms.immediate') : t(`common:terms.${terms.kind}`, { days: terms.days })
}

/** "pays on day 10, 25" or '' when any day. */
export function paymentDaysInWords(t: TFunction, paymentDays: number[]): string {
  return paymentDays.length === 0 ? '' : t('common:terms.paymentDays', { days: paymentDays.join(', ') })
}

/** "2 % discount if paid within 10 days" or '' when none. */
export function earlyDiscountInWords(t: TFunction, fmt: Formatters, d: EarlyPaymentDiscount | null): string {
  return d && d.percent > 0 ? t('common:terms.earlyDiscount', { percent: fmt.percent(d.percent), days: d.days }) : ''
}

/** "Net 30 days · pays on day 10, 25 · 3 % discount if paid within 10 days". */
export function describeTerms(t: TFunction, fmt: Formatters, terms: PaymentTerms, paymentDays: number[], earlyDiscount: EarlyPaymentDiscount | null): string {
  return [termsInWords(t, terms), paymentDaysInWords(t, paymentDays), earlyDiscountInWords(t, fmt, earlyDiscount)].filter(Boolean).join(' · ')
}

/** One line of an address: "Calle Mayor 1, 28001 Madrid (Madrid)". */
export function addressLine(a: Pick<Address, 'street' | 'postalCode' | 'city' | 'region'>): string {
  const place = [a.postalCode, a.city].filter(Boolean).join(' ')
  const region = a.region && a.region !== a.city ? ` (${a.region})` : ''
  return [a.street, place + region].filter(Boolean).join(', ')
}
