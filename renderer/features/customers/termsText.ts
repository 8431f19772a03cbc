import type { TFunction } from 'i18next'
import type { Formatters } from '../../lib/format'
import type { EarlyPaymentDiscount, PaymentTerms } from '../../domain/types'

/** "Net 30 days", "End of month + 30 days", "Payment on receipt" (common:terms.*). */
export function termsInWords(t: TFunction, terms: PaymentTerms): string {
  return terms.kind === 'immediate' ? t('common:terms.immediate') : t(`common:terms.${terms.kind}`, { days: terms.days })
}

/** "pays on day 10, 25" or '' when any day. */
export function paymentDaysInWords(t: TFunction, paymentDays: number[]): string {
  return paymentDays.length === 0 ? '' : t('common:terms.paymentDays', { days: paymentDays.join(', ') })
}

/** "2 % discount if paid within 10 days" or '' when none. */
export function earlyDiscountInWords(t: TFunction, fmt: Formatters, d: EarlyPaymentDiscount | null): string {
  return d ? t('common:terms.earlyDiscount', { percent: fmt.percent(d.percent), days: d.days }) : ''
}
