/**
 * Money: integer cents (minor units), percentages in basis points.
 *
 * ROUNDING (the one place it is written down; tax.ts follows it):
 * - Arithmetic is done on integers (BigInt where a product could get large); there is never a float amount.
 * - We round HALF-UP, i.e. half away from zero (0.5 -> 1, -0.5 -> -1), and only at these points:
 *   1. each invoice line amount, once: quantity (in thousandths) x unit price x (1 - line discount);
 *   2. VAT, once per VAT rate, on the sum of the line amounts at that rate (the rate's base);
 *   3. recargo de equivalencia, once per VAT rate, on the same base;
 *   4. any other percentage of an amount (early-payment discount, VAT stated in lei) once, where it is computed.
 * - Totals are exact sums of already rounded figures, so what is printed always adds up.
 */
import { DomainError } from './errors'
import type { BasisPoints, Cents, CurrencyCode } from './types'

export const ROUNDING_RULE =
  'Amounts are integer cents; we round half-up (half away from zero) only once per invoice line ' +
  '(quantity × unit price × (1 − discount)) and once per VAT rate for VAT and for recargo de equivalencia ' +
  '(on the sum of the line amounts at that rate); totals are exact sums of those rounded figures.'

/** Guards a number as Cents: throws DomainError('money.notInteger') unless it is a safe integer. */
export function cents(n: number): Cents {
  if (!Number.isSafeInteger(n)) throw new DomainError('money.notInteger', { value: String(n) })
  return n
}

export function addCents(...xs: Cents[]): Cents {
  let sum = 0
  for (const x of xs) sum += cents(x)
  return cents(sum)
}

/** num / den rounded half away from zero; den must be > 0. */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('divRoundHalfUp: denominator must be positive')
  const neg = num < 0n
  const abs = neg ? -num : num
  const q = (abs * 2n + den) / (den * 2n)
  return neg ? -q : q
}

/** amount × rate / 10000, rounded half-up (away from zero for negatives). 10000c at 2100bp -> 2100c. */
export function percentOf(amount: Cents, rate: BasisPoints): Cents {
  cents(amount)
  if (!Number.isSafeInteger(rate)) throw new DomainError('percent.invalid', { value: String(rate) })
  return cents(Number(divRoundHalfUp(BigInt(amount) * BigInt(rate), 10000n)))
}

function separatorsOf(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale, { useGrouping: 'always' }).formatToParts(1234.5)
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.'
  return { decimal, group: decimal === ',' ? '.' : ',' }
}

/**
 * Parses a decimal number typed by a person into an integer count of 1/10^scale units.
 * Accepts "1.234,56" and "1234,5" (es/ro), "1,234.56" (en), "1234.5" anywhere; a leading sign.
 * Returns null when the text is not such a number or has more than `scale` decimals.
 */
export function parseScaled(text: string, locale: string, scale: number): number | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€|lei|ron|eur|%/gi, '')
  let sign = 1
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    sign = -1
    s = s.slice(1)
  } else if (s.startsWith('+')) s = s.slice(1)
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null
  const { decimal, group } = separatorsOf(locale)
  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  let decSep: string | null = null
  if (lastDot >= 0 && lastComma >= 0) decSep = lastDot > lastComma ? '.' : ','
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ','
    const count = s.split(sep).length - 1
    const after = s.length - s.lastIndexOf(sep) - 1
    // A lone locale group separator followed by exactly 3 digits is grouping ("1.234" in es); otherwise decimal.
    const looksGrouped = sep === group && (count > 1 || after === 3)
    decSep = looksGrouped ? null : sep
    if (sep === decimal && count > 1) return null
  }
  let intPart = s
  let fracPart = ''
  if (decSep !== null) {
    const i = s.lastIndexOf(decSep)
    intPart = s.slice(0, i)
    fracPart = s.slice(i + 1)
    if (!/^[0-9]*$/.test(fracPart)) return null
  }
  const groupSep = decSep === '.' ? ',' : decSep === ',' ? '.' : s.includes('.') ? '.' : ','
  if (intPart.includes(groupSep)) {
    if (!new RegExp(`^[0-9]{1,3}(\\${groupSep}[0-9]{3})+$`).test(intPart)) return null
    intPart = intPart.split(groupSep).join('')
  }
  if (!/^[0-9]*$/.test(intPart) || (intPart === '' && fracPart === '')) return null
  if (fracPart.length > scale) return null
  const digits = (intPart === '' ? '0' : intPart) + fracPart.padEnd(scale, '0')
  const value = Number(digits) * sign
  return Number.isSafeInteger(value) ? value + 0 : null
}

/** "1.234,56" (es/ro), "1,234.56" (en), "1234.5" -> cents; null when not a number (or more than 2 decimals). */
export function parseMoney(text: string, locale: string): Cents | null {
  return parseScaled(text, locale, 2)
}

/** Exact decimal string of an amount in cents, e.g. -123456 -> "-1234.56". */
export function centsToDecimalString(amount: Cents): `${number}` {
  const c = cents(amount)
  const abs = Math.abs(c)
  const units = Math.trunc(abs / 100)
  const frac = String(abs % 100).padStart(2, '0')
  return `${c < 0 ? '-' : ''}${units}.${frac}` as `${number}`
}

const moneyFormats = new Map<string, Intl.NumberFormat>()

/**
 * Intl currency format, always grouped: es-ES EUR -> "1.234,56 €", ro-RO RON -> "1.234,56 lei", en-GB EUR -> "€1,234.56".
 * The space before the symbol is the no-break space U+00A0 that Intl prints. In Romanian the leu is written "lei".
 */
export function formatMoney(amount: Cents, currency: CurrencyCode, locale: string): string {
  const key = `${locale}|${currency}`
  let nf = moneyFormats.get(key)
  if (!nf) {
    const narrow = currency === 'RON' && locale.toLowerCase().startsWith('ro')
    nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: narrow ? 'narrowSymbol' : 'symbol',
      useGrouping: 'always',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    moneyFormats.set(key, nf)
  }
  return nf.format(centsToDecimalString(amount))
}

/** Plain grouped number with 2 decimals, no currency: es-ES 123456 -> "1.234,56". */
export function formatAmount(amount: Cents, locale: string): string {
  return new Intl.NumberFormat(locale, {
    useGrouping: 'always',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(centsToDecimalString(amount))
}

/** "5,2" -> 520, "21 %" -> 2100, "0.5" -> 50; null when not a number, negative or with more than 2 decimals. */
export function parsePercent(text: string): BasisPoints | null {
  const s = text.replace(/[\s\u00a0\u202f%]/g, '')
  const m = /^\+?([0-9]{1,7})(?:[.,]([0-9]{0,2}))?$/.exec(s)
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

/** 520 -> "5,2 %" (es-ES, ro-RO), "5.2%" (en-GB); up to 2 decimals, trailing zeros dropped. */
export function formatPercent(bp: BasisPoints, locale: string): string {
  const sign = bp < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(bp))
  const asFraction = `${sign}${Math.trunc(abs / 10000)}.${String(abs % 10000).padStart(4, '0')}`
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    asFraction as `${number}`,
  )
}
