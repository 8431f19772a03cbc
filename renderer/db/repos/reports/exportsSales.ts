/**
 * The sales register export (libro registro de facturas expedidas / jurnal de vânzări): the issued invoices from the
 * maintained day rows of `registerRows` (repos/registerRows.ts: a compact entry per invoice, never the invoice rows)
 * and the period's credit notes by their date index. Re-exported by exports.ts.
 *
 * What the file needs before it is begun: the rate columns (a period may hold rates the company no longer uses), from
 * registerRows' rate index alone (periodRates), and the row count (for progress). For the whole history the count
 * comes from the maintained invoice counters, and `chunks()` reads the day rows page by page (key paging, the next
 * page's read under way) while main writes the previous chunk: only a page of day rows is held at a time. For a part
 * of the history (a quarter, a year) the day rows are read first, to be counted. Counting an index range is no
 * shortcut in Chromium: it visits every entry (a count of 200,000 invoice index entries took 5-12 s). The credit
 * notes of the period (a few thousand) are read whole and merged in by registerOrder.
 *
 * Cancelled invoices (anuladas, Spain only) stay in the register with zero amounts so the numbering has no gap, but
 * registerRows holds issued invoices only: they are few (an invoice issued by mistake), so the period's are read from
 * the invoices' [lifecycle+issueDate] index and merged in with the credit notes. They count in `total` whatever the
 * period (the whole-history shortcut counts issued invoices only) and add no rate column.
 */
import type { SalesRegisterRow } from '../../../../electron/contract/exports'
import { MAX_EXPORT_CHUNK } from '../../../../electron/contract/exportSchemas'
import { cancelledInvoiceRegisterRow, entryRegisterRow, registerOrder, salesRegisterRows, sortRates } from '../../../domain/reports/salesRegister'
import type { CurrencyCode, Invoice } from '../../../domain/types'
import type { Ctx } from '../../context'
import { readInvoiceCounts } from '../invoiceCounters'
import { periodRates, type RegisterRow } from '../registerRows'
import type { ChunkOptions, ExportSource, Period } from './exportSource'

/** Day rows of registerRows read per page (about 55 invoices a day at 200,000 invoices over ten years). */
export const SALES_READ_PAGE = 400

/**
 * Rows per appendExport call: the most the contract allows. Each call costs a round trip to main whatever its size,
 * and a packed row is small (about 130 bytes), so the whole history (200,000 rows) goes in 40 calls, not 100.
 */
export const SALES_CHUNK_ROWS = MAX_EXPORT_CHUNK

/** The period's day rows in day order, a page at a time by key, the next page's read under way while one is used. */
async function* registerDays(ctx: Ctx, { from, to }: Period, readPage: number): AsyncGenerator<RegisterRow> {
  const table = ctx.db.registerRows
  const read = (after: string | null) =>
    (after === null ? table.where('issueDate').between(from, to, true, true) : table.where('issueDate').between(after, to, false, true)).limit(readPage).toArray()
  let pending: Promise<RegisterRow[]> | null = read(null)
  try {
    while (pending) {
      const page: RegisterRow[] = await pending
      pending = page.length === readPage ? read(page[page.length - 1]!.issueDate) : null
      yield* page
    }
  } finally {
    pending?.catch(() => undefined) // stopped early (a failure, a cancel): the read under way is not needed
  }
}

/**
 * The number of issued invoices when the period spans every day that has one (the whole history, what an accountant
 * exports once a year and the benchmark measures): the maintained invoice counters give it without reading the day
 * rows, which chunks() then reads while main writes. Null for a part of the history.
 */
async function issuedIfWholeHistory(ctx: Ctx, { from, to }: Period): Promise<number | null> {
  const table = ctx.db.registerRows
  const [first, last] = await Promise.all([table.orderBy(':id').limit(1).primaryKeys(), table.orderBy(':id').reverse().limit(1).primaryKeys()])
  if (first[0] === undefined || last[0] === undefined) return 0
  if (from > first[0] || to < last[0]) return null
  const counts = await readInvoiceCounts(ctx.db, to)
  return counts.paid + counts.credited + counts.open
}

/** The period's cancelled invoices, by issue date (few: read whole, rows and all). */
function cancelledInvoices(ctx: Ctx, { from, to }: Period): Promise<Invoice[]> {
  return ctx.db.invoices.where('[lifecycle+issueDate]').between(['cancelled', from], ['cancelled', to], true, true).toArray()
}

/**
 * The invoices' rows built from the day rows (already in register order) with `others` merged in: the rows not
 * kept in registerRows (credit notes, cancelled invoices), in register order.
 */
async function* inOrder(days: AsyncIterable<RegisterRow> | Iterable<RegisterRow>, others: readonly SalesRegisterRow[], currency: CurrencyCode): AsyncGenerator<SalesRegisterRow[]> {
  let n = 0
  for await (const day of days) {
    const rows: SalesRegisterRow[] = []
    for (const entry of day.entries) {
      const row = entryRegisterRow(day.issueDate, entry, currency)
      while (n < others.length && registerOrder(others[n]!, row) < 0) rows.push(others[n++]!)
      rows.push(row)
    }
    yield rows
  }
  yield others.slice(n)
}

export interface SalesReadOptions extends ChunkOptions {
  /** Day rows per read (tests use small pages). */
  readPage?: number
}

/**
 * The sales invoice register of a period: issued invoices, cancelled invoices (zero amounts) and credit notes
 * (negative), by date, then number, then invoices before credit notes (registerOrder). A foreign-currency document
 * without a usable exchange rate fails (DomainError invoice.exchangeRateRequired): a credit note here, an invoice when
 * chunks() reaches it.
 */
export async function salesRegisterSource(
  ctx: Ctx,
  period: Period,
  currency: CurrencyCode,
  { chunkRows = SALES_CHUNK_ROWS, readPage = SALES_READ_PAGE }: SalesReadOptions = {},
): Promise<ExportSource<'salesRegister'>> {
  if (period.from > period.to) return { kind: 'salesRegister', total: 0, rates: [], chunks: async function* () {} }
  const { db } = ctx
  const [invoiceRates, wholeHistory, creditNotes, cancelled] = await Promise.all([
    periodRates(db, period.from, period.to),
    issuedIfWholeHistory(ctx, period),
    db.creditNotes.where('issueDate').between(period.from, period.to, true, true).toArray(),
    cancelledInvoices(ctx, period),
  ])
  // Part of the history: its day rows are read now, to be counted (then kept for chunks()).
  let days: RegisterRow[] | null = null
  if (wholeHistory === null) {
    days = []
    for await (const day of registerDays(ctx, period, readPage)) days.push(day)
  }
  const invoices = wholeHistory ?? days!.reduce((n, d) => n + d.entries.length, 0)
  const notes = salesRegisterRows([], creditNotes, currency)
  const others = [...notes.rows, ...cancelled.map(cancelledInvoiceRegisterRow)].sort(registerOrder)
  return {
    kind: 'salesRegister',
    total: invoices + others.length,
    rates: sortRates([...invoiceRates, ...notes.rates]),
    cancellations: cancelled.length > 0,
    async *chunks() {
      let chunk: SalesRegisterRow[] = []
      for await (const rows of inOrder(days ?? registerDays(ctx, period, readPage), others, currency)) {
        for (const row of rows) {
          chunk.push(row)
          if (chunk.length === chunkRows) {
            yield chunk
            chunk = []
          }
        }
      }
      if (chunk.length > 0) yield chunk
    },
  }
}
