import { beforeAll, describe, expect, it } from 'vitest'
import { exportBeginRequestSchema } from '../../../../electron/contract/exportSchemas'
import type { ExportBeginRequest, ExportKind, ExportRowsByKind } from '../../../../electron/contract/exports'
import { checkChunk, newChainState } from '../../../../electron/main/exports/checks'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { customerOverdue } from '../../../../renderer/db/repos/customers'
import { agingReport } from '../../../../renderer/db/repos/reports/aging'
import {
  agingSource,
  creditNotesSource,
  customersSource,
  customerStatementModel,
  dayGroups,
  paymentsSource,
  salesRegisterSource,
  statementSource,
  type ExportSource,
} from '../../../../renderer/db/repos/reports/exports'
import type { CreditNote, Invoice, Payment } from '../../../../renderer/domain/types'
import { freshCtx } from '../helpers'

const TODAY = '2026-11-23'
const Q3 = { from: '2026-07-01', to: '2026-09-30' }

let ctx: Ctx
let all: { invoices: Invoice[]; creditNotes: CreditNote[]; payments: Payment[] }

beforeAll(async () => {
  ctx = freshCtx()
  await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 12, months: 12 })
  const { db } = ctx
  all = { invoices: await db.invoices.toArray(), creditNotes: await db.creditNotes.toArray(), payments: await db.payments.toArray() }
}, 60_000)

const inPeriod = (d: string, p = Q3) => d >= p.from && d <= p.to
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)

/** Every chunk, checked as main checks it (row schemas, rate columns, balance chain), flattened. */
async function drain<K extends ExportKind>(source: ExportSource<K>, max: number, extra: Partial<ExportBeginRequest> = {}): Promise<ExportRowsByKind[K][]> {
  const begin = exportBeginRequestSchema.parse({
    kind: source.kind,
    format: 'xlsx',
    language: 'es',
    currency: 'EUR',
    fileName: 'test',
    mode: 'ask',
    title: [],
    rates: source.rates,
    bounds: source.bounds,
    ...extra,
  })
  const state = newChainState()
  const rows: ExportRowsByKind[K][] = []
  for await (const chunk of source.chunks()) {
    expect(chunk.length).toBeGreaterThan(0)
    expect(chunk.length).toBeLessThanOrEqual(max)
    checkChunk(begin, state, chunk)
    rows.push(...chunk)
  }
  expect(rows.length).toBe(source.total)
  return rows
}

describe('dayGroups', () => {
  it('cuts between days only, keeping a day bigger than a chunk whole', () => {
    const refs = ['01', '01', '02', '03', '03', '03', '03', '03', '04'].map((d, i) => ({ date: `2026-10-${d}`, i }))
    expect(dayGroups(refs, 3).map((g) => g.map((r) => r.i))).toEqual([[0, 1, 2], [3, 4, 5, 6, 7], [8]])
    expect(dayGroups(refs, 100)).toHaveLength(1)
    expect(dayGroups([], 3)).toEqual([])
  })
})

describe('sales register on the ES demo', () => {
  it('a quarter sums to its invoices minus its credit notes, rate by rate, to the cent', async () => {
    const invoices = all.invoices.filter((i) => i.lifecycle === 'issued' && inPeriod(i.issueDate))
    const notes = all.creditNotes.filter((n) => inPeriod(n.issueDate))
    expect(invoices.length).toBeGreaterThan(20)
    expect(notes.map((n) => n.issueDate)).toContain('2026-09-30') // the last day of the period counts
    const source = await salesRegisterSource(ctx, Q3, 'EUR')
    const rows = await drain(source, 2000)
    expect(rows.length).toBe(invoices.length + notes.length)
    expect(rows.filter((r) => r.docType === 'creditNote').length).toBe(notes.length)
    const expected = sum(invoices.map((i) => i.totals.total)) - sum(notes.map((n) => n.totals.total))
    expect(sum(rows.map((r) => r.total))).toBe(expected)
    expect(sum(rows.map((r) => r.base))).toBe(sum(invoices.map((i) => i.totals.base)) - sum(notes.map((n) => n.totals.base)))
    for (const rate of source.rates!) {
      const docVat = (docs: readonly { totals: Invoice['totals'] }[]) =>
        sum(docs.flatMap((d) => d.totals.byRate.filter((b) => b.vatRate === rate.vatRate).map((b) => b.vat)))
      const rowVat = sum(rows.flatMap((r) => r.byRate.filter((b) => b.vatRate === rate.vatRate).map((b) => b.vat)))
      expect(rowVat, `VAT at ${rate.vatRate}`).toBe(docVat(invoices) - docVat(notes))
    }
    // Rate columns: exactly the VAT rates present in the quarter, highest first.
    const present = [...new Set([...invoices, ...notes].flatMap((d) => d.totals.byRate.map((b) => b.vatRate)))].sort((a, b) => b - a)
    expect(source.rates!.map((r) => r.vatRate)).toEqual(present)
    // Date, then number.
    const keys = rows.map((r) => `${r.date} ${r.number}`)
    expect(keys).toEqual([...keys].sort())
    expect(rows.every((r) => inPeriod(r.date))).toBe(true)
  })

  it('gives the same rows in small chunks as in one', async () => {
    const whole = await drain(await salesRegisterSource(ctx, Q3, 'EUR'), 2000)
    const small = await salesRegisterSource(ctx, Q3, 'EUR', { chunkRows: 7 })
    expect(await drain(small, 7)).toEqual(whole)
  })

  it('gives the same rows and rates whatever the page of day rows (days cut at a page end), each document once', async () => {
    const year = { from: '2025-11-01', to: TODAY }
    const once = await salesRegisterSource(ctx, year, 'EUR', { readPage: 1_000_000 })
    const whole = await drain(once, 2000)
    // Every issued invoice and credit note of the period once, none outside.
    const expected = all.invoices.filter((i) => i.lifecycle === 'issued' && inPeriod(i.issueDate, year)).length + all.creditNotes.filter((n) => inPeriod(n.issueDate, year)).length
    expect(whole).toHaveLength(expected)
    expect(new Set(whole.map((r) => `${r.docType} ${r.number}`)).size).toBe(expected)
    for (const readPage of [1, 2, 3, 10, 97]) {
      const paged = await salesRegisterSource(ctx, year, 'EUR', { readPage, chunkRows: 50 })
      expect(paged.rates, `${readPage}`).toEqual(once.rates)
      expect(await drain(paged, 50), `${readPage}`).toEqual(whole)
    }
  })

  it('an empty period gives no rows and no rates', async () => {
    const source = await salesRegisterSource(ctx, { from: '2020-01-01', to: '2020-03-31' }, 'EUR')
    expect(source.total).toBe(0)
    expect(source.rates).toEqual([])
    const chunks = []
    for await (const c of source.chunks()) chunks.push(c)
    expect(chunks).toEqual([])
  })
})

describe('other registers on the ES demo', () => {
  it('payments of a quarter: every payment once, amounts and allocations to the cent', async () => {
    const payments = all.payments.filter((p) => inPeriod(p.date))
    const rows = await drain(await paymentsSource(ctx, Q3, { chunkRows: 10 }), 10)
    expect(rows.length).toBe(payments.length)
    expect(sum(rows.map((r) => r.amount))).toBe(sum(payments.map((p) => p.amount)))
    expect(sum(rows.map((r) => r.unallocated))).toBe(sum(payments.map((p) => p.unallocated)))
    const ids = new Set(payments.map((p) => p.id))
    const allocations = await ctx.db.allocations.toArray()
    const mine = allocations.filter((a) => ids.has(a.paymentId))
    expect(sum(rows.map((r) => r.allocated))).toBe(sum(mine.map((a) => a.amount)))
    expect(sum(rows.map((r) => r.discount))).toBe(sum(mine.map((a) => a.discount)))
    const dates = rows.map((r) => r.date)
    expect(dates).toEqual([...dates].sort())
  })

  it('credit notes of the year, positive as printed', async () => {
    const year = { from: '2026-01-01', to: '2026-12-31' }
    const notes = all.creditNotes.filter((n) => inPeriod(n.issueDate, year))
    expect(notes.length).toBeGreaterThan(3)
    const rows = await drain(await creditNotesSource(ctx, year, 'EUR'), 2000)
    expect(rows.length).toBe(notes.length)
    expect(sum(rows.map((r) => r.total))).toBe(sum(notes.map((n) => n.totals.total)))
  })

  it('customers: all of them by name across pages, with the overdue amount of each', async () => {
    const customers = await ctx.db.customers.toArray()
    const rows = await drain(await customersSource(ctx, TODAY, (c) => `${c.terms.kind}`, { chunkRows: 5 }), 5)
    expect(rows.map((r) => r.code).sort()).toEqual(customers.map((c) => c.code).sort())
    const names = rows.map((r) => r.legalName)
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    for (const c of customers) {
      const row = rows.find((r) => r.code === c.code)!
      expect(row.overdue, c.code).toBe(await customerOverdue(ctx, c.id, TODAY))
      expect(row.balance).toBe(c.balance)
    }
    expect(sum(rows.map((r) => r.overdue))).toBeGreaterThan(0)
  })

  it('aging: one row per customer of the report, adding up to its grand total', async () => {
    const report = await agingReport(ctx, { asOf: TODAY })
    const source = await agingSource(ctx, TODAY)
    expect(source.bounds).toEqual([0, 30, 60, 90])
    const rows = await drain(source, 2000)
    expect(rows.map((r) => r.customerName)).toEqual(report.rows.map((r) => r.name))
    expect(sum(rows.map((r) => r.total))).toBe(report.grandTotal)
    for (let b = 0; b < report.totals.length; b++) expect(sum(rows.map((r) => r.buckets[b]!))).toBe(report.totals[b])
    expect(rows.every((r) => r.customerCode !== '' && r.oldestDueDate !== '')).toBe(true)
  })

  it('statement: opening row first, balances chained to the closing balance', async () => {
    const debtor = (await ctx.db.customers.where('balance').above(0).first())!
    const company = (await ctx.db.company.get('company'))!
    const model = (await customerStatementModel(ctx, company, debtor.id, { from: '2026-07-01', to: TODAY }))!
    const rows = await drain(statementSource(model), 2000)
    expect(rows[0]).toMatchObject({ kind: 'opening', balance: model.opening, date: '2026-07-01' })
    expect(rows.length).toBe(model.rows.length + 1)
    expect(rows.at(-1)!.balance).toBe(model.closing)
    expect(model.closing).toBe(debtor.balance)
  })
})
