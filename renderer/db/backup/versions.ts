/**
 * What a backup of each schema version may hold: its tables and their primary keys, from the schema's STORES_Vn,
 * and how to declare that version on a Dexie instance (to upgrade an older backup through Dexie's own migrations).
 * When schema.ts gains a version, add it to both maps (tests/unit/db/backup/versions.test.ts fails otherwise).
 */
import type Dexie from 'dexie'
import {
  defineV1,
  defineV2,
  defineV3,
  defineV4,
  defineV5,
  defineV6,
  defineV7,
  defineV8,
  defineV9,
  defineV10,
  defineV11,
  defineV12,
  LATEST_VERSION,
  STORES_V1,
  STORES_V2,
  STORES_V3,
  STORES_V4,
  STORES_V5,
  STORES_V6,
  STORES_V7,
  STORES_V8,
  STORES_V9,
  STORES_V10,
  STORES_V11,
  STORES_V12,
} from '../schema'

export const STORES_BY_VERSION: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: STORES_V1,
  2: STORES_V2,
  3: STORES_V3,
  4: STORES_V4,
  5: STORES_V5,
  6: STORES_V6,
  7: STORES_V7,
  8: STORES_V8,
  9: STORES_V9,
  10: STORES_V10,
  11: STORES_V11,
  12: STORES_V12,
}

/** defineVn per version; declaring 1..n on a Dexie instance gives exactly version n with its upgrades. */
export const DEFINE_BY_VERSION: Readonly<Record<number, (db: Dexie) => void>> = {
  1: defineV1,
  2: defineV2,
  3: defineV3,
  4: defineV4,
  5: defineV5,
  6: defineV6,
  7: defineV7,
  8: defineV8,
  9: defineV9,
  10: defineV10,
  11: defineV11,
  12: defineV12,
}

export { LATEST_VERSION }

/** The primary key path of a table from its Dexie store spec: 'id, &code' -> 'id', '++id' -> 'id'. */
export function primaryKeyOf(spec: string): string {
  return (spec.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '')
}

export interface TableKey {
  path: string
  /** '++id': keys are positive integers (the audit trail, ordered by them). */
  autoIncrement: boolean
}

/** Table -> primary key for a schema version; null when the version is unknown. */
export function tablesOf(version: number): Map<string, TableKey> | null {
  const stores = STORES_BY_VERSION[version]
  if (!stores) return null
  return new Map(Object.entries(stores).map(([table, spec]) => [table, { path: primaryKeyOf(spec), autoIncrement: spec.trim().startsWith('++') }]))
}
