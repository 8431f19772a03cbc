/**
 * Aging as of today comes from the customer summaries (schema v10), not from every open item and customer row: after
 * random mixes of invoice writes, payments, credit notes, bank matches, reversals, refusals and customer edits it
 * must equal the report rebuilt from full table scans (agingAsOf), for any bucket set, today and at a later date.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { agingReport } from '../../../../renderer/db/repos/reports/aging'
import { addDays } from '../../../../renderer/domain/dates'
import { DomainError } from '../../../../renderer/domain/errors'
import { agingAsOf, type BucketBounds } from '../../../../renderer/domain/reports/aging'
import { issued } from '../collections/fixtures'
import { esSetup } from '../helpers'
import { apply, editCustomer, opArb, world } from '../summaryWorld'

/** The report rebuilt from every row of every table it could need. */
async function bruteForce(ctx: Ctx, asOf: string, buckets?: BucketBounds) {
  const { db } = ctx
  const [invoices, allocations, creditNotes, customers] = await Promise.all([
    db.invoices.toArray(), db.allocations.toArray(), db.creditNotes.toArray(), db.customers.toArray(),
  ])
  return agingAsOf({ invoices, allocations, creditNotes, customers, asOf, buckets })
}

async function expectSameAsBruteForce(ctx: Ctx, asOf: string, buckets?: BucketBounds): Promise<void> {
  const { method, ...report } = await agingReport(ctx, { asOf, buckets })
  expect(method).toBe('maintained')
  expect(report).toEqual(await bruteForce(ctx, asOf, buckets))
}

describe('aging as of today from the customer summaries', () => {
  it('equals the report rebuilt from full scans after random mixes of writes, for several bucket sets and dates', async () => {
    let checked = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 30 }), async (ops) => {
        const w = await world()
        let day = '2026-09-01'
        for (const op of ops) {
          day = addDays(day, 3)
          try {
            await apply(w, op, day)
          } catch (e) {
            if (!(e instanceof DomainError)) throw e
          }
        }
        // Every write above is dated on or before 2026-11-30 (the bank lines on 11-17 and 11-18).
        for (const asOf of ['2026-12-01', '2027-03-31']) {
          await expectSameAsBruteForce(w.ctx, asOf)
          await expectSameAsBruteForce(w.ctx, asOf, [0, 15, 45, 120])
          await expectSameAsBruteForce(w.ctx, asOf, [7])
        }
        checked += 1
      }),
      { seed: 7, numRuns: 8, endOnFailure: true },
    )
    expect(checked).toBe(8)
  }, 180_000)

  it('shows a customer under its current name, its invoices oldest due first, with the figures of each', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, '2026-09-01', 100_00) // due 10-01
    const b = await issued(ctx, customer.id, '2026-11-01', 250_00) // due 12-01
    await editCustomer(ctx, customer, 5)
    const renamed = (await ctx.db.customers.get(customer.id))!
    const report = await agingReport(ctx, { asOf: '2026-11-23' })
    expect(report.rows).toEqual([
      expect.objectContaining({
        customerId: customer.id,
        name: renamed.legalName,
        total: 350_00,
        buckets: [250_00, 0, 100_00, 0, 0],
        oldestDaysPastDue: 53,
        invoices: [
          { invoiceId: a.id, number: a.fullNumber, issueDate: '2026-09-01', dueDate: '2026-10-01', daysPastDue: 53, open: 100_00, bucketIndex: 2 },
          { invoiceId: b.id, number: b.fullNumber, issueDate: '2026-11-01', dueDate: '2026-12-01', daysPastDue: 0, open: 250_00, bucketIndex: 0 },
        ],
      }),
    ])
    expect(report).toMatchObject({ totals: [250_00, 0, 100_00, 0, 0], grandTotal: 350_00, method: 'maintained' })
  })
})
