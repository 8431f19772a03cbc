/** A non-standard-terms difference in words, in the UI language. */
import type { TFunction } from 'i18next'
import type { Formatters } from '../../../lib/format'
import { earlyDiscountInWords, paymentDaysInWords, termsInWords } from '../../../lib/termsText'
import type { TermsDifference } from '../../../domain/reports/health'

export function differenceText(t: TFunction, fmt: Formatters, d: TermsDifference): string {
  switch (d.kind) {
    case 'terms':
      return t('health:terms.diff.terms', { invoice: termsInWords(t, d.invoice), standard: termsInWords(t, d.standard) })
    case 'paymentDays': {
      const words = (days: number[]) => paymentDaysInWords(t, days) || t('health:terms.anyDay')
      return t('health:terms.diff.paymentDays', { invoice: words(d.invoice), standard: words(d.standard) })
    }
    case 'earlyDiscount': {
      const words = (x: typeof d.invoice) => earlyDiscountInWords(t, fmt, x) || t('health:terms.noDiscount')
      return t('health:terms.diff.earlyDiscount', { invoice: words(d.invoice), standard: words(d.standard) })
    }
    case 'lineDiscount':
      return t('health:terms.diff.lineDiscount', {
        line: d.line,
        product: d.code || d.description,
        discount: fmt.percent(d.discount),
        standard: fmt.percent(d.standard),
        amount: fmt.money(d.amount),
      })
  }
}
