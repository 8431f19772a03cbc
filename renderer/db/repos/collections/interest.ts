/**
 * Late-payment interest and fixed compensation owed by one customer, per invoice (open and overdue, or paid late),
 * computed by the domain (invoiceInterest) from the invoice's reductions: allocations (amount + discount, on the
 * payment date) and credit notes (on their issue date).
 */
import Dexie from 'dexie'
import { invoiceInterest, type InterestSettings, type InvoiceInterest, type Reduction } from '../../../domain/collections/interest'
import type { InterestRatePeriod } from '../../../domain/collections/types'
import type { Allocation, Cents, CreditNote, CurrencyCode, Customer, Invoice, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import { requireCustomer } from '../customers'
import { listRates } from './rates'
import { getCollectionSettings } from './settings'

export interface InvoiceInterestRow extends InvoiceInterest {
  fullNumber: string
  issueDate: IsoDate
  dueDate: IsoDate
  currency: CurrencyCode
  /** Still something to pay on the invoice (false: paid late, interest still claimable). */
  open: boolean
}

export interface InterestTotals {
  interest: Cents
  compensation: Cents
  claimableInterest: Cents
  /** Half-years without a rate in the table (a warning to show: the latest earlier rate was used). */
  missingRatePeriods: IsoDate[]
}

/** Reductions of each invoice of the customer: allocations (money + discount) and credit notes. */
export async function reductionsOfCustomer(ctx: Ctx, customerId: string): Promise<Map<string, Reduction[]>> {
  const [allocations, creditNotes] = await Promise.all([
    ctx.db.allocations.where('customerId').equals(customerId).toArray(),
    ctx.db.creditNotes.where('customerId').equals(customerId).toArray(),
  ])
  return reductionsByInvoice(allocations, creditNotes)
}

/** Reductions by invoice, oldest first: allocations (amount + discount, on their date), credit notes (issue date). */
function reductionsByInvoice(allocations: readonly Allocation[], creditNotes: readonly CreditNote[]): Map<string, Reduction[]> {
  const out = new Map<string, Reduction[]>()
  const add = (invoiceId: string, r: Reduction) => {
    const list = out.get(invoiceId)
    if (list) list.push(r)
    else out.set(invoiceId, [r])
  }
  for (const a of allocations) add(a.invoiceId, { date: a.date, amount: a.amount + a.discount })
  for (const n of creditNotes) add(n.invoiceId, { date: n.issueDate, amount: n.totals.total })
  for (const list of out.values()) list.sort((a, b) => a.date.localeCompare(b.date))
  return out
}

/** The customer's issued invoices, oldest first (index [customerId+issueDate]). */
async function issuedInvoicesOf(ctx: Ctx, customerId: string): Promise<Invoice[]> {
  const rows = await ctx.db.invoices
    .where('[customerId+issueDate]')
    .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey], true, true)
    .toArray()
  return rows.filter((i) => i.lifecycle === 'issued')
}

/** The interest rows of `invoices` (issued) that are overdue on `today` or were paid late, oldest due first. */
function interestRows(
  customer: Customer,
  invoices: Invoice[],
  reductions: Map<string, Reduction[]>,
  rates: InterestRatePeriod[],
  settings: InterestSettings,
  today: IsoDate,
): InvoiceInterestRow[] {
  const rows: InvoiceInterestRow[] = []
  for (const inv of invoices) {
    if (inv.dueDate >= today) continue
    const r = invoiceInterest(inv, reductions.get(inv.id) ?? [], rates, customer.contractualRate ?? null, settings, today)
    if (!r.late) continue
    rows.push({ ...r, fullNumber: inv.fullNumber, issueDate: inv.issueDate, dueDate: inv.dueDate, currency: inv.currency, open: inv.isOpen === 1 })
  }
  return rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.fullNumber.localeCompare(b.fullNumber))
}

/**
 * Per invoice of the customer that is overdue on `today` or was paid late: days late, accrued interest (at the
 * customer's contractual rate when set, else the statutory table), compensation and what is still claimable.
 * Reads the customer's whole history: the customer page asks for it on demand (openInvoiceInterest comes first).
 */
export async function customerInterest(ctx: Ctx, customerId: string, today: IsoDate): Promise<InvoiceInterestRow[]> {
  const { db } = ctx
  const tables = [db.customers, db.invoices, db.allocations, db.creditNotes, db.interestRates, db.collectionSettings]
  return db.transaction('r', tables, async () => {
    const customer = await requireCustomer(ctx, customerId)
    const [invoices, reductions, rates, settings] = await Promise.all([
      issuedInvoicesOf(ctx, customerId),
      reductionsOfCustomer(ctx, customerId),
      listRates(ctx),
      getCollectionSettings(ctx),
    ])
    return interestRows(customer, invoices, reductions, rates, settings, today)
  })
}

export interface OpenInvoiceInterest {
  /** customerInterest's rows of the invoices still open (`open` true), same figures, same order. */
  rows: InvoiceInterestRow[]
  /** How many of the customer's invoices are not open (paid, credited; drafts too): any may have been paid late. */
  closedInvoices: number
}

/**
 * What the customer page shows first: interest on the invoices still open and overdue on `today`, without reading
 * the paid history (a customer of ten years has hundreds of invoices paid late; customerInterest computes those
 * when asked). Reads the customer's open invoices (index [customerId+isOpen]) and the reductions of only those
 * overdue ones something was paid, discounted or credited on: an invoice whose maintained paid, discount and
 * credited amounts are 0 has no allocation and no credit note.
 */
export async function openInvoiceInterest(ctx: Ctx, customerId: string, today: IsoDate): Promise<OpenInvoiceInterest> {
  const { db } = ctx
  const tables = [db.customers, db.invoices, db.allocations, db.creditNotes, db.interestRates, db.collectionSettings]
  return db.transaction('r', tables, async () => {
    const [customer, open, closedInvoices, rates, settings] = await Promise.all([
      requireCustomer(ctx, customerId),
      db.invoices.where('[customerId+isOpen]').equals([customerId, 1]).toArray(),
      db.invoices.where('[customerId+isOpen]').equals([customerId, 0]).count(),
      listRates(ctx),
      getCollectionSettings(ctx),
    ])
    const overdue = open.filter((i) => i.lifecycle === 'issued' && i.dueDate < today)
    const paidOn = overdue.filter((i) => i.paidAmount + i.discountTaken > 0).map((i) => i.id)
    const creditedOn = overdue.filter((i) => i.creditedAmount > 0).map((i) => i.id)
    // One request per invoice, all sent at once (an anyOf walks a cursor, one round trip per row).
    const [allocations, creditNotes] = await Promise.all([
      Promise.all(paidOn.map((id) => db.allocations.where('invoiceId').equals(id).toArray())),
      Promise.all(creditedOn.map((id) => db.creditNotes.where('invoiceId').equals(id).toArray())),
    ])
    const rows = interestRows(customer, overdue, reductionsByInvoice(allocations.flat(), creditNotes.flat()), rates, settings, today)
    return { rows, closedInvoices }
  })
}

/** Sums of a customer's interest rows. */
export function interestTotals(rows: InvoiceInterestRow[]): InterestTotals {
  return {
    interest: rows.reduce((s, r) => s + r.interest, 0),
    compensation: rows.reduce((s, r) => s + r.compensation, 0),
    claimableInterest: rows.reduce((s, r) => s + r.claimableInterest, 0),
    missingRatePeriods: [...new Set(rows.flatMap((r) => r.missingRatePeriods))].sort(),
  }
}
