/**
 * The Romanian demo's e-Factura state: documents older than ten days were reported (with an upload index), the
 * recent ones wait in the list with their deadline, as in a shop that uploads once a week. Key pages: a large demo
 * never sits in memory.
 */
import { addDays } from '../../domain/dates'
import type { EInvoiceReport } from '../../domain/einvoice/efactura'
import type { Invoice, IsoDate } from '../../domain/types'
import type { Ctx } from '../context'
import { reportOf } from '../repos/einvoice/reports'

const PAGE = 2_000

function settle(r: EInvoiceReport, today: IsoDate, n: number): EInvoiceReport {
  if (r.issueDate > addDays(today, -10)) return r
  const at = `${r.deadline}T11:00:00.000Z`
  return { ...r, state: 'reported', exportedAt: at, uploadIndex: String(5_001_000_000 + n), reportedAt: at }
}

export async function registerDemoEInvoiceReports(ctx: Ctx, today: IsoDate): Promise<void> {
  const { db } = ctx
  let n = 0
  let after: string | null = null
  for (;;) {
    const page: Invoice[] = await (after ? db.invoices.where(':id').above(after) : db.invoices.orderBy(':id')).limit(PAGE).toArray()
    if (page.length === 0) break
    const rows = page.filter((i) => i.lifecycle !== 'draft').map((i) => settle(reportOf(i, 'invoice'), today, n++))
    await db.einvoiceReports.bulkPut(rows)
    after = page[page.length - 1]!.id
  }
  const notes = await db.creditNotes.toArray()
  await db.einvoiceReports.bulkPut(notes.map((c) => settle(reportOf(c, 'creditNote'), today, n++)))
}
