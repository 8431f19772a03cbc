/**
 * The context every repository function takes first: the database, who is acting (for the audit trail) and a
 * clock (tests inject a fixed one). Components get theirs from renderer/lib/ctx.ts.
 */
import type { DexieOptions } from 'dexie'
import { CobroDb, DB_NAME } from './schema'

export interface Ctx {
  db: CobroDb
  user: string
  now: () => Date
}

/** Opens (lazily, on first query) Cobro's database; tests pass a fresh IDBFactory through `options`. */
export function openDb(name: string = DB_NAME, options?: DexieOptions): CobroDb {
  return new CobroDb(name, options)
}

/** The current time as an ISO timestamp (createdAt, updatedAt, audit, interactions). */
export function nowIso(ctx: Ctx): string {
  return ctx.now().toISOString()
}

/** A new record id. */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}
