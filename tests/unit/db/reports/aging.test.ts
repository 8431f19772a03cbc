import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { agingReport, nothingDatedAfter } from '../../../../renderer/db/repos/reports/aging'
import { daysBetween } from '../../../../renderer/domain/dates'
import { DomainError } from '../../../../renderer/domain/errors'
import { agingAsOf, type AgingReport } from '../../../../renderer/domain/reports/aging'
import { freshCtx } from '../helpers'

const TODAY = '2026-11-23'

async function demoCtx(): Promise<Ctx> {
  const ctx = freshCtx()
  await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 8, months: 12 })
  return ctx
}

async function everything(ctx: Ctx) {
  const { db } = ctx
  return {
    invoices: await db.invoices.toArray(),
    allocations: await db.allocations.toArray(),
    creditNotes: await db.creditNotes.toArray(),
    customers: await db.customers.toArray(),
    payments: await db.payments.toArray(),
  }
}

/** Per invoice open amounts computed by brute force, straight from the rows (no domain helper). */
function bruteForceOpens(data: Awaited<ReturnType<typeof everything>>, asOf: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const inv of data.invoices) {
    if (inv.lifecycle !== 'issued' || inv.issueDate > asOf) continue
    const paid = data.allocations.filter((a) => a.invoiceId === inv.id && a.date <= asOf).reduce((s, a) => s + a.amount + a.discount, 0)
    const credited = data.creditNotes.filter((n) => n.invoiceId === inv.id && n.issueDate <= asOf).reduce((s, n) => s + n.totals.total, 0)
    const open = Math.max(0, inv.totals.total - paid - credited)
    if (open > 0) out.set(inv.id, open)
  }
  return out
}

function opensOf(report: AgingReport): Map<string, number> {
  return new Map(report.rows.flatMap((r) => r.invoices.map((i) => [i.invoiceId, i.open] as const)))
}

function withoutMethod(report: AgingReport & { method?: string }): AgingReport {
  const { method: _method, ...rest } = report
  return rest
}

describe('agingReport on the ES demo', () => {
  it('as of today uses the maintained open amounts and equals the report rebuilt from full scans', async () => {
    const ctx = await demoCtx()
    const data = await everything(ctx)
    expect(await nothingDatedAfter(ctx, TODAY)).toBe(true)
    const report = await agingReport(ctx, { asOf: TODAY })
    expect(report.method).toBe('maintained')
    expect(withoutMethod(report)).toEqual(agingAsOf({ ...data, asOf: TODAY }))

    const sumOpen = data.invoices.reduce((s, i) => s + i.openAmount, 0)
    expect(sumOpen).toBeGreaterThan(0)
    expect(report.grandTotal).toBe(sumOpen)
    expect(report.totals.reduce((a, b) => a + b, 0)).toBe(sumOpen)
    expect(opensOf(report)).toEqual(bruteForceOpens(data, TODAY))
    // Customer balances hold unallocated payments and excess credit too: sum of balances
    // = sum of open amounts - unallocated payments - what was paid or credited beyond invoice totals.
    const unallocated = data.payments.reduce((s, p) => s + p.unallocated, 0)
    const excess = data.invoices.reduce(
      (s, i) => s + Math.max(0, i.paidAmount + i.discountTaken + i.creditedAmount - i.totals.total),
      0,
    )
    expect(data.customers.reduce((s, c) => s + c.balance, 0)).toBe(report.grandTotal - unallocated - excess)
    for (const row of report.rows) expect(data.customers.find((x) => x.id === row.customerId)?.legalName).toBe(row.name)
    // the buckets follow the days past due
    for (const inv of report.rows.flatMap((r) => r.invoices)) {
      const days = Math.max(0, daysBetween(inv.dueDate, TODAY))
      expect(inv.daysPastDue).toBe(days)
      expect(inv.bucketIndex).toBe(days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4)
    }
  })

  it('as of a past date reconstructs the figures as they stood then', async () => {
    const ctx = await demoCtx()
    const data = await everything(ctx)
    const asOf = '2026-06-30'
    expect(await nothingDatedAfter(ctx, asOf)).toBe(false)
    const report = await agingReport(ctx, { asOf, buckets: [0, 15, 45, 120] })
    expect(report.method).toBe('reconstructed')
    expect(report.totals).toHaveLength(5)
    const brute = bruteForceOpens(data, asOf)
    expect(opensOf(report)).toEqual(brute)
    const bruteTotal = [...brute.values()].reduce((a, b) => a + b, 0)
    expect(report.grandTotal).toBe(bruteTotal)
    expect(report.totals.reduce((a, b) => a + b, 0)).toBe(bruteTotal)
    expect(withoutMethod(report)).toEqual(agingAsOf({ ...data, asOf, buckets: [0, 15, 45, 120] }))
    // something settled after the date shows as open then: the past differs from today
    const todayOpen = new Map(data.invoices.filter((i) => i.isOpen === 1).map((i) => [i.id, i.openAmount]))
    expect([...brute.keys()].some((id) => todayOpen.get(id) !== brute.get(id))).toBe(true)
    expect(report.rows.flatMap((r) => r.invoices).every((i) => i.issueDate <= asOf)).toBe(true)
  })

  it('as of a future date still uses the maintained figures, aged to that date', async () => {
    const ctx = await demoCtx()
    const data = await everything(ctx)
    const report = await agingReport(ctx, { asOf: '2027-03-31' })
    expect(report.method).toBe('maintained')
    expect(withoutMethod(report)).toEqual(agingAsOf({ ...data, asOf: '2027-03-31' }))
  })

  it('refuses bad buckets and bad dates before reading anything', async () => {
    const ctx = freshCtx()
    await expect(agingReport(ctx, { asOf: TODAY, buckets: [30, 30] })).rejects.toBeInstanceOf(DomainError)
    await expect(agingReport(ctx, { asOf: '2026-02-30' })).rejects.toMatchObject({ code: 'date.invalid' })
    const empty = await agingReport(ctx, { asOf: TODAY })
    expect(empty).toMatchObject({ rows: [], totals: [0, 0, 0, 0, 0], grandTotal: 0, method: 'maintained' })
  })
})
