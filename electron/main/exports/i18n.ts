/**
 * Texts and number/date formats of the exported sheets, from locales/<lang>/exportSheets.json (main imports the
 * JSON directly, like pdf/i18n.ts does for documents.json). No electron import.
 */
import en from '../../../locales/en/exportSheets.json' with { type: 'json' }
import es from '../../../locales/es/exportSheets.json' with { type: 'json' }
import ro from '../../../locales/ro/exportSheets.json' with { type: 'json' }
import { localeOf } from '../../../renderer/domain/locale'
import type { BasisPoints, CurrencyCode, Language } from '../../../renderer/domain/types'

type Tree = { [key: string]: string | Tree }
const TEXTS: Record<Language, Tree> = { es, ro, en }

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The sheet text for `key` in `lang` (English, then the key, when missing) with {{params}} filled in. */
export function st(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = lookup(TEXTS[lang], key) ?? lookup(TEXTS.en, key) ?? key
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** i18next-style plurals: `key_one`, `key_few`, `key_many`, `key_other` chosen by the language's plural rules. */
export function stPlural(lang: Language, key: string, count: number, params: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(localeOf(lang)).select(count)
  const full = lookup(TEXTS[lang], `${key}_${category}`) !== undefined ? `${key}_${category}` : `${key}_other`
  return st(lang, full, { ...params, count })
}

/** 2100 -> "21 %" (es), "21%" (ro, en); 520 -> "5,2 %" (es), "5,2%" (ro), "5.2%" (en). */
export function rateLabel(lang: Language, bp: BasisPoints): string {
  const value = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2, useGrouping: false }).format(bp / 100)
  return st(lang, 'percent', { value })
}

/* ---- XLSX number formats ---- */
const CURRENCY_SUFFIX: Record<CurrencyCode, string> = { EUR: '"€"', RON: '"lei"' }

/** '#,##0.00 "€";[Red]-#,##0.00 "€"': grouped, 2 decimals, negatives in red. Excel localizes the separators. */
export function moneyNumFmt(currency: CurrencyCode): string {
  const s = CURRENCY_SUFFIX[currency]
  return `#,##0.00 ${s};[Red]-#,##0.00 ${s}`
}

const DATE_NUMFMT: Record<Language, string> = { es: 'dd/mm/yyyy', ro: 'dd.mm.yyyy', en: 'yyyy-mm-dd' }
export function dateNumFmt(lang: Language): string {
  return DATE_NUMFMT[lang]
}

export const PERCENT_NUMFMT = '0.0#%'
export const INTEGER_NUMFMT = '0'
export const NUMBER_NUMFMT = '0.0000##'

/* ---- CSV ---- */
export interface CsvStyle {
  delimiter: string
  decimal: string
}
/** es/ro: ';' and decimal comma (what a Spanish or Romanian Excel opens directly); en: ',' and '.'. */
export function csvStyle(lang: Language): CsvStyle {
  return lang === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' }
}

/** 'YYYY-MM-DD' as the CSV shows it: dd/mm/yyyy (es), dd.mm.yyyy (ro), yyyy-mm-dd (en). */
export function csvDate(lang: Language, iso: string): string {
  if (lang === 'en') return iso
  const [y, m, d] = iso.split('-')
  return lang === 'es' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`
}
