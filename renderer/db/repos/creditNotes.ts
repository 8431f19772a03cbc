/**
 * Credit notes (rectificativas / storno): the only way to correct an issued invoice. Own series, number taken in
 * the issuing transaction; the invoice's credited and open amounts and the customer's balance move with it.
 * A credit beyond what was still open (the invoice was already paid) becomes customer credit: the balance goes
 * below zero while the invoice stays at 0 open.
 */
import { parseIsoDate } from '../../domain/dates'
import { DomainError } from '../../domain/errors'
import { creditNoteProblems } from '../../domain/invoiceRules'
import { computeTotals } from '../../domain/tax'
import type { CreditNote, InvoiceLine } from '../../domain/types'
import { newId, nowIso, type Ctx } from '../context'
import { linesCreditNoteSchema, wholeCreditNoteSchema, type CreditNoteInput } from '../inputs'
import { toStoredInvoice } from '../stored'
import { parseInput } from '../validate'
import { writeAudit } from './audit'
import { invoiceWriteTables, putInvoice } from './invoiceCounters'
import { requireCompany } from './company'
import { requireCustomer, setCustomerBalance } from './customers'
import { customerSnapshot, IssueRefusedError, linesFromInput, sellerSnapshot } from './invoices'
import { takeNextNumber } from './series'
import { requireRight } from '../rights'
import { appendCreditNoteRecord } from './fiscal/records'
import { addEInvoiceReport } from './einvoice/reports'

export type { CreditNoteInput } from '../inputs'

function parseCreditNote(input: CreditNoteInput) {
  const whole = (input as { whole?: unknown }).whole === true
  if (whole) {
    const v = parseInput(wholeCreditNoteSchema, input)
    return { invoiceId: v.invoiceId, issueDate: v.issueDate, reason: v.reason, lines: null }
  }
  const v = parseInput(linesCreditNoteSchema, input)
  return { invoiceId: v.invoiceId, issueDate: v.issueDate, reason: v.reason, lines: linesFromInput(v.lines, 0) }
}

/**
 * Issues a credit note for an invoice: `whole: true` credits all its lines (refused if anything was credited
 * already), otherwise the given lines. Refused (IssueRefusedError 'data.creditNote.issueRefused' with the
 * problems) when the reason is missing, the total is not positive or exceeds what remains creditable, the date
 * is before the invoice or before the last credit note of the series.
 */
export async function issueCreditNote(ctx: Ctx, input: CreditNoteInput): Promise<CreditNote> {
  requireRight(ctx, 'creditNotes.issue')
  const v = parseCreditNote(input)
  const { db } = ctx
  const tables = [db.creditNotes, ...invoiceWriteTables(db), db.customers, db.company, db.series, db.audit, db.fiscalRecords, db.einvoiceReports]
  return db.transaction('rw', tables, async () => {
    const invoice = await db.invoices.get(v.invoiceId)
    if (!invoice) throw new DomainError('data.invoice.notFound')
    const company = await requireCompany(ctx)
    const customer = await requireCustomer(ctx, invoice.customerId)
    const lines: InvoiceLine[] = v.lines ?? invoice.lines.map((l) => ({ ...l }))
    const problems = creditNoteProblems(invoice, lines, v.reason, invoice.creditedAmount)
    if (invoice.lifecycle === 'issued' && v.issueDate < invoice.issueDate) {
      problems.push({ code: 'data.creditNote.beforeInvoice', params: { date: invoice.issueDate, number: invoice.fullNumber } })
    }
    const series = company.creditNoteSeries
    const year = parseIsoDate(v.issueDate).y
    const last = await db.creditNotes
      .where('[series+year+number]')
      .between([series, year, 1], [series, year, Infinity], true, true)
      .last()
    if (last && last.issueDate > v.issueDate) {
      problems.push({ code: 'data.creditNote.dateBeforeLastIssued', params: { date: last.issueDate, number: last.fullNumber } })
    }
    if (problems.length > 0) throw new IssueRefusedError(problems, 'data.creditNote.issueRefused')

    const totals = computeTotals(lines, { recargoEquivalencia: invoice.recargoEquivalencia })
    const { number, fullNumber } = await takeNextNumber(ctx, 'creditNote', series, year)
    const at = nowIso(ctx)
    const note: CreditNote = {
      id: newId(),
      series,
      year,
      number,
      fullNumber,
      invoiceId: invoice.id,
      invoiceNumber: invoice.fullNumber,
      customerId: customer.id,
      customer: customerSnapshot(customer),
      seller: sellerSnapshot(company),
      language: invoice.language,
      currency: invoice.currency,
      exchangeRate: invoice.exchangeRate,
      issueDate: v.issueDate,
      reason: v.reason,
      lines,
      totals,
      recargoEquivalencia: invoice.recargoEquivalencia,
      createdAt: at,
    }
    const after = toStoredInvoice({ ...invoice, creditedAmount: invoice.creditedAmount + totals.total, updatedAt: at })
    await db.creditNotes.add(note)
    await putInvoice(db, invoice, after)
    await setCustomerBalance(db, customer.id, customer.balance - totals.total)
    await writeAudit(ctx, 'creditNote', note.id, 'issue', null, note)
    await writeAudit(
      ctx,
      'invoice',
      invoice.id,
      'update',
      { creditedAmount: invoice.creditedAmount, openAmount: invoice.openAmount, isOpen: invoice.isOpen },
      { creditedAmount: after.creditedAmount, openAmount: after.openAmount, isOpen: after.isOpen, creditNoteId: note.id },
    )
    await appendCreditNoteRecord(ctx, company, note, invoice)
    await addEInvoiceReport(ctx, company, note, 'creditNote')
    return note
  })
}

export async function getCreditNote(ctx: Ctx, id: string): Promise<CreditNote | undefined> {
  return ctx.db.creditNotes.get(id)
}

/** The customer's credit notes, newest first. */
export async function creditNotesOf(ctx: Ctx, customerId: string): Promise<CreditNote[]> {
  const rows = await ctx.db.creditNotes
    .where('[customerId+issueDate]')
    .between([customerId, ''], [customerId, '\uffff'], true, true)
    .toArray()
  return rows.reverse()
}

/** The invoice's credit notes, oldest first. */
export async function creditNotesOfInvoice(ctx: Ctx, invoiceId: string): Promise<CreditNote[]> {
  const rows = await ctx.db.creditNotes.where('invoiceId').equals(invoiceId).toArray()
  return rows.sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.number - b.number)
}
