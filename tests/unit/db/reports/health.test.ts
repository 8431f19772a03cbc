import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { healthReport } from '../../../../renderer/db/repos/reports/health'
import { addDays, addMonths, daysBetween } from '../../../../renderer/domain/dates'
import { healthSignals } from '../../../../renderer/domain/reports/health'
import type { Country } from '../../../../renderer/domain/types'
import { expectRefused, freshCtx } from '../helpers'

const TODAY = '2026-11-23'
const YEAR_AGO = addDays(addMonths(TODAY, -12), 1)

async function demo(country: Country, customers = 40): Promise<Ctx> {
  const ctx = freshCtx()
  await loadDemoCompany(ctx, { country, today: TODAY, customers })
  return ctx
}

async function everything(ctx: Ctx) {
  const { db } = ctx
  return {
    company: (await db.company.get('company'))!,
    invoices: await db.invoices.toArray(),
    creditNotes: await db.creditNotes.toArray(),
    disputes: await db.disputes.toArray(),
    customers: await db.customers.toArray(),
  }
}

/** The 15th of the month after `d`, straight from the string (no domain helper). */
function fifteenthAfter(d: string): string {
  const y = Number(d.slice(0, 4))
  const m = Number(d.slice(5, 7))
  return m === 12 ? `${y + 1}-01-15` : `${y}-${String(m + 1).padStart(2, '0')}-15`
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe('healthReport on the demo company', () => {
  it.each(['ES', 'RO'] as const)('%s: reads the period by index and agrees with full scans; every signal shows something', { timeout: 60_000 }, async (country) => {
    const ctx = await demo(country)
    const all = await everything(ctx)
    for (const [from, to] of [[YEAR_AGO, TODAY], ['2026-06-01', '2026-08-31'], ['2026-10-16', '2026-11-15']] as const) {
      const report = await healthReport(ctx, { from, to, today: TODAY })
      // Same as the domain over whole tables (so the index reads select exactly the period).
      expect(report).toEqual(
        healthSignals({ from, to, today: TODAY, country, invoices: all.invoices, creditNotes: all.creditNotes, disputes: all.disputes, disputedInvoices: all.invoices, customers: all.customers }),
      )
      // Headline figures by brute force, straight from the rows.
      const issued = all.invoices.filter((i) => i.lifecycle === 'issued' && i.issueDate >= from && i.issueDate <= to)
      const notes = all.creditNotes.filter((n) => n.issueDate >= from && n.issueDate <= to)
      const byId = new Map(all.customers.map((c) => [c.id, c]))
      expect(report.creditNotes.invoiceAmount).toBe(sum(issued.map((i) => i.totals.total)))
      expect(report.creditNotes.noteAmount).toBe(sum(notes.map((n) => n.totals.total)))
      expect(report.creditNotes.shareBp).toBe(Math.round((report.creditNotes.noteAmount * 10000) / report.creditNotes.invoiceAmount))
      expect(report.delivery.lateCount).toBe(issued.filter((i) => i.deliveryDate && i.issueDate > fifteenthAfter(i.deliveryDate)).length)
      expect(report.po.count).toBe(issued.filter((i) => byId.get(i.customerId)!.requiresPO && i.poNumber === '').length)
      const opened = all.disputes.filter((d) => d.openedOn >= from && d.openedOn <= to)
      expect([report.disputes.count, report.disputes.open]).toEqual([opened.length, opened.filter((d) => d.resolvedOn === '').length])
      // Every row links to documents that exist.
      const invoiceIds = new Set(all.invoices.map((i) => i.id))
      const rows = [...report.delivery.rows, ...report.terms.rows, ...report.po.rows, ...report.disputes.rows]
      for (const r of rows) expect(invoiceIds.has(r.invoiceId) && byId.has(r.customerId)).toBe(true)
      for (const n of report.creditNotes.notes) expect(all.creditNotes.some((x) => x.id === n.creditNoteId && x.invoiceId === n.invoiceId)).toBe(true)
    }

    // Over the year the demo shows each signal: late invoicing, salesmen's deals, missing POs, disputes open and settled.
    const year = await healthReport(ctx, { from: YEAR_AGO, to: TODAY, today: TODAY })
    expect(year.delivery.rule).toBe(country === 'ES' ? 'ES-RD1619-art11' : 'RO-CF-art319')
    expect(year.creditNotes.noteCount).toBeGreaterThanOrEqual(5)
    expect(year.delivery.buckets.every((b) => b.count > 0)).toBe(true)
    expect(year.delivery.lateCount).toBeGreaterThanOrEqual(2)
    expect(year.delivery.rows.filter((r) => r.late).every((r) => daysBetween(r.deadline, r.issueDate) === r.daysLate && r.daysLate > 0)).toBe(true)
    expect(year.terms.count).toBeGreaterThanOrEqual(5)
    expect(year.terms.byKind.lineDiscount).toBeGreaterThanOrEqual(1)
    expect(year.terms.byKind.terms + year.terms.byKind.earlyDiscount).toBeGreaterThanOrEqual(1)
    expect(year.terms.extraDiscount).toBeGreaterThan(0)
    expect(year.po.count).toBeGreaterThanOrEqual(1)
    expect(year.disputes.open).toBeGreaterThanOrEqual(1)
    expect(year.disputes.resolved).toBeGreaterThanOrEqual(3)
    expect(year.disputes.byReason.filter((r) => r.count > 0).length).toBeGreaterThanOrEqual(3)
    // Still a healthy business overall: most invoices go out on delivery, with the customer's terms.
    expect(year.delivery.buckets[0]!.count).toBeGreaterThan(year.delivery.measured / 2)
    expect(year.terms.shareBp!).toBeLessThan(500)
  })

  it('counts a dispute by the day it was opened, reading its invoice even when issued before the period', async () => {
    const ctx = await demo('ES', 12)
    const all = await everything(ctx)
    const d = all.disputes.find((x) => x.resolvedOn !== '')!
    expect(d).toBeDefined()
    const inv = all.invoices.find((i) => i.id === d.invoiceId)!
    const report = await healthReport(ctx, { from: d.openedOn, to: d.openedOn, today: TODAY })
    expect(report.disputes.rows.map((r) => r.disputeId)).toContain(d.id)
    const row = report.disputes.rows.find((r) => r.disputeId === d.id)!
    expect(row).toMatchObject({ invoiceId: inv.id, number: inv.fullNumber, customerId: inv.customerId, days: daysBetween(d.openedOn, d.resolvedOn) })
    const dayAfter = await healthReport(ctx, { from: addDays(d.openedOn, 1), to: TODAY, today: TODAY })
    expect(dayAfter.disputes.rows.map((r) => r.disputeId)).not.toContain(d.id)
  })

  it('refuses a period that ends before it starts', async () => {
    const ctx = await demo('ES', 3)
    await expectRefused(ctx, () => healthReport(ctx, { from: '2026-11-01', to: '2026-10-31' }), 'reports.statement.period')
  })
})
