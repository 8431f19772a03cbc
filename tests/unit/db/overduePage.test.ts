/**
 * The overdue list's walk (invoiceQueries.ts overduePage) with its real step sizes: every page equals the full
 * sort filtered by invoiceStatus, and the walk stays short (a first small step, then one bounded step).
 */
import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { overduePage, type OverduePageStats } from '../../../renderer/db/repos/invoiceQueries'
import { invoiceStatus } from '../../../renderer/domain/invoiceStatus'
import type { Invoice } from '../../../renderer/domain/types'
import { freshCtx } from './helpers'

const TODAY = '2026-11-23'

const newestFirst = (a: Invoice, b: Invoice) => (a.issueDate === b.issueDate ? (a.id < b.id ? 1 : -1) : a.issueDate < b.issueDate ? 1 : -1)
const stats = (): OverduePageStats => ({ itemsRead: 0, itemsWalked: 0, steps: 0, walkMs: 0, rowsMs: 0 })

describe('overduePage', () => {
  it('pages the overdue invoices like a full sort, whatever the step sizes, and stops its walk early', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 120, months: 14, seed: 7 })
    const all = (await ctx.db.invoices.toArray()).sort(newestFirst)
    const openItems = await ctx.db.openItems.count()
    for (const asOf of [TODAY, '2026-12-20', '2027-03-01']) {
      const expected = all.filter((i) => invoiceStatus(i, asOf) === 'overdue').map((i) => i.id)
      expect(expected.length).toBeGreaterThan(60)
      // Default steps (256 first), and small ones so that every page takes several bounded steps.
      for (const [limit, chunk] of [[10, undefined], [50, undefined], [10, 16], [7, 3]] as const) {
        const ids: string[] = []
        let after: { issueDate: string; id: string } | undefined
        for (let guard = 0; guard < 500; guard++) {
          const s = stats()
          const page = await overduePage(ctx, { status: 'overdue', asOf, limit, after }, chunk, s)
          ids.push(...page.map((i) => i.id))
          expect(s.itemsWalked).toBeLessThanOrEqual(s.itemsRead)
          expect(s.itemsRead).toBeLessThanOrEqual(openItems)
          // The first page of today needs the items due in the last weeks only, not every open item.
          if (guard === 0 && asOf === TODAY) expect(s.itemsWalked).toBeLessThan(openItems / 2)
          const last = page[page.length - 1]
          if (page.length < limit || !last) break
          after = { issueDate: last.issueDate, id: last.id }
        }
        expect(ids, `${asOf} ${limit}/${chunk}`).toEqual(expected)
      }
    }
  }, 120_000)
})
