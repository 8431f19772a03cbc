/**
 * The backup reads each table page by page (so that the screen's own reads get their turn during the daily backup
 * at startup): the copy must be exactly what one toArray per table gives, whatever the page size and the kind of
 * key (text ids, auto-increment audit numbers, per-customer keys), with pages that end exactly at a table's end.
 */
import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { readAllTables } from '../../../../renderer/db/backup/snapshot'
import { freshCtx } from '../helpers'

describe('readAllTables in pages', () => {
  it('equals one toArray per table, for page sizes from 1 to more than any table', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: '2026-10-04', customers: 8, months: 12, seed: 3 })
    const whole: Record<string, unknown[]> = {}
    for (const t of ctx.db.tables) whole[t.name] = await t.toArray()
    const sizes = Object.values(whole).map((rows) => rows.length)
    expect(Math.max(...sizes)).toBeGreaterThan(100)
    // A page that ends exactly at a table's last row (the next page is empty), and pages of one row.
    const exact = sizes.find((n) => n > 1)!
    for (const page of [1, 7, exact, 100_000]) {
      const read = await readAllTables(ctx.db, page)
      expect(Object.keys(read)).toEqual(Object.keys(whole).sort((a, b) => a.localeCompare(b)))
      for (const [name, rows] of Object.entries(whole)) expect(read[name], `${name} in pages of ${page}`).toEqual(rows)
    }
  }, 60_000)
})
