/**
 * The interest note ("nota de liquidación de intereses de demora" / "notă de calcul al penalităților de întârziere"):
 * a letter claiming the late-payment interest and the fixed compensation still owed on invoices that are overdue or
 * were paid late. A customer who paid the principal late still owes them; this note makes them visible and claimable.
 * Unlike the reminders (claimsLateCharges), the note ALWAYS claims interest and compensation: that is its point.
 * Rows: the invoices with claimable interest or compensation > 0; outstanding = principal still unpaid (0 when paid).
 * Printed by main like any other LetterModel (same contract: principal = sum of outstanding, and so on).
 */
import { addDays, compareDates, formatDate } from '../dates'
import { DomainError } from '../errors'
import { formatIban } from '../iban'
import { localeOf } from '../locale'
import { formatMoney, formatPercent } from '../money'
import type { BasisPoints, Cents, IsoDate } from '../types'
import { type Reduction, invoiceInterest } from './interest'
import { type LetterInput, type LetterInvoice, legalBasisText } from './letter'
import { type PlaceholderValues, paragraphsOf, renderTemplate } from './templates'
import type { LetterInvoiceRow, LetterModel } from './types'

export const INTEREST_NOTE_TEMPLATE_KEY = 'interestNote'
/** Days to pay stated in an interest note. */
export const INTEREST_NOTE_PAY_DAYS = 15

export interface InterestNoteInvoice {
  invoice: LetterInvoice
  /** Allocations (amount + discount, on the payment date) and credit notes (on their issue date). */
  reductions: Reduction[]
  /** Interest on this invoice already claimed and paid (deducted from what the note claims). */
  interestAlreadyPaid?: Cents
}

export interface InterestNoteInput extends Pick<LetterInput, 'company' | 'customer' | 'template' | 'settings' | 'rates' | 'today' | 'language'> {
  /** Candidate invoices, open or paid: only those with interest or compensation to claim become rows. */
  invoices: InterestNoteInvoice[]
}

function contactName(customer: InterestNoteInput['customer']): string {
  const c = customer.contacts.find((x) => x.approvesInvoices && x.name.trim()) ?? customer.contacts.find((x) => x.name.trim())
  return c?.name ?? ''
}

/** The rows of the note: invoices with something to claim, oldest due first. */
export function interestNoteRows(input: Pick<InterestNoteInput, 'invoices' | 'customer' | 'settings' | 'rates' | 'today'>): LetterInvoiceRow[] {
  const contractual = input.customer.contractualRate ?? null
  return input.invoices
    .map(({ invoice, reductions, interestAlreadyPaid }): LetterInvoiceRow => {
      const r = invoiceInterest(invoice, reductions, input.rates, contractual, input.settings, input.today, interestAlreadyPaid ?? 0)
      return {
        invoiceId: invoice.id,
        number: invoice.fullNumber,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        total: invoice.totals.total,
        outstanding: r.outstanding,
        daysLate: r.daysLate,
        interest: r.claimableInterest,
        rate: r.maxRate,
        compensation: r.compensation,
      }
    })
    .filter((r) => r.interest > 0 || r.compensation > 0)
    .sort((a, b) => compareDates(a.dueDate, b.dueDate) || a.number.localeCompare(b.number))
}

/**
 * Builds the interest note. Throws letters.noInvoices when given no invoices, letters.mixedCurrencies when they are
 * in different currencies and letters.nothingToClaim when no invoice has interest or compensation to claim.
 */
export function buildInterestNoteModel(input: InterestNoteInput): LetterModel {
  const { company, customer, today, language } = input
  if (input.invoices.length === 0) throw new DomainError('letters.noInvoices')
  const currency = input.invoices[0]?.invoice.currency ?? company.currency
  if (input.invoices.some((x) => x.invoice.currency !== currency)) throw new DomainError('letters.mixedCurrencies')
  const rows = interestNoteRows(input)
  if (rows.length === 0) throw new DomainError('letters.nothingToClaim')

  const locale = localeOf(language)
  const sum = (f: (r: LetterInvoiceRow) => Cents): Cents => rows.reduce((s, r) => s + f(r), 0)
  const principal = sum((r) => r.outstanding)
  const interest = sum((r) => r.interest)
  const compensation = sum((r) => r.compensation)
  const fees = 0
  const totalClaimed = principal + interest + compensation + fees
  const payBy: IsoDate = addDays(today, INTEREST_NOTE_PAY_DAYS)
  const oldestDueDate = rows[0]?.dueDate ?? today
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
    remindersSent: '0',
    oldestDueDate: formatDate(oldestDueDate, locale),
    daysLate: String(Math.max(0, ...rows.map((r) => r.daysLate))),
  }

  return {
    templateKey: INTEREST_NOTE_TEMPLATE_KEY,
    kind: 'reminder',
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
    remindersSent: 0,
  }
}
