/**
 * Invoices: drafts (free to change), issue (checks, number, frozen snapshots, customer balance) and the
 * per-customer reads. Lists and counts are in invoiceQueries.ts.
 */
import { parseIsoDate } from '../../domain/dates'
import { DomainError } from '../../domain/errors'
import { issueProblems, type IssueProblem } from '../../domain/invoiceRules'
import { computeTotals } from '../../domain/tax'
import { dueDate } from '../../domain/terms'
import type { CompanySettings, Customer, Invoice, InvoiceLine, IsoDate, PartySnapshot } from '../../domain/types'
import { newId, nowIso, type Ctx } from '../context'
import { invoiceDraftInputSchema, type InvoiceDraftInput, type InvoiceLineInput } from '../inputs'
import { toStoredInvoice, type StoredInvoice } from '../stored'
import { parseInput } from '../validate'
import { writeAudit } from './audit'
import { requireCompany } from './company'
import { requireCustomer, setCustomerBalance } from './customers'
import { takeNextNumber } from './series'
import { requireRight } from '../rights'
import { appendInvoiceRecord } from './fiscal/records'
import { addEInvoiceReport } from './einvoice/reports'
import { deleteInvoice, invoiceWriteTables, putInvoice } from './invoiceCounters'

export type { InvoiceDraftInput, InvoiceLineInput } from '../inputs'
export { listInvoices, countByStatus, type InvoiceListQuery } from './invoiceQueries'

/**
 * Issue refused: `problems` lists everything to fix (codes translated in the errors / dataErrors namespaces).
 * code 'data.invoice.issueRefused' (invoices) or 'data.creditNote.issueRefused' (credit notes), params { count }.
 */
export class IssueRefusedError extends DomainError {
  public readonly problems: IssueProblem[]
  constructor(problems: IssueProblem[], code = 'data.invoice.issueRefused') {
    super(code, { count: problems.length })
    this.problems = problems
  }
}

export function customerSnapshot(c: Customer): PartySnapshot {
  return { legalName: c.legalName, taxId: c.taxId, tradeRegister: c.tradeRegister, address: { ...c.address } }
}

export function sellerSnapshot(company: CompanySettings): PartySnapshot {
  return {
    legalName: company.legalName,
    taxId: company.taxId,
    tradeRegister: company.tradeRegister,
    address: { ...company.address },
  }
}

/** Lines as stored: the customer's standing discount where the line gives none. */
export function linesFromInput(lines: InvoiceLineInput[] | readonly InvoiceLineInput[], defaultDiscount: number): InvoiceLine[] {
  return lines.map((l) => ({
    productId: l.productId ?? null,
    code: l.code ?? '',
    description: l.description ?? '',
    quantity: l.quantity,
    unit: l.unit ?? '',
    unitPrice: l.unitPrice,
    discount: l.discount ?? defaultDiscount,
    vatRate: l.vatRate,
  }))
}

/** Creates or updates a draft: customer terms, payment days, early discount, recargo, language, currency applied. */
export async function saveDraft(ctx: Ctx, input: InvoiceDraftInput): Promise<Invoice> {
  requireRight(ctx, 'invoices.write')
  const v = parseInput(invoiceDraftInputSchema, input)
  const { db } = ctx
  return db.transaction('rw', [...invoiceWriteTables(db), db.customers, db.company, db.audit], async () => {
    const company = await requireCompany(ctx)
    const customer = await requireCustomer(ctx, v.customerId)
    const before = v.id ? await db.invoices.get(v.id) : undefined
    if (v.id && !before) throw new DomainError('data.invoice.notFound')
    if (before && before.lifecycle !== 'draft') throw new DomainError('data.invoice.notDraft', { number: before.fullNumber })
    const recargoEquivalencia = customer.recargoEquivalencia && company.country === 'ES'
    const lines = linesFromInput(v.lines, customer.lineDiscount)
    const terms = v.terms ?? customer.terms
    const paymentDays = v.paymentDays ?? customer.paymentDays
    const currency = v.currency ?? company.currency
    const at = nowIso(ctx)
    const draft: Invoice = {
      id: before?.id ?? newId(),
      lifecycle: 'draft',
      series: company.invoiceSeries,
      year: parseIsoDate(v.issueDate).y,
      number: 0,
      fullNumber: '',
      customerId: customer.id,
      customer: customerSnapshot(customer),
      seller: sellerSnapshot(company),
      language: v.language ?? customer.language,
      currency,
      exchangeRate: currency === company.currency ? null : v.exchangeRate,
      issueDate: v.issueDate,
      dueDate: dueDate(v.issueDate, terms, paymentDays),
      terms,
      paymentDays,
      earlyDiscount: v.earlyDiscount !== undefined ? v.earlyDiscount : customer.earlyDiscount,
      recargoEquivalencia,
      lines,
      totals: computeTotals(lines, { recargoEquivalencia }),
      deliveryDate: v.deliveryDate,
      deliveryNoteNumber: v.deliveryNoteNumber,
      deliveryAddress: v.deliveryAddress,
      poNumber: v.poNumber,
      contractRef: v.contractRef,
      notes: v.notes,
      paidAmount: 0,
      discountTaken: 0,
      creditedAmount: 0,
      openAmount: 0,
      isOpen: 0,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
      issuedAt: '',
    }
    const row = toStoredInvoice(draft)
    await putInvoice(db, before, row)
    await writeAudit(ctx, 'invoice', row.id, before ? 'update' : 'create', before ?? null, row)
    return row
  })
}

/** Deletes a draft (issued invoices are corrected with a credit note, never deleted). */
export async function deleteDraft(ctx: Ctx, id: string): Promise<void> {
  requireRight(ctx, 'invoices.write')
  const { db } = ctx
  await db.transaction('rw', [...invoiceWriteTables(db), db.audit], async () => {
    const before = await db.invoices.get(id)
    if (!before) throw new DomainError('data.invoice.notFound')
    if (before.lifecycle !== 'draft') throw new DomainError('data.invoice.notDraft', { number: before.fullNumber })
    await deleteInvoice(db, before)
    await writeAudit(ctx, 'invoice', id, 'delete', before, null)
  })
}

/** The last issued invoice of a series and year (highest number). */
async function lastIssued(ctx: Ctx, series: string, year: number): Promise<StoredInvoice | undefined> {
  return ctx.db.invoices.where('[series+year+number]').between([series, year, 1], [series, year, Infinity], true, true).last()
}

/**
 * Issues a draft: refuses with IssueRefusedError listing every problem (nothing written, no number used);
 * otherwise takes the next number of the series and year, freezes seller and buyer data, opens the invoice and
 * adds its total to the customer's balance, all in one transaction.
 * With `today`, an issue date after today is refused. Issue dates never go backwards within a series and year.
 */
export async function issueInvoice(ctx: Ctx, id: string, opts: { today?: IsoDate } = {}): Promise<Invoice> {
  requireRight(ctx, 'invoices.write')
  const { db } = ctx
  const tables = [...invoiceWriteTables(db), db.customers, db.company, db.series, db.audit, db.fiscalRecords, db.einvoiceReports]
  return db.transaction('rw', tables, async () => {
    const draft = await db.invoices.get(id)
    if (!draft) throw new DomainError('data.invoice.notFound')
    if (draft.lifecycle !== 'draft') throw new DomainError('data.invoice.notDraft', { number: draft.fullNumber })
    const company = await requireCompany(ctx)
    const customer = await requireCustomer(ctx, draft.customerId)
    const year = parseIsoDate(draft.issueDate).y
    const candidate: Invoice = {
      ...draft,
      series: company.invoiceSeries,
      year,
      customer: customerSnapshot(customer),
      seller: sellerSnapshot(company),
    }
    const problems = issueProblems(candidate, company, { requiresPO: customer.requiresPO })
    if (opts.today && draft.issueDate > opts.today) {
      problems.push({ code: 'data.invoice.issueDateInFuture', params: { date: draft.issueDate } })
    }
    const last = await lastIssued(ctx, candidate.series, year)
    if (last && last.issueDate > draft.issueDate) {
      problems.push({ code: 'data.invoice.dateBeforeLastIssued', params: { date: last.issueDate, number: last.fullNumber } })
    }
    if (problems.length > 0) throw new IssueRefusedError(problems)
    // The credit hold: issuing beyond the customer's credit limit is the owner's call (or an owner override).
    if (customer.creditLimit !== null && customer.balance + candidate.totals.total > customer.creditLimit) {
      requireRight(ctx, 'invoices.overLimit')
    }

    const { number, fullNumber } = await takeNextNumber(ctx, 'invoice', candidate.series, year)
    const at = nowIso(ctx)
    const issued = toStoredInvoice({
      ...candidate,
      lifecycle: 'issued',
      number,
      fullNumber,
      paidAmount: 0,
      discountTaken: 0,
      creditedAmount: 0,
      updatedAt: at,
      issuedAt: at,
    })
    await putInvoice(db, draft, issued)
    await setCustomerBalance(db, customer.id, customer.balance + issued.totals.total)
    await writeAudit(ctx, 'invoice', id, 'issue', draft, issued)
    await appendInvoiceRecord(ctx, company, issued)
    await addEInvoiceReport(ctx, company, issued, 'invoice')
    return issued
  })
}

export async function getInvoice(ctx: Ctx, id: string): Promise<Invoice | undefined> {
  return ctx.db.invoices.get(id)
}

/** The customer's open invoices, oldest due first (then issue date, then number). */
export async function openInvoicesOf(ctx: Ctx, customerId: string): Promise<Invoice[]> {
  const rows = await ctx.db.invoices.where('[customerId+isOpen]').equals([customerId, 1]).toArray()
  return rows.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) || a.issueDate.localeCompare(b.issueDate) || a.fullNumber.localeCompare(b.fullNumber),
  )
}

/** All the customer's invoices (drafts included), newest first by issue date, then id. */
export async function invoicesOf(ctx: Ctx, customerId: string): Promise<Invoice[]> {
  const rows = await ctx.db.invoices
    .where('[customerId+issueDate]')
    .between([customerId, ''], [customerId, '\uffff'], true, true)
    .toArray()
  return rows.reverse()
}
