/**
 * The model of one reminder or formal demand letter: the figures (from interest.ts and compensation.ts), the rows of
 * its invoice table and the template's text with every placeholder filled in, in the letter language's locale.
 * Built here, printed by main's pdfmake builder, so the screen and the PDF cannot disagree.
 */
import { addDays, compareDates, formatDate } from '../dates'
import { DomainError } from '../errors'
import { formatIban } from '../iban'
import { localeOf } from '../locale'
import { formatMoney, formatPercent } from '../money'
import type { BasisPoints, Cents, CompanySettings, Country, Customer, Invoice, IsoDate, Language } from '../types'
import { type InterestSettings, type Reduction, invoiceInterest } from './interest'
import { EXTRA_STEP_PREFIX } from './profiles'
import { type LetterTemplateText, type PlaceholderValues, paragraphsOf, renderTemplate } from './templates'
import type { CollectionStep, InterestRatePeriod, LetterInvoiceRow, LetterModel } from './types'

/** Days to pay stated in a formal demand: ES 10 (our default), RO 15 (Codul de procedură civilă art. 1015). */
export const DEMAND_PAY_DAYS: Record<Country, number> = { ES: 10, RO: 15 }
/** Days to pay stated in a reminder. */
export const REMINDER_PAY_DAYS = 7

export type LetterInvoice = Pick<
  Invoice,
  'id' | 'fullNumber' | 'issueDate' | 'dueDate' | 'currency' | 'totals' | 'seller'
>

export interface LetterInput {
  company: CompanySettings
  customer: Pick<Customer, 'id' | 'legalName' | 'taxId' | 'tradeRegister' | 'address' | 'contacts' | 'contractualRate'>
  /** The letter's invoices with their reductions (allocations incl. discount on the payment date, credit notes). */
  invoices: Array<{ invoice: LetterInvoice; reductions: Reduction[] }>
  /** The (firmest) step being sent: its kind and template key go on the letter. */
  step: CollectionStep
  /** All the distinct steps recorded with this letter (their fees are claimed); defaults to [step]. */
  steps?: CollectionStep[]
  template: LetterTemplateText
  settings: InterestSettings
  rates: InterestRatePeriod[]
  today: IsoDate
  language: Language
  /** Reminder letters already sent for these invoices (stated in the demand). */
  remindersSent?: number
}

/** The legal basis named in a letter, by the company's country, in the letter's language. */
export function legalBasisText(country: Country, language: Language): string {
  const texts: Record<Country, Record<Language, string>> = {
    ES: {
      es: 'Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales (artículos 5, 7 y 8)',
      ro: 'Legea spaniolă nr. 3/2004 din 29 decembrie privind combaterea întârzierii în efectuarea plăților în tranzacțiile comerciale (art. 5, 7 și 8)',
      en: 'Spanish Law 3/2004 of 29 December on combating late payment in commercial transactions (articles 5, 7 and 8)',
    },
    RO: {
      es: 'Ley rumana n.º 72/2013 sobre la morosidad en las operaciones comerciales (artículos 3 y 7) y Ordenanza del Gobierno n.º 13/2011 (artículo 3)',
      ro: 'Legea nr. 72/2013 privind măsurile pentru combaterea întârzierii în executarea obligațiilor de plată (art. 3 și 7) și OG nr. 13/2011 (art. 3)',
      en: 'Romanian Law no. 72/2013 on combating late payment (articles 3 and 7) and Government Ordinance no. 13/2011 (article 3)',
    },
  }
  return texts[country][language]
}

/** The pay-by date stated in a letter sent on `today`. */
export function payByDate(
  kind: CollectionStep['kind'],
  country: Country,
  today: IsoDate,
  oldestDueDate: IsoDate,
): IsoDate {
  if (kind === 'demand') return addDays(today, DEMAND_PAY_DAYS[country])
  if (kind === 'courtesy' || kind === 'confirmReceipt') return compareDates(oldestDueDate, today) > 0 ? oldestDueDate : today
  return addDays(today, REMINDER_PAY_DAYS)
}

function contactName(customer: LetterInput['customer']): string {
  const c = customer.contacts.find((x) => x.approvesInvoices && x.name.trim()) ?? customer.contacts.find((x) => x.name.trim())
  return c?.name ?? ''
}

/**
 * Late-payment interest and the fixed compensation are owed by law from the day after the due date, but a friendly
 * first or second reminder that claims them reads as hostile: they are claimed from the last reminder of the profile
 * (template 'reminder3' or an additional reminder) and in the formal demand. Earlier letters claim the principal.
 */
export function claimsLateCharges(step: Pick<CollectionStep, 'id' | 'kind' | 'templateKey'>): boolean {
  if (step.kind === 'demand') return true
  return step.kind === 'reminder' && (step.templateKey === 'reminder3' || step.id.startsWith(EXTRA_STEP_PREFIX))
}

/** Builds the letter: rows, totals (principal = outstanding, interest, compensation, fees) and the filled-in text. */
export function buildLetterModel(input: LetterInput): LetterModel {
  const { company, customer, today, step } = input
  if (input.invoices.length === 0) throw new DomainError('letters.noInvoices')
  const currency = input.invoices[0]?.invoice.currency ?? company.currency
  if (input.invoices.some((x) => x.invoice.currency !== currency)) throw new DomainError('letters.mixedCurrencies')
  const contractual = customer.contractualRate ?? null
  const claimCharges = claimsLateCharges(step)

  const rows: LetterInvoiceRow[] = input.invoices
    .map(({ invoice, reductions }) => {
      const r = invoiceInterest(invoice, reductions, input.rates, contractual, input.settings, today)
      return {
        invoiceId: invoice.id,
        number: invoice.fullNumber,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        total: invoice.totals.total,
        outstanding: r.outstanding,
        daysLate: r.daysLate,
        interest: claimCharges ? r.interest : 0,
        rate: r.maxRate,
        compensation: claimCharges ? r.compensation : 0,
      }
    })
    .sort((a, b) => compareDates(a.dueDate, b.dueDate) || a.number.localeCompare(b.number))

  const fees = (input.steps ?? [step]).reduce((s, x) => s + x.fee, 0)
  return assembleLetter(input, {
    templateKey: step.templateKey,
    kind: step.kind,
    currency,
    rows,
    fees,
    payBy: (oldestDueDate) => payByDate(step.kind, company.country, today, oldestDueDate),
    remindersSent: input.remindersSent ?? 0,
  })
}

/** What differs between the kinds of letter; the rest (totals, placeholders, parties, text) is assembled alike. */
export interface LetterParts {
  templateKey: string
  kind: LetterModel['kind']
  currency: LetterModel['currency']
  rows: LetterInvoiceRow[]
  fees: Cents
  /** The pay-by date, given the oldest due date among the rows. */
  payBy: (oldestDueDate: IsoDate) => IsoDate
  remindersSent: number
}

/** Totals from the rows, the placeholder values in the letter's language, the rendered text: one LetterModel. */
export function assembleLetter(
  input: Pick<LetterInput, 'company' | 'customer' | 'template' | 'today' | 'language'>,
  parts: LetterParts,
): LetterModel {
  const { company, customer, today, language } = input
  const { rows, fees, currency, remindersSent } = parts
  const locale = localeOf(language)
  const sum = (f: (r: LetterInvoiceRow) => Cents): Cents => rows.reduce((s, r) => s + f(r), 0)
  const principal = sum((r) => r.outstanding)
  const interest = sum((r) => r.interest)
  const compensation = sum((r) => r.compensation)
  const totalClaimed = principal + interest + compensation + fees
  const oldestDueDate = rows[0]?.dueDate ?? today
  const payBy = parts.payBy(oldestDueDate)
  const rate: BasisPoints = Math.max(customer.contractualRate ?? 0, ...rows.map((r) => r.rate))
  const money = (c: Cents): string => formatMoney(c, currency, locale)

  const values: PlaceholderValues = {
    'company.name': company.legalName,
    'company.taxId': company.taxId,
    'company.tradeRegister': company.tradeRegister,
    'company.iban': company.iban ? formatIban(company.iban) : '',
    'customer.name': customer.legalName,
    'customer.taxId': customer.taxId,
    'customer.tradeRegister': customer.tradeRegister,
    'customer.contact': contactName(customer),
    today: formatDate(today, locale),
    payBy: formatDate(payBy, locale),
    'invoices.count': String(rows.length),
    principal: money(principal),
    interest: money(interest),
    compensation: money(compensation),
    fees: money(fees),
    totalClaimed: money(totalClaimed),
    interestRate: formatPercent(rate, locale),
    legalBasis: legalBasisText(company.country, language),
    remindersSent: String(remindersSent),
    oldestDueDate: formatDate(oldestDueDate, locale),
    daysLate: String(Math.max(0, ...rows.map((r) => r.daysLate))),
  }

  return {
    templateKey: parts.templateKey,
    kind: parts.kind,
    language,
    country: company.country,
    currency,
    date: today,
    payBy,
    company: {
      legalName: company.legalName,
      taxId: company.taxId,
      tradeRegister: company.tradeRegister,
      address: company.address,
      iban: company.iban,
      bankName: company.bankName,
      email: company.email,
      phone: company.phone,
      logoDataUrl: company.logoDataUrl,
    },
    customer: {
      id: customer.id,
      legalName: customer.legalName,
      taxId: customer.taxId,
      tradeRegister: customer.tradeRegister,
      address: customer.address,
      contactName: values['customer.contact'],
    },
    invoices: rows,
    principal,
    interest,
    compensation,
    fees,
    totalClaimed,
    paragraphs: paragraphsOf(renderTemplate(input.template.body, values)),
    subject: renderTemplate(input.template.subject, values).trim(),
    remindersSent,
  }
}
