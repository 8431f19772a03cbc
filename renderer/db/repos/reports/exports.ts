/**
 * The accountant's exports, read in chunks (the rows come from renderer/domain/reports/exportRows.ts).
 *
 * Each reader returns an ExportSource: how many rows it will give (for progress), what the sheet needs before it
 * begins (sales register: the VAT rate columns; aging: the bucket bounds) and `chunks()`, an async generator of
 * arrays of at most EXPORT_CHUNK_ROWS rows, in sheet order, to stream to main with appendExport.
 *
 * Reads go through indexes only (the sales register, exportsSales.ts, reads its maintained day rows). The registers
 * here first list the period by a key-only cursor on the date index ((date, id) pairs: no record is read), then
 * fetch a group of whole days at a time with bulkGet, so a day's documents can be ordered by number without holding
 * the period in memory. A single day with more documents than a chunk is read as one group and sliced.
 */
import {
  agingExportRows,
  creditNoteRows,
  customerRows,
  paymentRegisterRows,
  statementExportRows,
  type CustomerTexts,
} from '../../../domain/reports/exportRows'
import type { AgingCustomerRow, BucketBounds } from '../../../domain/reports/aging'
import { buildStatementModel, type StatementModel } from '../../../domain/reports/statement'
import type { Cents, CompanySettings, CreditNote, CurrencyCode, Customer, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import { dayGroups, EXPORT_CHUNK_ROWS, slices, type ChunkOptions, type DatedRef, type ExportSource, type Period } from './exportSource'
import { getCustomer, listCustomersPage } from '../customers'
import { customerLedger } from '../statement'
import { agingReport } from './aging'

export { dayGroups, EXPORT_CHUNK_ROWS, type ChunkOptions, type ExportSource, type Period } from './exportSource'
export { SALES_CHUNK_ROWS, SALES_READ_PAGE, salesRegisterSource, type SalesReadOptions } from './exportsSales'

/** The credit notes of a period, by date then number, amounts as printed (positive). */
export async function creditNotesSource(
  ctx: Ctx,
  { from, to }: Period,
  currency: CurrencyCode,
  { chunkRows = EXPORT_CHUNK_ROWS }: ChunkOptions = {},
): Promise<ExportSource<'creditNotes'>> {
  const refs: DatedRef[] = []
  await ctx.db.creditNotes
    .where('issueDate')
    .between(from, to, true, true)
    .eachKey((key, cursor) => {
      refs.push({ date: key as string, id: cursor.primaryKey })
    })
  const groups = dayGroups(refs, chunkRows)
  return {
    kind: 'creditNotes',
    total: refs.length,
    async *chunks() {
      for (const group of groups) {
        const notes = await ctx.db.creditNotes.bulkGet(group.map((r) => r.id))
        const creditNotes = notes.filter((n): n is CreditNote => n !== undefined)
        yield* slices(creditNoteRows(creditNotes, currency), chunkRows)
      }
    },
  }
}

async function customerMap(ctx: Ctx, ids: Iterable<string>): Promise<Map<string, Customer>> {
  const rows = await ctx.db.customers.bulkGet([...new Set(ids)])
  return new Map(rows.filter((c): c is Customer => c !== undefined).map((c) => [c.id, c]))
}

/** The payments received in a period, by date, with what each settled. */
export async function paymentsSource(
  ctx: Ctx,
  { from, to }: Period,
  { chunkRows = EXPORT_CHUNK_ROWS }: ChunkOptions = {},
): Promise<ExportSource<'payments'>> {
  const { db } = ctx
  const ids = (await db.payments.where('date').between(from, to, true, true).primaryKeys()) as string[]
  return {
    kind: 'payments',
    total: ids.length,
    async *chunks() {
      for (const chunkIds of slices(ids, chunkRows)) {
        const payments = (await db.payments.bulkGet(chunkIds)).filter((p) => p !== undefined)
        const allocations = await db.allocations.where('paymentId').anyOf(chunkIds).toArray()
        const invoices = await db.invoices.bulkGet([...new Set(allocations.map((a) => a.invoiceId))])
        const numbers = new Map(invoices.filter((i) => i !== undefined).map((i) => [i.id, i.fullNumber]))
        const customers = await customerMap(ctx, payments.map((p) => p.customerId))
        yield paymentRegisterRows(payments, allocations, numbers, customers)
      }
    },
  }
}

/**
 * The aging rows as given (the report on screen, in the screen's order, or a report's own order by name) with
 * each customer's code and tax id.
 */
export async function agingSourceOf(ctx: Ctx, rows: readonly AgingCustomerRow[], bounds: BucketBounds): Promise<ExportSource<'aging'>> {
  const customers = await customerMap(ctx, rows.map((r) => r.customerId))
  const exportRows = agingExportRows(rows, customers)
  return {
    kind: 'aging',
    total: exportRows.length,
    bounds: [...bounds],
    async *chunks() {
      yield* slices(exportRows)
    },
  }
}

/** The aging report as of a date (by customer name). */
export async function agingSource(ctx: Ctx, asOf: IsoDate, buckets?: BucketBounds): Promise<ExportSource<'aging'>> {
  const report = await agingReport(ctx, { asOf, buckets })
  return agingSourceOf(ctx, report.rows, report.bounds)
}

/** Open amounts of these customers' invoices due before `asOf`, by customer (index [customerId+isOpen]). */
async function overdueOf(ctx: Ctx, customerIds: readonly string[], asOf: IsoDate): Promise<Map<string, Cents>> {
  const open = await ctx.db.invoices.where('[customerId+isOpen]').anyOf(customerIds.map((id) => [id, 1])).toArray()
  const out = new Map<string, Cents>()
  for (const inv of open) if (inv.dueDate < asOf) out.set(inv.customerId, (out.get(inv.customerId) ?? 0) + inv.openAmount)
  return out
}

/** Every customer by legal name, with balance and what is overdue on `asOf`; terms and profile worded by `texts`. */
export async function customersSource(
  ctx: Ctx,
  asOf: IsoDate,
  texts: CustomerTexts | ((c: Customer) => string),
  { chunkRows = EXPORT_CHUNK_ROWS }: ChunkOptions = {},
): Promise<ExportSource<'customers'>> {
  const total = await ctx.db.customers.count()
  return {
    kind: 'customers',
    total,
    async *chunks() {
      let last: Customer | undefined
      for (;;) {
        const page = await listCustomersPage(ctx, { afterName: last?.legalName, afterId: last?.id, limit: chunkRows })
        if (page.length === 0) return
        const overdue = await overdueOf(ctx, page.map((c) => c.id), asOf)
        yield customerRows(page, overdue, texts)
        if (page.length < chunkRows) return
        last = page[page.length - 1]
      }
    },
  }
}

/**
 * The statement of a customer for a period, exactly as the statement PDF builds it (ledger with the opening
 * balance, aging as of the period end), in the customer's language.
 */
export async function customerStatementModel(
  ctx: Ctx,
  company: Pick<CompanySettings, 'currency'>,
  customerId: string,
  { from, to }: Period,
): Promise<StatementModel | undefined> {
  const [customer, ledger, aging] = await Promise.all([
    getCustomer(ctx, customerId),
    customerLedger(ctx, customerId, { from, to }),
    agingReport(ctx, { asOf: to }),
  ])
  if (!customer) return undefined
  return buildStatementModel({ company, customer, ledger, aging, from, to })
}

/** The statement's rows: the opening balance first, then each movement with its running balance. */
export function statementSource(model: StatementModel): ExportSource<'statement'> {
  const rows = statementExportRows(model)
  return {
    kind: 'statement',
    total: rows.length,
    async *chunks() {
      yield* slices(rows)
    },
  }
}
