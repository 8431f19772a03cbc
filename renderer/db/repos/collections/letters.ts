/**
 * What a reminder or demand letter to one customer is built from (renderer/domain/collections/letter.ts
 * buildLetterModel): the company, the customer, its open invoices with their reductions, the settings, the rate
 * table and the effective templates in the customer's language. The caller picks the queue item's step, its template
 * and the invoices the letter covers.
 */
import type { Reduction } from '../../../domain/collections/interest'
import type { CollectionSettings, InterestRatePeriod } from '../../../domain/collections/types'
import type { CompanySettings, Customer, Invoice, IsoDate, Language } from '../../../domain/types'
import type { Ctx } from '../../context'
import { requireCompany } from '../company'
import { requireCustomer } from '../customers'
import { reductionsOfCustomer } from './interest'
import { listRates } from './rates'
import { getCollectionSettings } from './settings'
import { effectiveTemplates, type EffectiveTemplate } from './templates'

export interface LetterInputs {
  company: CompanySettings
  customer: Customer
  /** Open invoices, oldest due first, each with its reductions (allocations + discounts, credit notes). */
  invoices: Array<{ invoice: Invoice; reductions: Reduction[] }>
  settings: CollectionSettings
  rates: InterestRatePeriod[]
  /** Effective templates (override ?? default) in the letter's language, by template key. */
  templates: Record<string, EffectiveTemplate>
  /** The letter's language: the customer's. */
  language: Language
  today: IsoDate
}

export async function letterInputs(ctx: Ctx, customerId: string, today: IsoDate): Promise<LetterInputs> {
  const { db } = ctx
  const tables = [
    db.company, db.customers, db.invoices, db.allocations, db.creditNotes, db.interestRates, db.collectionSettings,
    db.letterTemplates,
  ]
  return db.transaction('r', tables, async () => {
    const [company, customer] = await Promise.all([requireCompany(ctx), requireCustomer(ctx, customerId)])
    const [open, reductions, settings, rates, templates] = await Promise.all([
      db.invoices.where('[customerId+isOpen]').equals([customerId, 1]).toArray(),
      reductionsOfCustomer(ctx, customerId),
      getCollectionSettings(ctx),
      listRates(ctx),
      effectiveTemplates(ctx, customer.language),
    ])
    const invoices = open
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.fullNumber.localeCompare(b.fullNumber))
      .map((invoice): { invoice: Invoice; reductions: Reduction[] } => ({ invoice, reductions: reductions.get(invoice.id) ?? [] }))
    return { company, customer, invoices, settings, rates, templates, language: customer.language, today }
  })
}
