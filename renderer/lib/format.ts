import { useTranslation } from 'react-i18next'
import { formatDate } from '../domain/dates'
import { formatMoney, formatPercent } from '../domain/money'
import { localeOf } from '../domain/locale'
import type { BasisPoints, Cents, CurrencyCode, IsoDate, Language } from '../domain/types'
import { useCompany } from '../features/settings/hooks'

export interface Formatters {
  locale: string
  currency: CurrencyCode
  money: (amount: Cents, currency?: CurrencyCode) => string
  date: (d: IsoDate | '' | null | undefined) => string
  percent: (bp: BasisPoints) => string
  number: (n: number) => string
}

export function makeFormatters(language: Language, currency: CurrencyCode): Formatters {
  const locale = localeOf(language)
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: 'always' } as Intl.NumberFormatOptions)
  return {
    locale,
    currency,
    money: (amount, cur = currency) => formatMoney(amount, cur, locale),
    date: (d) => (d ? formatDate(d, locale) : ''),
    percent: (bp) => formatPercent(bp, locale),
    number: (n) => nf.format(n),
  }
}

/** Formatters in the user's UI language and the company's currency. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation()
  const company = useCompany()
  const lang = (['es', 'ro', 'en'].includes(i18n.language) ? i18n.language : 'en') as Language
  return makeFormatters(lang, company?.currency ?? 'EUR')
}
