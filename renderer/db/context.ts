/**
 * The context every repository function takes first: the database, who is acting (for the audit trail and the
 * rights check) and a clock (tests inject a fixed one). Components get theirs from renderer/lib/ctx.ts.
 */
import type { DexieOptions } from 'dexie'
import type { Role } from '../domain/users/rights'
import type { OverrideGrant } from './rights'
import { CobroDb, DB_NAME } from './schema'

export interface Ctx {
  db: CobroDb
  /** The signed-in user's name (written into the audit trail). */
  user: string
  /** What that user may do (renderer/domain/users/rights.ts); repositories check it before writing. */
  role: Role
  now: () => Date
  /** An owner override for one action (renderer/db/rights.ts), set on a derived context. */
  override?: OverrideGrant
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
