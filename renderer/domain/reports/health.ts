/**
 * Process-health signals: why customers don't pay. Many unpaid invoices are not the customer's fault but the
 * seller's: credit notes for wrong deliveries and prices, invoices sent late, deals outside the agreed terms,
 * invoices without the customer's purchase order, disputes left open. For a period [from, to] this computes, from
 * the documents themselves, five signals, each with its headline figures, a traffic light against a threshold and
 * the documents behind it (every row carries the ids to link to the invoice, credit note and customer).
 *
 * Pure: the caller (renderer/db/repos/reports/health.ts) selects the issued invoices and credit notes dated in the
 * period, the disputes opened in it, the disputed invoices and the customers involved.
 */
import { parseIsoDate } from '../dates'
import { DomainError } from '../errors'
import type { Dispute } from '../collections/types'
import type { Country, CreditNote, Customer, Invoice, IsoDate } from '../types'
import { creditNoteSignal, type CreditNoteSignal } from './health/creditNotes'
import { deliverySignal, type DeliverySignal } from './health/delivery'
import { disputeSignal, type DisputeSignal } from './health/disputes'
import { poSignal, termsSignal, type PoSignal, type TermsSignal } from './health/terms'

export * from './health/common'
export * from './health/creditNotes'
export * from './health/delivery'
export * from './health/disputes'
export * from './health/terms'

export interface HealthInput {
  from: IsoDate
  to: IsoDate
  /** For the age of open disputes (usually the business date). */
  today: IsoDate
  /** The company's country: decides the legal deadline for invoicing. */
  country: Country
  /** Issued invoices with issueDate in [from, to] (others are ignored). */
  invoices: readonly Invoice[]
  /** Credit notes with issueDate in [from, to] (others are ignored). */
  creditNotes: readonly CreditNote[]
  /** Disputes opened in [from, to] (others are ignored). */
  disputes: readonly Dispute[]
  /** The disputed invoices that are not among `invoices` (issued before the period). */
  disputedInvoices?: readonly Invoice[]
  /** Every customer referenced (missing ones fall back to the name frozen on the document). */
  customers: readonly (Customer | undefined)[]
}

export interface HealthReport {
  from: IsoDate
  to: IsoDate
  creditNotes: CreditNoteSignal
  delivery: DeliverySignal
  terms: TermsSignal
  po: PoSignal
  disputes: DisputeSignal
}

/** Throws DomainError('reports.statement.period') when `from` is after `to` (and 'date.invalid' for a bad date). */
export function checkPeriod(from: IsoDate, to: IsoDate): void {
  parseIsoDate(from)
  parseIsoDate(to)
  if (from > to) throw new DomainError('reports.statement.period', { from, to })
}

export function healthSignals(input: HealthInput): HealthReport {
  const { from, to } = input
  checkPeriod(from, to)
  const inPeriod = (d: IsoDate) => d >= from && d <= to
  // In date and number order, so the lists come out the same whatever order the rows were read in.
  const byDateNumber = (a: { issueDate: IsoDate; fullNumber: string }, b: { issueDate: IsoDate; fullNumber: string }) =>
    a.issueDate !== b.issueDate ? (a.issueDate < b.issueDate ? -1 : 1) : a.fullNumber < b.fullNumber ? -1 : a.fullNumber > b.fullNumber ? 1 : 0
  const invoices = input.invoices.filter((i) => i.lifecycle === 'issued' && inPeriod(i.issueDate)).sort(byDateNumber)
  const notes = input.creditNotes.filter((n) => inPeriod(n.issueDate)).sort(byDateNumber)
  const customers = new Map<string, Customer>()
  for (const c of input.customers) if (c) customers.set(c.id, c)
  const byId = new Map<string, Invoice>()
  for (const i of input.disputedInvoices ?? []) byId.set(i.id, i)
  for (const i of input.invoices) byId.set(i.id, i)
  return {
    from,
    to,
    creditNotes: creditNoteSignal(from, to, invoices, notes, customers),
    delivery: deliverySignal(input.country, invoices, customers),
    terms: termsSignal(invoices, customers),
    po: poSignal(invoices, customers),
    disputes: disputeSignal(from, to, input.today, input.disputes, byId, customers, invoices.length),
  }
}
