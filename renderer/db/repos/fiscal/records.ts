/**
 * VERI*FACTU records of a Spanish company (see renderer/domain/einvoice/verifactu): an alta record is appended in
 * the same transaction that issues an invoice or a credit note, so no issued document lacks its record and no
 * record exists for a document that was not issued. Records are never changed or deleted; the chain head is the
 * highest `seq` (primary key: one index step, however long the chain).
 */
import type { Table } from 'dexie'
import {
  aeatTimestamp,
  cancellationRecord,
  creditNoteRecord,
  invoiceRecord,
  qrUrl,
  type ChainHead,
  type FiscalRecord,
  type RecordStamp,
} from '../../../domain/einvoice/verifactu'
import type { CompanySettings, CreditNote, Invoice } from '../../../domain/types'
import { nowIso, type Ctx } from '../../context'

/** Only Spanish companies keep records. */
export function keepsFiscalRecords(company: CompanySettings): boolean {
  return company.country === 'ES'
}

export function stampOf(ctx: Ctx): RecordStamp {
  const now = ctx.now()
  return { generatedAt: aeatTimestamp(now, -now.getTimezoneOffset()), createdAt: nowIso(ctx), user: ctx.user }
}

async function headOf<T extends { seq: number; hash: string }>(table: Table<T, number>): Promise<ChainHead | null> {
  const last = await table.orderBy('seq').last()
  return last ? { seq: last.seq, hash: last.hash } : null
}

/** Inside the issuing transaction (which must include db.fiscalRecords). */
export async function appendInvoiceRecord(ctx: Ctx, company: CompanySettings, inv: Invoice): Promise<FiscalRecord | null> {
  if (!keepsFiscalRecords(company)) return null
  const record = invoiceRecord(inv, await headOf(ctx.db.fiscalRecords), stampOf(ctx))
  await ctx.db.fiscalRecords.add(record)
  return record
}

/** Inside the credit note's transaction (which must include db.fiscalRecords). */
export async function appendCreditNoteRecord(ctx: Ctx, company: CompanySettings, note: CreditNote, corrected: Invoice): Promise<FiscalRecord | null> {
  if (!keepsFiscalRecords(company)) return null
  const record = creditNoteRecord(note, { number: corrected.fullNumber, issueDate: corrected.issueDate }, await headOf(ctx.db.fiscalRecords), stampOf(ctx))
  await ctx.db.fiscalRecords.add(record)
  return record
}

/**
 * Inside the cancelling transaction (which must include db.fiscalRecords): the anulación record of the invoice's
 * alta record. An invoice issued before the company kept records (or of another country) has none to cancel.
 */
export async function appendCancellationRecord(ctx: Ctx, company: CompanySettings, inv: Invoice): Promise<FiscalRecord | null> {
  if (!keepsFiscalRecords(company)) return null
  const alta = await recordOf(ctx, inv.id)
  if (!alta) return null
  const record = cancellationRecord(alta, await headOf(ctx.db.fiscalRecords), stampOf(ctx))
  await ctx.db.fiscalRecords.add(record)
  return record
}

/** The alta record of a document, if it has one (the QR on its PDF is built from it). */
export async function recordOf(ctx: Ctx, documentId: string): Promise<FiscalRecord | undefined> {
  const rows = await ctx.db.fiscalRecords.where('documentId').equals(documentId).toArray()
  return rows.find((r) => r.kind === 'alta')
}

export { headOf }

/** What the PDF request needs for the agency's QR: `{ fiscalQr }` when the document has a record, else nothing. */
export async function fiscalQrOf(ctx: Ctx, documentId: string): Promise<{ fiscalQr?: string }> {
  const r = await recordOf(ctx, documentId)
  return r ? { fiscalQr: qrUrl({ issuerNif: r.issuerNif, number: r.number, issueDate: r.issueDate, total: r.total }) } : {}
}
