import type { TFunction } from 'i18next'
import type { EarlyPaymentDiscount, PaymentTerms } from '../../domain/types'
import type { Formatters } from '../../lib/format'

/** "Net 30 days · pays on day 10, 25 · 3 % discount if paid within 10 days", in the UI language. */
export function describeTerms(
  t: TFunction,
  fmt: Formatters,
  terms: PaymentTerms,
  paymentDays: number[],
  earlyDiscount: EarlyPaymentDiscount | null,
): string {
  const parts: string[] = []
  parts.push(terms.kind === 'immediate' ? t('common:terms.immediate') : t(`common:terms.${terms.kind}`, { days: terms.days }))
  if (paymentDays.length > 0) parts.push(t('common:terms.paymentDays', { days: paymentDays.join(', ') }))
  if (earlyDiscount && earlyDiscount.percent > 0) {
    parts.push(t('common:terms.earlyDiscount', { percent: fmt.percent(earlyDiscount.percent), days: earlyDiscount.days }))
  }
  return parts.join(' · ')
}

/** One line of an address: "Calle Mayor 1, 28001 Madrid (Madrid)". */
export function addressLine(a: { street: string; postalCode: string; city: string; region: string; country: string }): string {
  const place = [a.postalCode, a.city].filter(Boolean).join(' ')
  const region = a.region && a.region !== a.city ? ` (${a.region})` : ''
  return [a.street, place + region].filter(Boolean).join(', ')
}
