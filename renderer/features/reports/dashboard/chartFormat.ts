/** Formatting shared by the dashboard's cards and charts: months, compact money and percentages in the UI locale. */
import type { BasisPoints, CurrencyCode } from '../../../domain/types'

/** The middle of the month at noon UTC, so no time zone moves it to another month. */
function monthDate(month: string): Date {
  return new Date(`${month}-15T12:00:00Z`)
}

export interface MonthFormats {
  /** "nov 2026" (es), "nov. 2026" (ro), "Nov 2026" (en). */
  long: (month: string) => string
  /** "nov", "nov.", "Nov". */
  short: (month: string) => string
  /** The year alone, "2026". */
  year: (month: string) => string
}

export function monthFormats(locale: string): MonthFormats {
  const long = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  return {
    long: (m) => long.format(monthDate(m)),
    short: (m) => short.format(monthDate(m)),
    year: (m) => m.slice(0, 4),
  }
}

/** Amounts in cents shown compactly on axes: "12 mil €", "1,2 M €", "12 K lei", "€12k". */
export function compactMoney(locale: string, currency: CurrencyCode): (cents: number) => string {
  const narrow = currency === 'RON' && locale.toLowerCase().startsWith('ro')
  const nf = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: narrow ? 'narrowSymbol' : 'symbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  })
  return (cents) => nf.format(cents / 100)
}

/** Basis points as a percentage with at most one decimal: 8523 -> "85,2 %". */
export function percentOneDecimal(locale: string): (bp: BasisPoints) => string {
  const nf = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 })
  return (bp) => nf.format(bp / 10000)
}

/** Days with one decimal in the locale: 58.9 -> "58,9". */
export function daysFormat(locale: string): (days: number) => string {
  const nf = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 1 })
  return (days) => nf.format(days)
}

/** Green for what is not yet due, through yellow and orange, to red for the oldest bucket. */
const FIVE = ['#2f9e5b', '#a6c13c', '#f2b53a', '#e8772e', '#c62828']

export function bucketColors(count: number): string[] {
  if (count === FIVE.length) return FIVE
  if (count <= 1) return FIVE.slice(0, 1)
  return Array.from({ length: count }, (_, i) => `hsl(${Math.round(140 - (140 * i) / (count - 1))}, 62%, 42%)`)
}
