/**
 * The open and overdue invoice lists walk the ordered index by key and sort ids into their status by set
 * membership (invoiceQueries.ts openPage): pages must be exactly a full sort filtered by invoiceStatus, on any
 * day, with any page size, across the borders of the key chunks, and after payments change what is open.
 */
import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { countByStatus, listInvoices } from '../../../renderer/db/repos/invoices'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { invoiceStatus } from '../../../renderer/domain/invoiceStatus'
import type { Invoice, InvoiceStatus, IsoDate } from '../../../renderer/domain/types'
import type { Ctx } from '../../../renderer/db/context'
import { freshCtx } from './helpers'

const TODAY = '2026-11-23'

function newestFirst(a: Invoice, b: Invoice): number {
  return a.issueDate === b.issueDate ? (a.id < b.id ? 1 : -1) : a.issueDate < b.issueDate ? 1 : -1
}

async function allPages(ctx: Ctx, status: InvoiceStatus, asOf: IsoDate, limit: number, keyChunk: number): Promise<string[]> {
  const ids: string[] = []
  let after: { issueDate: string; id: string } | undefined
  for (let guard = 0; guard < 1000; guard++) {
    const page = await listInvoices(ctx, { status, asOf, limit, after }, keyChunk)
    ids.push(...page.map((i) => i.id))
    const last = page[page.length - 1]
    if (page.length < limit || !last) break
    after = { issueDate: last.issueDate, id: last.id }
  }
  return ids
}

async function expectLikeFullSort(ctx: Ctx, days: IsoDate[]): Promise<void> {
  const all = (await ctx.db.invoices.toArray()).sort(newestFirst)
  for (const asOf of days) {
    for (const status of ['open', 'overdue', 'partiallyPaid'] as const) {
      const expected = all.filter((i) => invoiceStatus(i, asOf) === status).map((i) => i.id)
      for (const [limit, keyChunk] of [[7, 5], [50, 3], [13, 500]] as const) {
        expect(await allPages(ctx, status, asOf, limit, keyChunk), `${status} ${asOf} ${limit}/${keyChunk}`).toEqual(expected)
      }
      expect((await countByStatus(ctx, asOf))[status], `${status} count ${asOf}`).toBe(expected.length)
    }
  }
}

describe('open and overdue lists by key', () => {
  it('equal a full sort filtered by status on past, present and future days, across key-chunk borders', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 14, months: 8, seed: 11 })
    const days = ['2026-06-30', '2026-10-15', TODAY, '2027-01-31']
    await expectLikeFullSort(ctx, days)

    // Payments close and part-pay invoices: the lists follow.
    const open = await ctx.db.invoices.where('[isOpen+dueDate]').between([1, ''], [1, '\uffff']).toArray()
    expect(open.length).toBeGreaterThan(20)
    for (const inv of open.slice(0, 12)) {
      await recordPayment(ctx, { customerId: inv.customerId, date: TODAY, amount: Math.max(1, Math.floor(inv.openAmount / 2)), allocations: [{ invoiceId: inv.id, amount: Math.max(1, Math.floor(inv.openAmount / 2)) }] })
    }
    await expectLikeFullSort(ctx, days)
  }, 60_000)
})
