/**
 * The import's database path under fuzz: a company with a customer, an issued invoice and one statement already
 * imported (so bankImports, bankLines, audit and the collection settings hold rows a bad import could touch), and a
 * snapshot of every table (row counts + a SHA-256 of all rows) to prove that a refused file changed nothing.
 */
import { expect } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { importStatement, previewStatementFile, type StatementFileInput } from '../../../../renderer/db/repos/bank/imports'
import { allTables } from '../../../../renderer/db/schema'
import { issued } from '../../db/collections/fixtures'
import { esSetup, freshCtx } from '../../db/helpers'
import { norma43File } from './writers'

export interface Snapshot {
  counts: Record<string, number>
  hash: string
}

/** Every table of the schema (db.tables, so a table added later is covered too), counted and hashed. */
export async function snapshot(ctx: Ctx): Promise<Snapshot> {
  const counts: Record<string, number> = {}
  const all: Record<string, unknown[]> = {}
  const names = new Set([...ctx.db.tables, ...allTables(ctx.db)].map((t) => t.name))
  for (const name of [...names].sort()) {
    const rows = await ctx.db.table(name).toArray()
    counts[name] = rows.length
    all[name] = rows
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(all)))
  const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return { counts, hash }
}

export function bytesInput(bytes: Uint8Array, fileName: string): StatementFileInput {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return { fileName, content: { kind: 'bytes', base64: btoa(bin) } }
}

export function rowsInput(rows: string[][], fileName = 'movimientos.xlsx'): StatementFileInput {
  return { fileName, content: { kind: 'rows', rows } }
}

/** The state the fuzzed import starts from, built once. Movements of 2019 (the generated histories start in 2020). */
async function buildStart(): Promise<{ rows: Record<string, unknown[]>; hash: string }> {
  const { ctx, customer } = await esSetup()
  await issued(ctx, customer.id, '2026-10-01', 1_210_00)
  const earlier = norma43File({
    iban: 'ES9121000418450200051332',
    currency: 'EUR',
    from: '2019-12-02',
    to: '2019-12-06',
    opening: 500_00,
    movements: [
      { date: '2019-12-03', amount: 1_210_00, text: 'PAGO FRA 2019-0001', name: 'SUPERMERCADOS GARCIA', reference: 'R1' },
      { date: '2019-12-04', amount: -45_30, text: 'RECIBO LUZ', name: '', reference: '' },
    ],
  })
  const preview = await previewStatementFile(ctx, bytesInput(earlier, 'anterior.n43'))
  if (preview.kind !== 'ready') throw new Error(`the starting statement was refused: ${JSON.stringify(preview)}`)
  await importStatement(ctx, preview)
  const s = await snapshot(ctx)
  for (const table of ['bankImports', 'bankLines', 'audit', 'invoices', 'collectionSettings']) {
    expect(s.counts[table], `the start has ${table}`).toBeGreaterThan(0)
  }
  const rows: Record<string, unknown[]> = {}
  for (const t of ctx.db.tables) rows[t.name] = await t.toArray()
  ctx.db.close()
  return { rows, hash: s.hash }
}

let start: Promise<{ rows: Record<string, unknown[]>; hash: string }> | null = null

/**
 * A new database in the starting state: the rows of the one built once, copied into a fresh database (4 times
 * quicker than building it again). Every key is inbound, and IndexedDB moves the audit's key generator past the
 * copied ids, so the copy behaves as the original; its hash proves the copy exact.
 */
export async function world(): Promise<Ctx> {
  start ??= buildStart()
  const { rows, hash } = await start
  const ctx = freshCtx()
  await ctx.db.transaction('rw', ctx.db.tables, async () => {
    for (const t of ctx.db.tables) {
      await t.clear()
      await t.bulkAdd(rows[t.name] ?? [])
    }
  })
  expect((await snapshot(ctx)).hash, 'the copy of the starting state').toBe(hash)
  return ctx
}
