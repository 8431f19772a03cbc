/** Every schema version is known to the backup code (tables, primary keys, how to declare it for an upgrade). */
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { DEFINE_BY_VERSION, LATEST_VERSION, primaryKeyOf, STORES_BY_VERSION, tablesOf } from '../../../../renderer/db/backup/versions'
import { freshCtx } from '../helpers'

describe('backup versions', () => {
  it('declares every version with its tables (add new schema versions to renderer/db/backup/versions.ts)', async () => {
    expect(Object.keys(STORES_BY_VERSION).map(Number)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1))
    expect(Object.keys(DEFINE_BY_VERSION).map(Number)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1))
    const { db } = freshCtx()
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES_BY_VERSION[LATEST_VERSION]!).sort())
    for (let v = 1; v <= LATEST_VERSION; v++) {
      const probe = new Dexie(`versions-${v}`, { indexedDB: new IDBFactory(), IDBKeyRange })
      for (let w = 1; w <= v; w++) DEFINE_BY_VERSION[w]!(probe)
      await probe.open()
      expect(probe.verno).toBe(v)
      expect(probe.tables.map((t) => t.name).sort(), `v${v}`).toEqual(Object.keys(STORES_BY_VERSION[v]!).sort())
      probe.close()
    }
  })

  it('reads primary keys from store specs', () => {
    expect(primaryKeyOf('id, &code, *searchWords')).toBe('id')
    expect(primaryKeyOf('++id, at')).toBe('id')
    expect(primaryKeyOf('key, customerId')).toBe('key')
    expect(tablesOf(5)?.get('audit')).toEqual({ path: 'id', autoIncrement: true })
    expect(tablesOf(LATEST_VERSION + 1)).toBeNull()
  })
})
