/**
 * What the letters of many customers are built from, read at once ("Print all letters due today"). letterInputs
 * (letters.ts) reads, per letter, the company, settings, rates and templates again and the customer's whole
 * allocation history (about a hundred rows for a customer of a few years) to keep the reductions of three or four
 * open invoices: 200 letters spent 1.5 s in the database. Here the shared rows are read once, the customers in one
 * bulkGet, only the invoices the letters cover in one bulkGet, and the reductions of just those invoices (of those
 * with something paid, discounted or credited) through the invoiceId indexes, all in one read transaction.
 *
 * Same data as letterInputs, restricted to the letter's invoices: the customer's invoices among `invoiceIds` that
 * are still open, in letterInputs' order (oldest due first, then number; ties in key order as the index returns
 * them), each with the same reductions in the same order.
 */
import type { Reduction } from '../../../domain/collections/interest'
import { DomainError } from '../../../domain/errors'
import type { Allocation, CreditNote, Invoice, IsoDate, Language } from '../../../domain/types'
import type { Ctx } from '../../context'
import type { StoredInvoice } from '../../stored'
import { requireCompany } from '../company'
import type { LetterInputs } from './letters'
import { listRates } from './rates'
import { getCollectionSettings } from './settings'
import { effectiveTemplates, type EffectiveTemplate } from './templates'

export interface LetterRequest {
  customerId: string
  /** The invoices the letter covers (ids of invoices no longer open, or of another customer, are left out). */
  invoiceIds: readonly string[]
}

/** Per request, in the requests' order: its inputs, or why they cannot be read (as letterInputs would throw it). */
export type LetterInputsOrError = { inputs: LetterInputs } | { error: unknown }

/** A failed shared read (the company missing): every letter gets its error, as each letterInputs call would. */
class Failed {
  constructor(readonly error: unknown) {}
}

/** IndexedDB orders string keys by code unit, as `<` does (not localeCompare). */
const byKey = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** letterInputs' order of the open invoices, applied to rows first put in key order (what the index returns). */
function letterOrder(invoices: Invoice[]): Invoice[] {
  return invoices.sort(byKey).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.fullNumber.localeCompare(b.fullNumber))
}

/**
 * An invoice's reductions as reductionsOfCustomer (interest.ts) lists them: the customer's allocations (amount +
 * discount, on the payment date) then its credit notes (issue date), each in key order, stably sorted by date.
 */
function reductionsOf(customerId: string, allocations: readonly Allocation[], creditNotes: readonly CreditNote[]): Reduction[] {
  const out: Reduction[] = []
  for (const a of allocations) if (a.customerId === customerId) out.push({ date: a.date, amount: a.amount + a.discount })
  for (const n of creditNotes) if (n.customerId === customerId) out.push({ date: n.issueDate, amount: n.totals.total })
  return out.sort((a, b) => a.date.localeCompare(b.date))
}

export async function letterInputsBatch(ctx: Ctx, requests: readonly LetterRequest[], today: IsoDate): Promise<LetterInputsOrError[]> {
  const { db } = ctx
  const tables = [
    db.company, db.customers, db.invoices, db.allocations, db.creditNotes, db.interestRates, db.collectionSettings,
    db.letterTemplates,
  ]
  const customerIds = [...new Set(requests.map((r) => r.customerId))]
  const invoiceIds = [...new Set(requests.flatMap((r) => r.invoiceIds))]
  return db.transaction('r', tables, async () => {
    const [company, customerRows, invoiceRows, settings, rates] = await Promise.all([
      requireCompany(ctx).catch((error: unknown) => new Failed(error)),
      db.customers.bulkGet(customerIds),
      db.invoices.bulkGet(invoiceIds),
      getCollectionSettings(ctx),
      listRates(ctx),
    ])
    const customers = new Map(customerRows.flatMap((c) => (c ? [[c.id, c] as const] : [])))
    const open = invoiceRows.filter((i): i is StoredInvoice => i !== undefined && i.isOpen === 1)
    const languages = [...new Set([...customers.values()].map((c) => c.language))]
    // One request per invoice, all sent at once (an anyOf walks a cursor, one round trip per row), and only for the
    // invoices something was paid, discounted or credited on: as openInvoiceInterest (interest.ts) relies on, an
    // invoice whose maintained paid, discount and credited amounts are 0 has no allocation and no credit note.
    const none: never[] = []
    const [templateSets, allocations, creditNotes] = await Promise.all([
      Promise.all(languages.map((language) => effectiveTemplates(ctx, language))),
      Promise.all(open.map((i) => (i.paidAmount + i.discountTaken > 0 ? db.allocations.where('invoiceId').equals(i.id).toArray() : none))),
      Promise.all(open.map((i) => (i.creditedAmount > 0 ? db.creditNotes.where('invoiceId').equals(i.id).toArray() : none))),
    ])
    const templates = new Map<Language, Record<string, EffectiveTemplate>>(languages.map((l, k) => [l, templateSets[k]!]))
    const openById = new Map(open.map((inv, k) => [inv.id, { inv, allocations: allocations[k]!, creditNotes: creditNotes[k]! }]))

    return requests.map((request): LetterInputsOrError => {
      if (company instanceof Failed) return { error: company.error }
      const customer = customers.get(request.customerId)
      if (!customer) return { error: new DomainError('data.customer.notFound') }
      const covered = [...new Set(request.invoiceIds)].flatMap((id) => {
        const x = openById.get(id)
        return x && x.inv.customerId === customer.id ? [x] : []
      })
      const reductions = new Map(covered.map((x) => [x.inv.id, reductionsOf(customer.id, x.allocations, x.creditNotes)]))
      const invoices = letterOrder(covered.map((x) => x.inv)).map((invoice) => ({ invoice, reductions: reductions.get(invoice.id)! }))
      return {
        inputs: { company, customer, invoices, settings, rates, templates: templates.get(customer.language)!, language: customer.language, today },
      }
    })
  })
}
