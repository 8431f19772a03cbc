import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { oldestOverdue, overdueSummary, receivableSummary } from '../../../renderer/db/repos/overview'
import { listPaymentsPage } from '../../../renderer/db/repos/paymentList'
import { freshCtx } from './helpers'

const TODAY = '2026-11-23'

describe('overview and payments list read models (demo data, compared with full scans)', () => {
  it('receivable, overdue and oldest overdue equal what a full scan computes', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 12, months: 8 })
    const customers = await ctx.db.customers.toArray()
    const invoices = await ctx.db.invoices.toArray()
    const debtors = customers.filter((c) => c.balance > 0)
    expect(await receivableSummary(ctx)).toEqual({ receivable: debtors.reduce((s, c) => s + c.balance, 0), debtors: debtors.length })

    const overdue = invoices.filter((i) => i.lifecycle === 'issued' && i.openAmount > 0 && i.dueDate < TODAY)
    expect(overdue.length).toBeGreaterThan(0)
    expect(await overdueSummary(ctx, TODAY)).toEqual({ overdue: overdue.reduce((s, i) => s + i.openAmount, 0), count: overdue.length })

    const oldest = await oldestOverdue(ctx, TODAY, 3)
    const expected = [...overdue].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1)).slice(0, 3)
    expect(oldest.map((i) => i.id)).toEqual(expected.map((i) => i.id))
  })

  it('pages every payment exactly once, newest first, with the customer name', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'RO', today: TODAY, customers: 10, months: 6 })
    const all = await ctx.db.payments.toArray()
    const seen: string[] = []
    let after: { date: string; id: string } | undefined
    for (;;) {
      const page = await listPaymentsPage(ctx, { limit: 7, after })
      if (page.length === 0) break
      for (const p of page) expect(p.customerName).not.toBe('')
      seen.push(...page.map((p) => p.id))
      const last = page[page.length - 1]!
      after = { date: last.date, id: last.id }
    }
    const expected = [...all].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : -1)).map((p) => p.id)
    expect(seen).toEqual(expected)
  })
})
