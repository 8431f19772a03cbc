import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { CobroDb, defineV1, defineV2, defineV3, defineV4, LATEST_VERSION, STORES_V4, STORES_V5 } from '../../../../renderer/db/schema'
import { issued } from '../collections/fixtures'
import { esSetup } from '../helpers'

describe('schema v5 (bank)', () => {
  it('upgrades a v4 database with data: every row kept, the bank tables empty and usable', async () => {
    const { ctx: source, customer } = await esSetup()
    await issued(source, customer.id, '2026-09-01', 121_000)
    const tables = Object.keys(STORES_V4)
    const rows: Record<string, unknown[]> = {}
    for (const name of tables) rows[name] = await source.db.table(name).toArray()

    const indexedDB = new IDBFactory()
    const v4 = new Dexie('upgrade-v5', { indexedDB, IDBKeyRange })
    defineV1(v4)
    defineV2(v4)
    defineV3(v4)
    defineV4(v4)
    for (const name of tables) await v4.table(name).bulkPut(rows[name]!)
    expect(v4.verno).toBe(4)
    v4.close()

    const db = new CobroDb('upgrade-v5', { indexedDB, IDBKeyRange })
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    for (const name of tables) expect(await db.table(name).toArray(), name).toEqual(rows[name])
    expect(await db.bankLines.count()).toBe(0)
    await db.payerAccounts.add({ key: 'iban:ES7921000813610123456789', customerId: customer.id, learnedAt: '2026-11-23T00:00:00Z', source: 'manual' })
    expect(await db.payerAccounts.where('customerId').equals(customer.id).count()).toBe(1)
    db.close()
  })

  it('keeps every v4 table and primary key and adds only the bank tables', () => {
    expect(Object.keys(STORES_V5).filter((t) => !(t in STORES_V4))).toEqual(['bankImports', 'bankLines', 'payerAccounts', 'bankMappings'])
    for (const [table, spec] of Object.entries(STORES_V4)) expect(STORES_V5[table as keyof typeof STORES_V5]).toBe(spec)
  })
})
