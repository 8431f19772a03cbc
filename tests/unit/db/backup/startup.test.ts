/**
 * At startup, before the app opens (and so upgrades) its database: a copy of an older database (reason 'upgrade'),
 * taken while it is still at its old version. If that copy cannot be written, the database stays as it was.
 */
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { IpcError } from '../../../../electron/contract/errors'
import { recordingSink } from './sinks'
import { parseBackup } from '../../../../renderer/db/backup/parse'
import { readAllTables } from '../../../../renderer/db/backup/snapshot'
import { backupBeforeUpgrade } from '../../../../renderer/db/backup/startup'
import { CobroDb, defineV1, defineV2, defineV3, defineV4, defineV5, LATEST_VERSION, STORES_V5 } from '../../../../renderer/db/schema'
import { esSetup } from '../helpers'

const NOW = new Date('2026-11-23T08:00:00.000Z')

/** A database at v5 holding a Spanish company, a customer and their audit rows. */
async function v5Database(name: string) {
  const { ctx } = await esSetup()
  const current = await readAllTables(ctx.db)
  const options = { indexedDB: new IDBFactory(), IDBKeyRange }
  const v5 = new Dexie(name, options)
  for (const define of [defineV1, defineV2, defineV3, defineV4, defineV5]) define(v5)
  await v5.open()
  const rows: Record<string, unknown[]> = {}
  for (const t of Object.keys(STORES_V5)) {
    rows[t] = current[t] ?? []
    await v5.table(t).bulkPut(rows[t])
  }
  v5.close()
  return { options, rows }
}

async function versionOf(name: string, options: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): Promise<number> {
  const db = new Dexie(name, options)
  await db.open()
  const v = db.verno
  db.close()
  return v
}

describe('backup before a schema upgrade', () => {
  it('copies a v5 database at v5, before CobroDb upgrades it', async () => {
    const { options, rows } = await v5Database('cobro-v5')
    const sink = recordingSink()
    const outcome = await backupBeforeUpgrade({
      name: 'cobro-v5',
      options,
      now: () => NOW,
      openSink: async (header, line) => {
        // At the moment of the write, the database is still v5.
        expect(await versionOf('cobro-v5', options)).toBe(5)
        return sink.open(header, line)
      },
    })
    expect(outcome).toEqual({ status: 'written', version: 5 })
    expect(sink.written.map((w) => w.header.reason)).toEqual(['upgrade'])
    const parsed = await parseBackup(sink.written[0]!.text)
    expect(parsed.header).toMatchObject({ schemaVersion: 5, reason: 'upgrade', createdAt: NOW.toISOString() })
    expect(parsed.header.company?.legalName).toBe('Distribuciones Sierra Norte, S.L.')
    expect(Object.keys(parsed.tables).sort()).toEqual(Object.keys(STORES_V5).sort())
    for (const t of Object.keys(STORES_V5)) expect(parsed.tables[t], t).toEqual(rows[t])

    // Then the app opens its own database, which upgrades (the check closed its connection: nothing blocks).
    const db = new CobroDb('cobro-v5', options)
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    expect(await db.customers.count()).toBe(rows['customers']!.length)
    db.close()
  })

  it('throws when the copy cannot be written, and the database stays at v5 with its data', async () => {
    const { options, rows } = await v5Database('cobro-v5-full')
    const failure = new IpcError('files.writeFailed', { path: '/u/backups', reason: 'ENOSPC' })
    await expect(
      backupBeforeUpgrade({
        name: 'cobro-v5-full',
        options,
        now: () => NOW,
        openSink: async () => {
          throw failure
        },
      }),
    ).rejects.toBe(failure)
    expect(await versionOf('cobro-v5-full', options)).toBe(5)
    const db = new Dexie('cobro-v5-full', options)
    await db.open()
    expect(await db.table('customers').toArray()).toEqual(rows['customers'])
    db.close()
  })

  it('does nothing on a first start, on a current database, or on an older empty one', async () => {
    const openSink = async () => {
      throw new Error('no backup expected')
    }
    const options = { indexedDB: new IDBFactory(), IDBKeyRange }
    expect(await backupBeforeUpgrade({ name: 'none', options, now: () => NOW, openSink })).toEqual({ status: 'none' })
    // The check does not create the database either.
    expect((await options.indexedDB.databases()).map((d) => d.name)).toEqual([])

    const current = new CobroDb('current', options)
    await current.open()
    current.close()
    expect(await backupBeforeUpgrade({ name: 'current', options, now: () => NOW, openSink })).toEqual({ status: 'current', version: LATEST_VERSION })

    const empty = new Dexie('empty-v4', options)
    for (const define of [defineV1, defineV2, defineV3, defineV4]) define(empty)
    await empty.open()
    await Promise.all(empty.tables.map((t) => t.clear())) // v3's seeds are defaults, but clear them: truly empty
    empty.close()
    expect(await backupBeforeUpgrade({ name: 'empty-v4', options, now: () => NOW, openSink })).toEqual({ status: 'empty', version: 4 })
  })
})
