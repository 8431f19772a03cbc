import { beforeAll, describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { dashboardData } from '../../../../renderer/db/repos/reports/dashboard'
import { agingReport } from '../../../../renderer/db/repos/reports/aging'
import { receivableSummary, overdueSummary } from '../../../../renderer/db/repos/overview'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { issueInvoice, saveDraft } from '../../../../renderer/db/repos/invoices'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { addMonths } from '../../../../renderer/domain/dates'
import { DSO_LOOKBACK_MONTHS } from '../../../../renderer/domain/reports/dashboard'
import { dsoCountback, monthlySales } from '../../../../renderer/domain/reports/dso'
import { esSetup, freshCtx, line } from '../helpers'

const TODAY = '2026-11-23'

let ctx: Ctx
beforeAll(async () => {
  ctx = freshCtx()
  await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 12, months: 12 })
}, 60_000)

describe('dashboardData', () => {
  it('ends today with the maintained open amounts, and every month-end equals the aging report of that date', async () => {
    const d = await dashboardData(ctx, { today: TODAY, months: 12 })
    const invoices = await ctx.db.invoices.toArray()
    const sumOpen = invoices.reduce((s, i) => s + i.openAmount, 0)
    expect(sumOpen).toBeGreaterThan(0)
    expect(d.months).toHaveLength(12)
    expect(d.months[11]?.end).toBe(TODAY)
    expect(d.receivable).toBe(sumOpen)
    expect(d.overdue).toBe((await overdueSummary(ctx, TODAY)).overdue)
    for (const m of d.months) {
      const aging = await agingReport(ctx, { asOf: m.end })
      expect(m.buckets, m.end).toEqual(aging.totals)
      expect(m.receivable, m.end).toBe(aging.grandTotal)
    }
    // the receivable moves over the year (the demo's history starts a year ago)
    expect(new Set(d.months.map((m) => m.receivable)).size).toBeGreaterThan(6)
    // top debtors: the largest open amounts today, as the aging report has them
    const today = await agingReport(ctx, { asOf: TODAY })
    const largest = [...today.rows].sort((a, b) => b.total - a.total).slice(0, 10)
    expect(d.topDebtors.map((x) => x.open)).toEqual(largest.map((r) => r.total))
    expect(d.topDebtors[0]?.name).toBe(largest[0]?.name)
    expect(d.debtors).toBe(today.rows.length)
    // the home page's receivable holds customer credit too, so it is at most the sum of open amounts
    expect((await receivableSummary(ctx)).receivable).toBeLessThanOrEqual(d.receivable)
  })

  it('DSO and sales equal a brute force over the whole tables', async () => {
    const d = await dashboardData(ctx, { today: TODAY })
    const invoices = await ctx.db.invoices.toArray()
    const notes = await ctx.db.creditNotes.toArray()
    for (const m of d.months) {
      const from = addMonths(`${m.month}-01`, -(DSO_LOOKBACK_MONTHS - 1)).slice(0, 7)
      const sales = monthlySales(invoices, notes, from, m.month, m.end)
      expect(m.sales, m.month).toBe(sales[0]?.sales)
      expect(m.dso, m.month).toBe(dsoCountback({ receivable: m.receivable, monthlySales: sales }))
    }
    expect(d.dso).toBeGreaterThan(10)
    expect(d.dso).toBeLessThan(150)
    const ceis = d.months.slice(1).map((m) => m.cei)
    expect(ceis.every((c) => c !== null && c > 0 && c <= 10_000)).toBe(true)
  })

  it('reads older invoices open at the month-ends, those settled since, and back-dated allocations', async () => {
    // Today 23/11/2026, two months: opening 30/09, sales window from 01/05/2026.
    //   O1 issued 10/01 1,000.00: 300.00 paid 01/03, the rest 15/10 (after the opening): read via the payments since
    //   O2 issued 01/02   500.00: never paid (read via [isOpen+issueDate+id])
    //   O3 issued 15/02   400.00: credited whole on 02/11 (read via the credit notes since)
    //   O4 issued 01/03   250.00: paid 01/04, nothing at any month-end
    //   R1 issued 05/10 1,200.00: 200.00 from a payment back-dated 20/04 (before the window and the issue date)
    // Receivable: 30/09 O1 700 + O2 500 + O3 400 = 1,600.00; 31/10 O2 500 + O3 400 + R1 1,000 = 1,900.00;
    //             23/11 O2 500 + R1 1,000 = 1,500.00.
    const { ctx: own, customer } = await esSetup()
    const issue = async (issueDate: string, unitPrice: number) => {
      const draft = await saveDraft(own, { customerId: customer.id, issueDate, lines: [line({ quantity: 1, unitPrice, vatRate: 0 })] })
      return issueInvoice(own, draft.id)
    }
    const pay = (invoiceId: string, date: string, amount: number) =>
      recordPayment(own, { customerId: customer.id, date, amount, allocations: [{ invoiceId, amount, discount: 0 }] })
    const o1 = await issue('2026-01-10', 100_000)
    const o2 = await issue('2026-02-01', 50_000)
    const o3 = await issue('2026-02-15', 40_000)
    const o4 = await issue('2026-03-01', 25_000)
    const r1 = await issue('2026-10-05', 120_000)
    await pay(o1.id, '2026-03-01', 30_000)
    await pay(o4.id, '2026-04-01', 25_000)
    await pay(o1.id, '2026-10-15', 70_000)
    await pay(r1.id, '2026-04-20', 20_000)
    await issueCreditNote(own, { invoiceId: o3.id, issueDate: '2026-11-02', reason: 'Devolución', whole: true })
    expect(o2.id).toBeTruthy()

    const d = await dashboardData(own, { today: TODAY, months: 2 })
    expect(d.openingReceivable).toBe(160_000)
    expect(d.months.map((m) => [m.end, m.receivable])).toEqual([
      ['2026-10-31', 190_000],
      ['2026-11-23', 150_000],
    ])
    for (const end of ['2026-09-30', '2026-10-31', TODAY]) {
      const aging = await agingReport(own, { asOf: end })
      const month = d.months.find((m) => m.end === end)
      if (month) expect(month.buckets, end).toEqual(aging.totals)
      else expect(d.openingReceivable).toBe(aging.grandTotal)
    }
    expect(d.topDebtors).toEqual([
      { customerId: customer.id, name: customer.legalName, open: 150_000, overdue: 150_000, oldestDaysPastDue: 265, invoices: 2 },
    ])
    // O2 due 03/03 (265 days late), R1 due 04/11; sales of the months: October R1 1,200.00; November the credit note −400.00
    expect(d.months.map((m) => m.sales)).toEqual([120_000, -40_000])
  })

  it('an empty database gives zeros, no debtors and no crash', async () => {
    const empty = freshCtx()
    const d = await dashboardData(empty, { today: TODAY })
    expect(d).toMatchObject({ receivable: 0, overdue: 0, dso: 0, topDebtors: [], debtors: 0, ceiLastMonth: { month: '2026-10', cei: null } })
  })
})
