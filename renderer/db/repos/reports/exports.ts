/**
 * The accountant's exports, read in chunks (the rows come from renderer/domain/reports/exportRows.ts).
 *
 * Each reader returns an ExportSource: how many rows it will give (for progress), what the sheet needs before it
 * begins (sales register: the VAT rate columns; aging: the bucket bounds) and `chunks()`, an async generator of
 * arrays of at most EXPORT_CHUNK_ROWS rows, in sheet order, to stream to main with appendExport.
 *
 * Reads go through indexes only. A period's documents are first listed by a key-only cursor on the date index
 * ((date, id) pairs: no record is read), then fetched with bulkGet a group of whole days at a time, so a day's
 * documents can be ordered by number without holding the period in memory. A single day with more documents than
 * a chunk is read as one group and sliced.
 *
 * Sales register rates: the rate columns must be known before the file is begun, and a period may hold rates the
 * company no longer uses (a rate change, an old 19 % invoice) that a list of "current rates" would miss, while
 * listing every rate the country ever had would add empty columns. So the reader makes a first pass over the
 * period's documents collecting the (VAT, recargo) pairs actually present (issued documents are immutable, so the
 * second pass over the same ids finds the same rates). When the whole period fits in one group (the usual quarter
 * of a small wholesaler), the documents of the first pass are kept and not read twice.
 */
import type { ExportKind, ExportRowsByKind, TaxRateColumn } from '../../../../electron/contract/exports'
import {
  agingExportRows,
  creditNoteRows,
  customerRows,
  paymentRegisterRows,
  ratesOf,
  salesRegisterRows,
  sortRates,
  statementExportRows,
  type CustomerTexts,
} from '../../../domain/reports/exportRows'
import type { AgingCustomerRow, BucketBounds } from '../../../domain/reports/aging'
import { buildStatementModel, type StatementModel } from '../../../domain/reports/statement'
import type { Cents, CompanySettings, CreditNote, CurrencyCode, Customer, Invoice, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import { getCustomer, listCustomersPage } from '../customers'
import { customerLedger } from '../statement'
import { agingReport } from './aging'

/** Rows per appendExport call (the contract allows up to 5,000). */
export const EXPORT_CHUNK_ROWS = 2000

export interface ExportSource<K extends ExportKind> {
  kind: K
  /** How many rows chunks() yields in all. */
  total: number
  /** salesRegister: the rate columns, VAT rate descending. */
  rates?: TaxRateColumn[]
  /** aging: the bucket bounds. */
  bounds?: number[]
  chunks(): AsyncGenerator<ExportRowsByKind[K][], void, void>
}

export interface Period {
  from: IsoDate
  to: IsoDate
}

export interface ChunkOptions {
  /** Rows per chunk (default EXPORT_CHUNK_ROWS; tests use small chunks). */
  chunkRows?: number
}

interface DatedRef {
  date: IsoDate
  id: string
  kind: 'invoice' | 'creditNote'
}

function* slices<T>(rows: readonly T[], size = EXPORT_CHUNK_ROWS): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

/**
 * Consecutive runs of whole days from date-ordered refs, each of at most `max` refs, except a single day with more
 * than `max` (kept whole, so its documents can be sorted together).
 */
export function dayGroups<T extends { date: string }>(refs: readonly T[], max = EXPORT_CHUNK_ROWS): T[][] {
  const groups: T[][] = []
  let current: T[] = []
  let i = 0
  while (i < refs.length) {
    let j = i
    while (j < refs.length && refs[j]!.date === refs[i]!.date) j++
    const day = refs.slice(i, j)
    if (current.length > 0 && current.length + day.length > max) {
      groups.push(current)
      current = []
    }
    current.push(...day)
    i = j
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/** Issued invoices and credit notes dated in the period, by date (key-only cursors). */
async function salesRefs(ctx: Ctx, { from, to }: Period): Promise<DatedRef[]> {
  const { db } = ctx
  const refs: DatedRef[] = []
  await db.invoices
    .where('[lifecycle+issueDate]')
    .between(['issued', from], ['issued', to], true, true)
    .eachKey((key, cursor) => {
      refs.push({ date: (key as [string, string])[1], id: cursor.primaryKey, kind: 'invoice' })
    })
  await db.creditNotes
    .where('issueDate')
    .between(from, to, true, true)
    .eachKey((key, cursor) => {
      refs.push({ date: key as string, id: cursor.primaryKey, kind: 'creditNote' })
    })
  return refs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

async function loadGroup(ctx: Ctx, group: readonly DatedRef[]): Promise<{ invoices: Invoice[]; creditNotes: CreditNote[] }> {
  const invoiceIds = group.filter((r) => r.kind === 'invoice').map((r) => r.id)
  const noteIds = group.filter((r) => r.kind === 'creditNote').map((r) => r.id)
  const [invoices, creditNotes] = await Promise.all([ctx.db.invoices.bulkGet(invoiceIds), ctx.db.creditNotes.bulkGet(noteIds)])
  return {
    invoices: invoices.filter((i): i is NonNullable<typeof i> => i !== undefined),
    creditNotes: creditNotes.filter((n): n is CreditNote => n !== undefined),
  }
}

/** The sales invoice register of a period: issued invoices and credit notes (negative), by date then number. */
export async function salesRegisterSource(
  ctx: Ctx,
  period: Period,
  currency: CurrencyCode,
  { chunkRows = EXPORT_CHUNK_ROWS }: ChunkOptions = {},
): Promise<ExportSource<'salesRegister'>> {
  const groups = dayGroups(await salesRefs(ctx, period), chunkRows)
  const rates: TaxRateColumn[] = []
  let kept: Awaited<ReturnType<typeof loadGroup>> | null = null
  for (const group of groups) {
    const docs = await loadGroup(ctx, group)
    rates.push(...ratesOf([...docs.invoices, ...docs.creditNotes]))
    if (groups.length === 1) kept = docs
  }
  return {
    kind: 'salesRegister',
    total: groups.reduce((n, g) => n + g.length, 0),
    rates: sortRates(rates),
    async *chunks() {
      for (const group of groups) {
        const docs = kept ?? (await loadGroup(ctx, group))
        yield* slices(salesRegisterRows(docs.invoices, docs.creditNotes, currency).rows, chunkRows)
      }
    },
  }
}

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
      refs.push({ date: key as string, id: cursor.primaryKey, kind: 'creditNote' })
    })
  const groups = dayGroups(refs, chunkRows)
  return {
    kind: 'creditNotes',
    total: refs.length,
    async *chunks() {
      for (const group of groups) {
        const { creditNotes } = await loadGroup(ctx, group)
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
