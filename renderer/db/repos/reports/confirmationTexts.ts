/**
 * The timeline texts of balance confirmations (sent, agreed, disputed), from locales/<lang>/confirmations.json
 * (`timeline.*`, the same file the screens use), with amounts and dates formatted in that language. Written by the
 * repository so the figures on the timeline are always the ones stored.
 */
import en from '../../../../locales/en/confirmations.json'
import es from '../../../../locales/es/confirmations.json'
import ro from '../../../../locales/ro/confirmations.json'
import { formatDate } from '../../../domain/dates'
import { localeOf } from '../../../domain/locale'
import { formatMoney } from '../../../domain/money'
import type { BalanceConfirmationRecord } from '../../../domain/reports/confirmation'
import type { Language } from '../../../domain/types'

const TIMELINE: Record<Language, Record<string, string>> = { es: es.timeline, ro: ro.timeline, en: en.timeline }

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => params[name] ?? whole)
}

type TextFields = Pick<BalanceConfirmationRecord, 'asOf' | 'reference' | 'currency' | 'balance' | 'status' | 'customerAmount' | 'difference' | 'note'>

/** "Confirmación de saldo a 31/10/2026 enviada: 1.234,56 € según nuestra contabilidad (ref. CS-20261031-C0012)." and the replies. */
export function confirmationTimelineText(record: TextFields, language: Language): string {
  const locale = localeOf(language)
  const money = (c: number | null) => formatMoney(c ?? 0, record.currency, locale)
  const texts = TIMELINE[language]
  const params = {
    asOf: formatDate(record.asOf, locale),
    reference: record.reference,
    balance: money(record.balance),
    customerAmount: money(record.customerAmount),
    difference: money(record.difference),
    note: record.note,
  }
  const main = fill(texts[record.status] ?? '', params)
  return record.status !== 'sent' && record.note.trim() ? `${main}\n${fill(texts.note ?? '', params)}` : main
}
