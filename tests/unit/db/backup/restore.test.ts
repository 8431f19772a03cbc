/**
 * Restore refusals leave the database exactly as it was: a clerk (no right), a failed safety backup, rows the
 * database rejects; an older backup is upgraded through Dexie's own migrations; a newer one is refused.
 */
import type { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it, vi } from 'vitest'
import { IpcError } from '../../../../electron/contract/errors'
import { parseBackup } from '../../../../renderer/db/backup/parse'
import { restoreBackup } from '../../../../renderer/db/backup/restore'
import { readAllTables, snapshotText, takeSnapshot } from '../../../../renderer/db/backup/snapshot'
import { LATEST_VERSION, STORES_BY_VERSION } from '../../../../renderer/db/backup/versions'
import { createCustomer } from '../../../../renderer/db/repos/customers'
import { DomainError } from '../../../../renderer/domain/errors'
import { customerInput, esSetup } from '../helpers'
import { refusal } from './sinks'

const NOW = new Date('2026-11-23T10:00:00.000Z')

/** A valid backup of a small Spanish company with two customers. */
async function sampleBackup() {
  const { ctx } = await esSetup()
  await createCustomer(ctx, customerInput({ legalName: 'Ferretería Muñoz, S.L.', code: 'MUN01' }))
  return parseBackup((await takeSnapshot(ctx.db, 'daily', NOW)).text)
}

/** A target database with other data, and a way to prove it did not change. */
async function target(role: 'owner' | 'clerk' = 'owner') {
  const { ctx } = await esSetup()
  await createCustomer(ctx, customerInput({ legalName: 'Cliente de hoy, S.A.' }))
  const scoped = { ...ctx, role }
  const before = await readAllTables(ctx.db)
  const unchanged = async () => expect(await readAllTables(ctx.db)).toEqual(before)
  return { ctx: scoped, unchanged }
}

describe('restore refusals', () => {
  it('refuses a clerk before anything: no safety backup, nothing changed', async () => {
    const parsed = await sampleBackup()
    const { ctx, unchanged } = await target('clerk')
    const safetyBackup = vi.fn(async () => undefined)
    const err = await refusal(restoreBackup(ctx, async () => parsed, { label: 'x', safetyBackup }))
    expect(err).toBeInstanceOf(DomainError)
    expect(err).toMatchObject({ code: 'rights.denied', params: { right: 'backup.restore' } })
    expect(safetyBackup).not.toHaveBeenCalled()
    await unchanged()
  })

  it('stops when the safety backup fails (full disk): nothing changed, the backup not even read', async () => {
    const parsed = await sampleBackup()
    const load = vi.fn(async () => parsed)
    const { ctx, unchanged } = await target()
    const err = await refusal(
      restoreBackup(ctx, load, {
        label: 'x',
        safetyBackup: async () => {
          throw new IpcError('files.writeFailed', { path: '/u/backups/cobro.cobro.gz', reason: 'ENOSPC' })
        },
      }),
    )
    expect(err).toMatchObject({ code: 'files.writeFailed', params: { reason: 'ENOSPC' } })
    expect(load).not.toHaveBeenCalled()
    await unchanged()
  })

  it('rolls everything back when the database rejects a row (duplicate unique code)', async () => {
    const parsed = await sampleBackup()
    const customers = parsed.tables['customers']!
    customers.push({ ...customers[0]!, id: 'another-id' }) // same &code
    const tables = Object.fromEntries(Object.entries(parsed.tables))
    const broken = await parseBackup((await snapshotText(tables, LATEST_VERSION, 'daily', NOW)).text)
    const { ctx, unchanged } = await target()
    const safetyBackup = vi.fn(async () => undefined)
    const err = await refusal(restoreBackup(ctx, async () => broken, { label: 'x', safetyBackup }))
    expect(err).toMatchObject({ code: 'backup.rejected', params: { table: 'customers', detail: 'ConstraintError' } })
    expect(safetyBackup).toHaveBeenCalledOnce()
    await unchanged()
  })

  it('refuses a backup from a newer Cobro before anything', async () => {
    const { text } = await snapshotText({ company: [] }, LATEST_VERSION + 1, 'daily', NOW)
    await expect(parseBackup(text)).rejects.toThrow(expect.objectContaining({ code: 'backup.newerVersion', params: { version: LATEST_VERSION + 1, supported: LATEST_VERSION } }))
  })
})

describe('restore of an older backup', () => {
  it('brings a v5 backup to the current schema through the migrations and restores it', async () => {
    const { ctx: source } = await esSetup()
    const current = await readAllTables(source.db)
    // The same data as a v5 database would have held it.
    const v5Tables = Object.fromEntries(Object.keys(STORES_BY_VERSION[5]!).map((t) => [t, current[t] ?? []]))
    const parsed = await parseBackup((await snapshotText(v5Tables, 5, 'upgrade', NOW)).text)
    expect(parsed.header.schemaVersion).toBe(5)

    const { ctx } = await target()
    const steps: string[] = []
    const result = await restoreBackup(ctx, async () => parsed, { label: 'old.cobro.gz', safetyBackup: async () => undefined, onStep: (s) => steps.push(s) })
    expect(steps).toEqual(['safetyBackup', 'reading', 'upgrading', 'replacing', 'verifying'])
    const after = await readAllTables(ctx.db)
    for (const t of Object.keys(v5Tables)) if (t !== 'audit') expect(after[t], t).toEqual(current[t])
    expect(after['users']).toEqual([]) // a v6 table the v5 backup did not have: empty
    expect(result.chain.ok).toBe(true)
    // The temporary database used for the upgrade is gone.
    const names = (await (ctx.db._options.indexedDB as IDBFactory).databases()).map((d) => d.name ?? '')
    expect(names).toContain(ctx.db.name)
    expect(names.filter((n) => n.startsWith('cobro-restore-'))).toEqual([])
  })
})
