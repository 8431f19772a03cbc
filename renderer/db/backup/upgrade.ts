/**
 * A backup from an older schema version is brought to the current one by Dexie's own migrations, the same code that
 * upgrades a user's database: the rows go into a temporary database declared at the backup's version, which is
 * then opened as a CobroDb (upgrading it), read back, and deleted. The user's database is not touched.
 */
import Dexie, { type DexieOptions } from 'dexie'
import { DomainError } from '../../domain/errors'
import { CobroDb } from '../schema'
import type { Row } from './parse'
import { DEFINE_BY_VERSION } from './versions'

/** The IndexedDB implementation of `db` (tests use fake-indexeddb), without Dexie's other options. */
export function storageOptions(db: Dexie): DexieOptions {
  const { indexedDB, IDBKeyRange } = db._options
  const out: DexieOptions = {}
  if (indexedDB) out.indexedDB = indexedDB
  if (IDBKeyRange) out.IDBKeyRange = IDBKeyRange
  return out
}

function tempName(): string {
  return `cobro-restore-${globalThis.crypto.randomUUID()}`
}

/** The tables of a version-`fromVersion` backup as they are at the latest version. */
export async function upgradeTables(tables: Record<string, Row[]>, fromVersion: number, options: DexieOptions): Promise<Record<string, Row[]>> {
  const name = tempName()
  const old = new Dexie(name, options)
  let current: CobroDb | null = null
  try {
    for (let v = 1; v <= fromVersion; v++) {
      const define = DEFINE_BY_VERSION[v]
      if (!define) throw new DomainError('backup.damaged')
      define(old)
    }
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const t of old.tables) {
        const rows = tables[t.name]
        if (rows && rows.length > 0) await t.bulkAdd(rows)
      }
    })
    old.close()
    const upgraded = new CobroDb(name, options)
    current = upgraded
    await upgraded.open()
    const out: Record<string, Row[]> = {}
    await upgraded.transaction('r', upgraded.tables, async () => {
      for (const t of upgraded.tables) out[t.name] = (await t.toArray()) as Row[]
    })
    return out
  } catch (e) {
    if (e instanceof DomainError) throw e
    throw new DomainError('backup.upgradeFailed', { version: fromVersion, detail: e instanceof Error ? e.name : 'unknown' })
  } finally {
    old.close()
    current?.close()
    await new Dexie(name, options).delete().catch(() => undefined)
  }
}
