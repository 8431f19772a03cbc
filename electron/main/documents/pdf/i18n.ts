/**
 * Texts of the printed documents, from locales/<lang>/documents.json (the same files the renderer loads as the
 * `documents` namespace), and the Intl formatting of money, numbers and dates in the document language.
 */
import en from '../../../../locales/en/documents.json' with { type: 'json' }
import es from '../../../../locales/es/documents.json' with { type: 'json' }
import ro from '../../../../locales/ro/documents.json' with { type: 'json' }
import { formatDate } from '../../../../renderer/domain/dates'
import { localeOf } from '../../../../renderer/domain/locale'
import { centsToDecimalString, formatMoney, formatPercent } from '../../../../renderer/domain/money'
import type { BasisPoints, Cents, CurrencyCode, IsoDate, Language } from '../../../../renderer/domain/types'

type Tree = { [key: string]: string | Tree }
const TEXTS: Record<Language, Tree> = { es, ro, en }

export type TParams = Record<string, string | number>

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The text for `key` in `lang` (English, then the key itself, when missing) with {{params}} filled in. */
export function t(lang: Language, key: string, params: TParams = {}): string {
  const template = lookup(TEXTS[lang], key) ?? lookup(TEXTS.en, key) ?? key
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** Formatting bound to one document language. */
export interface DocFormat {
  lang: Language
  locale: string
  t(key: string, params?: TParams): string
  money(amount: Cents): string
  /** Grouped number with 2 decimals, no currency (table cells). */
  amount(amount: Cents): string
  percent(bp: BasisPoints): string
  date(d: IsoDate): string
  /** Long date for the place-and-date line of letters: "23 de noviembre de 2026", "23 noiembrie 2026", "23 November 2026". */
  longDate(d: IsoDate): string
  quantity(q: number): string
  rate(r: number): string
  list(items: string[]): string
}

/** A function of one argument that remembers its answers (few distinct arguments: VAT and interest rates). */
function remembered<A, R>(fn: (a: A) => R): (a: A) => R {
  const seen = new Map<A, R>()
  return (a) => {
    let r = seen.get(a)
    if (r === undefined) seen.set(a, (r = fn(a)))
    return r
  }
}

/**
 * Formats are made once per language and currency and shared: a batch of 200 letters asked for one per letter,
 * and formatAmount / formatPercent build an Intl.NumberFormat on every call (~0.3 s of a 200-letter batch).
 * `amount` is formatAmount with its formatter kept (same options, same input string).
 */
const formats = new Map<string, DocFormat>()

export function docFormat(lang: Language, currency: CurrencyCode): DocFormat {
  const key = `${lang}|${currency}`
  let f = formats.get(key)
  if (!f) formats.set(key, (f = makeDocFormat(lang, currency)))
  return f
}

function makeDocFormat(lang: Language, currency: CurrencyCode): DocFormat {
  const locale = localeOf(lang)
  const qty = new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 3 })
  const rate = new Intl.NumberFormat(locale, { useGrouping: 'always', minimumFractionDigits: 4, maximumFractionDigits: 6 })
  const amount = new Intl.NumberFormat(locale, { useGrouping: 'always', minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })
  const long = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' })
  return {
    lang,
    locale,
    t: (key, params) => t(lang, key, params),
    money: (a) => formatMoney(a, currency, locale),
    amount: (a) => amount.format(centsToDecimalString(a)),
    percent: remembered((bp: BasisPoints) => formatPercent(bp, locale)),
    date: (d) => formatDate(d, locale),
    longDate: (d) => long.format(new Date(`${d}T12:00:00Z`)),
    quantity: (q) => qty.format(q),
    rate: (r) => rate.format(r),
    list: (items) => list.format(items),
  }
}
