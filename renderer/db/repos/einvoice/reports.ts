/**
 * Romania's e-Factura reporting state. A row is added in the same transaction that issues an invoice or credit
 * note of a Romanian company (so nothing issued escapes the list); exporting its XML marks it 'exported';
 * recording the upload index SPV returned marks it 'reported' (audited). The unreported ones, most urgent first,
 * come from one index: [state+deadline] ('exported' and 'pending' sort before 'reported').
 */
import Dexie from 'dexie'
import { reportingDeadline, UPLOAD_INDEX, type EInvoiceReport } from '../../../domain/einvoice/efactura'
import { DomainError } from '../../../domain/errors'
import type { CompanySettings, CreditNote, Invoice } from '../../../domain/types'
import { nowIso, type Ctx } from '../../context'
import { requireRight } from '../../rights'
import { writeAudit } from '../audit'

export function reportsEInvoices(company: CompanySettings): boolean {
  return company.country === 'RO'
}

export function reportOf(doc: Invoice | CreditNote, kind: EInvoiceReport['documentKind']): EInvoiceReport {
  return {
    documentId: doc.id,
    documentKind: kind,
    number: doc.fullNumber,
    issueDate: doc.issueDate,
    customerName: doc.customer.legalName,
    total: kind === 'creditNote' ? -doc.totals.total : doc.totals.total,
    currency: doc.currency,
    deadline: reportingDeadline(doc.issueDate),
    state: 'pending',
    exportedAt: '',
    uploadIndex: '',
    reportedAt: '',
  }
}

/** Inside the issuing transaction (which must include db.einvoiceReports). */
export async function addEInvoiceReport(ctx: Ctx, company: CompanySettings, doc: Invoice | CreditNote, kind: EInvoiceReport['documentKind']): Promise<void> {
  if (reportsEInvoices(company)) await ctx.db.einvoiceReports.put(reportOf(doc, kind))
}

/** Not yet reported, most urgent first. */
export async function unreported(ctx: Ctx, limit = 500): Promise<EInvoiceReport[]> {
  return ctx.db.einvoiceReports
    .where('[state+deadline]')
    .between(['exported', Dexie.minKey], ['pending', Dexie.maxKey], true, true)
    .limit(limit)
    .toArray()
    .then((rows) => rows.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.number.localeCompare(b.number)))
}

/** The unreported document with the nearest deadline: the first key of each unreported state's range. */
export async function mostUrgent(ctx: Ctx): Promise<EInvoiceReport | undefined> {
  const firstOf = (state: 'exported' | 'pending') =>
    ctx.db.einvoiceReports.where('[state+deadline]').between([state, Dexie.minKey], [state, Dexie.maxKey], true, true).first()
  const [exported, pending] = await Promise.all([firstOf('exported'), firstOf('pending')])
  if (!exported || !pending) return exported ?? pending
  return exported.deadline <= pending.deadline ? exported : pending
}

export async function countUnreported(ctx: Ctx): Promise<number> {
  return ctx.db.einvoiceReports.where('[state+deadline]').between(['exported', Dexie.minKey], ['pending', Dexie.maxKey], true, true).count()
}

export async function markExported(ctx: Ctx, documentIds: string[]): Promise<void> {
  const at = nowIso(ctx)
  await ctx.db.transaction('rw', ctx.db.einvoiceReports, async () => {
    for (const r of await ctx.db.einvoiceReports.bulkGet(documentIds)) {
      if (r && r.state === 'pending') await ctx.db.einvoiceReports.update(r.documentId, { state: 'exported', exportedAt: at })
    }
  })
}

/** The upload index SPV gave for the document: it is reported. */
export async function recordUploadIndex(ctx: Ctx, documentId: string, index: string): Promise<EInvoiceReport> {
  requireRight(ctx, 'invoices.write')
  const value = index.trim()
  if (!UPLOAD_INDEX.test(value)) throw new DomainError('efactura.badUploadIndex', { value })
  const { db } = ctx
  return db.transaction('rw', [db.einvoiceReports, db.audit], async () => {
    const before = await db.einvoiceReports.get(documentId)
    if (!before) throw new DomainError('efactura.notFound')
    const after: EInvoiceReport = { ...before, state: 'reported', uploadIndex: value, reportedAt: nowIso(ctx) }
    await db.einvoiceReports.put(after)
    await writeAudit(ctx, 'einvoiceReport', documentId, 'update', { state: before.state, uploadIndex: before.uploadIndex, number: before.number }, { state: after.state, uploadIndex: value, number: after.number })
    return after
  })
}
