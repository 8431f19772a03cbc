import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { deletePayment } from '../../../../renderer/db/repos/paymentReversal'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { agingReport, nothingDatedAfter } from '../../../../renderer/db/repos/reports/aging'
import { agingWorkedBack } from '../../../../renderer/db/repos/reports/agingPast'
import { addDays } from '../../../../renderer/domain/dates'
import { agingAsOf, DEFAULT_BUCKETS, type AgingReport, type BucketBounds } from '../../../../renderer/domain/reports/aging'
import { openAmountBack, owedNow } from '../../../../renderer/domain/reports/agingBack'
import { issued } from '../collections/fixtures'
import { esSetup } from '../helpers'
import { demoWithHistory, fromFullScans, rebuiltFromDocuments, TODAY } from './agingPastWorld'

function withoutMethod(report: AgingReport & { method?: string }): AgingReport {
  const { method: _method, ...rest } = report
  return rest
}

const opens = (r: AgingReport) => Object.fromEntries(r.rows.flatMap((row) => row.invoices.map((i) => [i.invoiceId, i.open])))

/** The new path, through the report (either method) and directly, against both references. */
async function expectSameAsRebuilt(ctx: Ctx, asOf: string, buckets: BucketBounds = DEFAULT_BUCKETS): Promise<AgingReport> {
  const reference = await rebuiltFromDocuments(ctx, asOf, buckets)
  expect(await fromFullScans(ctx, asOf, buckets)).toEqual(reference)
  const { db } = ctx
  const direct = await db.transaction('r', [db.invoices, db.openItems, db.allocations, db.creditNotes, db.customers], () => agingWorkedBack(ctx, asOf, buckets))
  expect(direct, `worked back to ${asOf}`).toEqual(reference)
  expect(withoutMethod(await agingReport(ctx, { asOf, buckets })), `report at ${asOf}`).toEqual(reference)
  return reference
}

describe('aging at a past date, worked back from today (demo with reversals, credit notes, discounts, write-offs)', () => {
  let ctx: Ctx
  let first: string
  beforeAll(async () => {
    ctx = await demoWithHistory()
    first = (await ctx.db.invoices.orderBy('issueDate').first())!.issueDate
  }, 120_000)

  it('the world holds every kind of change after the fact', async () => {
    const { db } = ctx
    const allocations = await db.allocations.toArray()
    const invoices = new Map((await db.invoices.toArray()).map((i) => [i.id, i]))
    expect((await db.audit.where('[entity+entityId]').between(['payment', ''], ['payment', '\uffff']).toArray()).filter((a) => a.action === 'delete').length).toBeGreaterThan(10)
    expect(allocations.filter((a) => a.kind === 'writeOff')).toHaveLength(3)
    expect(allocations.filter((a) => a.kind !== 'writeOff' && a.discount > 0).length).toBeGreaterThan(0)
    expect(allocations.some((a) => a.date < invoices.get(a.invoiceId)!.issueDate)).toBe(true)
    expect([...invoices.values()].some((i) => i.creditedAmount > 0 && owedNow(i) < 0)).toBe(true)
    expect(await db.creditNotes.where('issueDate').above(addDays(TODAY, -60)).count()).toBeGreaterThan(0)
  })

  it('equals the report rebuilt from the documents for any date and buckets (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -30, max: 620 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 6 }),
        async (offset, bounds) => {
          await expectSameAsRebuilt(ctx, addDays(first, offset), [...bounds].sort((a, b) => a - b))
        },
      ),
      { numRuns: 40 },
    )
  }, 120_000)

  it('equals it on the days something happened after the fact, and the days around them', async () => {
    const { db } = ctx
    const late = [
      ...(await db.allocations.toArray()).filter((a) => a.kind === 'writeOff' || a.discount > 0).map((a) => a.date),
      ...(await db.creditNotes.toArray()).map((n) => n.issueDate),
    ]
    const days = [...new Set(late.flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]))].sort().slice(-30)
    let differsFromToday = 0
    for (const day of days) {
      const report = await expectSameAsRebuilt(ctx, day)
      if (report.grandTotal !== (await agingReport(ctx, { asOf: TODAY })).grandTotal) differsFromToday++
    }
    expect(differsFromToday).toBeGreaterThan(0)
  }, 120_000)

  it('before the first invoice nothing was open; after the last change it is today’s figure', async () => {
    expect((await expectSameAsRebuilt(ctx, addDays(first, -1))).rows).toEqual([])
    const later = await expectSameAsRebuilt(ctx, addDays(TODAY, 30))
    expect(later.grandTotal).toBe((await ctx.db.openItems.toArray()).reduce((s, r) => s + r.openAmount, 0))
  })
})

describe('aging worked back, by hand', () => {
  it('counts payments made after the date, forgets reversed ones and skips invoices issued after it', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, '2026-01-10', 1_000_00)
    const b = await issued(ctx, customer.id, '2026-01-15', 500_00)
    const d = await issued(ctx, customer.id, '2026-06-01', 300_00)
    await recordPayment(ctx, { customerId: customer.id, date: '2026-02-01', amount: 400_00, method: 'transfer', allocations: [{ invoiceId: a.id, amount: 400_00, discount: 0 }] })
    const reversed = await recordPayment(ctx, { customerId: customer.id, date: '2026-04-01', amount: 600_00, method: 'transfer', allocations: [{ invoiceId: a.id, amount: 600_00, discount: 0 }] })
    await recordPayment(ctx, { customerId: customer.id, date: '2026-02-10', amount: 500_00, method: 'transfer', allocations: [{ invoiceId: b.id, amount: 500_00, discount: 0 }] })
    // Credited in full after it was paid: the excess is customer credit, the invoice owes -500.00 today.
    await issueCreditNote(ctx, { invoiceId: b.id, whole: true, issueDate: '2026-05-01', reason: 'Devolución' })
    // Typed in with a date before its invoice was issued.
    await recordPayment(ctx, { customerId: customer.id, date: '2026-02-20', amount: 100_00, method: 'cash', allocations: [{ invoiceId: d.id, amount: 100_00, discount: 0 }] })
    await deletePayment(ctx, reversed.id, 'Registrado dos veces')

    expect(opens(await expectSameAsRebuilt(ctx, '2026-01-31'))).toEqual({ [a.id]: 1_000_00, [b.id]: 500_00 })
    expect(opens(await expectSameAsRebuilt(ctx, '2026-02-09'))).toEqual({ [a.id]: 600_00, [b.id]: 500_00 })
    expect(opens(await expectSameAsRebuilt(ctx, '2026-03-01'))).toEqual({ [a.id]: 600_00 })
    expect(opens(await expectSameAsRebuilt(ctx, '2026-06-01'))).toEqual({ [a.id]: 600_00, [d.id]: 200_00 })
    expect(opens(await expectSameAsRebuilt(ctx, TODAY))).toEqual({ [a.id]: 600_00, [d.id]: 200_00 })
  })
})

describe('nothingDatedAfter', () => {
  it('looks at allocations, not payments: money kept as customer credit changes no open amount', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, '2026-01-10', 1_000_00)
    await recordPayment(ctx, { customerId: customer.id, date: '2026-02-01', amount: 1_000_00, method: 'transfer' })
    const credit = await recordPayment(ctx, { customerId: customer.id, date: '2026-03-01', amount: 50_00, method: 'cash' })
    expect(credit.unallocated).toBe(50_00)
    expect(await nothingDatedAfter(ctx, '2026-02-15')).toBe(true)
    expect(await nothingDatedAfter(ctx, '2026-01-31')).toBe(false)
    expect(await nothingDatedAfter(ctx, '2026-01-09')).toBe(false)
    expect((await agingReport(ctx, { asOf: '2026-02-15' })).method).toBe('maintained')
    expect((await expectSameAsRebuilt(ctx, '2026-02-15')).rows).toEqual([])
    expect(opens(await expectSameAsRebuilt(ctx, '2026-01-31'))).toEqual({ [a.id]: 1_000_00 })
  })
})

describe('openAmountBack', () => {
  const totals = (total: number) => ({ base: total, vat: 0, recargo: 0, total, byRate: [] })
  const inv = { totals: totals(1_000_00), paidAmount: 900_00, discountTaken: 20_00, creditedAmount: 300_00 }
  it('adds back what was settled after the date to what is owed today, never below 0', () => {
    expect(owedNow(inv)).toBe(-220_00)
    const later = [
      { invoiceId: 'x', date: '2026-03-02', amount: 500_00, discount: 20_00 },
      { invoiceId: 'x', date: '2026-03-01', amount: 400_00, discount: 0 },
      { invoiceId: 'y', date: '2026-04-01', amount: 999_00, discount: 0 },
    ]
    const notes = [{ invoiceId: 'x', issueDate: '2026-05-01', totals: totals(300_00) }]
    expect(openAmountBack('x', owedNow(inv), later, notes, '2026-03-01')).toBe(-220_00 + 520_00 + 300_00)
    expect(openAmountBack('x', owedNow(inv), later, notes, '2026-04-30')).toBe(80_00)
    expect(openAmountBack('x', owedNow(inv), later, notes, '2026-02-28')).toBe(1_000_00)
    // the same as rebuilding from the documents
    const all = [...later, { invoiceId: 'x', date: '2026-01-01', amount: 0, discount: 0 }]
    const doc = { id: 'x', lifecycle: 'issued' as const, issueDate: '2026-01-01', totals: inv.totals, fullNumber: 'F1', customerId: 'c', dueDate: '2026-02-01', customer: { legalName: 'C' } }
    for (const asOf of ['2026-02-28', '2026-03-01', '2026-03-02', '2026-04-30', '2026-05-01']) {
      const rebuilt = agingAsOf({ invoices: [doc], allocations: all, creditNotes: notes, customers: [], asOf }).grandTotal
      expect(openAmountBack('x', owedNow(inv), later, notes, asOf), asOf).toBe(rebuilt)
    }
  })
})
