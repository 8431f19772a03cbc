/** Sample values for the template editor's live preview, formatted in the letter's language like a real letter. */
import type { TFunction } from 'i18next'
import { legalBasisText } from '../../../domain/collections/letter'
import type { PlaceholderValues } from '../../../domain/collections/templates'
import { addDays } from '../../../domain/dates'
import { formatIban } from '../../../domain/iban'
import type { CompanySettings, IsoDate, Language } from '../../../domain/types'
import { makeFormatters } from '../../../lib/format'

export function sampleValues(t: TFunction, company: CompanySettings | undefined, language: Language, templateKey: string, today: IsoDate): PlaceholderValues {
  const fmt = makeFormatters(language, company?.currency ?? 'EUR')
  const country = company?.country ?? 'ES'
  const principal = 245000
  const interest = 3812
  const compensation = company?.currency === 'RON' ? 39760 : 8000
  const fees = 0
  const payBy = addDays(today, templateKey === 'demand' ? (country === 'RO' ? 15 : 10) : 7)
  const sample = (key: string) => t(`collections:templates.sample.${key}`, { lng: language })
  return {
    'company.name': company?.legalName || sample('companyName'),
    'company.taxId': company?.taxId || 'B12345674',
    'company.tradeRegister': company?.tradeRegister || '',
    'company.iban': company?.iban ? formatIban(company.iban) : 'ES91 2100 0418 4502 0005 1332',
    'customer.name': sample('customerName'),
    'customer.taxId': country === 'RO' ? 'RO18547290' : 'B87654323',
    'customer.tradeRegister': country === 'RO' ? 'J40/1234/2015' : '',
    'customer.contact': sample('contact'),
    today: fmt.date(today),
    payBy: fmt.date(payBy),
    'invoices.count': '2',
    principal: fmt.money(principal),
    interest: fmt.money(interest),
    compensation: fmt.money(compensation),
    fees: fmt.money(fees),
    totalClaimed: fmt.money(principal + interest + compensation + fees),
    interestRate: fmt.percent(country === 'RO' ? 1450 : 1015),
    legalBasis: legalBasisText(country, language),
    remindersSent: '3',
    oldestDueDate: fmt.date(addDays(today, -52)),
    daysLate: '52',
  }
}
