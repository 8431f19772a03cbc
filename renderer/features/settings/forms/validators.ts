import { parseMoney, parsePercent } from '../../../domain/money'

/** i18n keys of the messages shared by the forms (namespace settings, section validation). */
export const V = {
  required: 'settings:validation.required',
  email: 'settings:validation.email',
  days: 'settings:validation.days',
  money: 'settings:validation.money',
  percent: 'settings:validation.percent',
  paymentDays: 'settings:validation.paymentDays',
  seriesCode: 'settings:validation.seriesCode',
  tradeRegisterRo: 'settings:validation.tradeRegisterRo',
} as const

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmailOrEmpty(s: string): boolean {
  return s.trim() === '' || EMAIL.test(s.trim())
}

/** Whole days 0..366 typed as text; null when not such a number. */
export function parseDays(s: string): number | null {
  const t = s.trim()
  if (!/^[0-9]{1,3}$/.test(t)) return null
  const n = Number(t)
  return n <= 366 ? n : null
}

/** "10, 25" -> [10, 25]; '' -> []; null when any part is not a day of the month. */
export function parsePaymentDays(s: string): number[] | null {
  const parts = s.split(/[,;\s]+/).filter((p) => p !== '')
  const days: number[] = []
  for (const p of parts) {
    if (!/^[0-9]{1,2}$/.test(p)) return null
    const n = Number(p)
    if (n < 1 || n > 31) return null
    if (!days.includes(n)) days.push(n)
  }
  return days.sort((a, b) => a - b)
}

/** Money typed in the user's locale; '' is allowed when `optional`. */
export function isMoneyText(s: string, locale: string, optional: boolean): boolean {
  if (s.trim() === '') return optional
  const v = parseMoney(s, locale)
  return v !== null && v >= 0
}

/** A percentage 0..100 typed as text ("5,2"); '' allowed when `optional`. */
export function isPercentText(s: string, optional: boolean): boolean {
  if (s.trim() === '') return optional
  const v = parsePercent(s)
  return v !== null && v <= 10000
}
