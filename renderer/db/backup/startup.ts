/**
 * The backup before a schema upgrade, run at startup before the app opens its database. The existing database is
 * opened WITHOUT a schema (Dexie's dynamic mode: it keeps its version and runs no upgrade); when it is older than
 * the app's schema and holds data, a backup of it (reason 'upgrade') is written through main before anything else.
 * If that write fails the caller must not open CobroDb (which would upgrade): it shows the error instead.
 */
import Dexie, { type DexieOptions } from 'dexie'
import { DB_NAME } from '../schema'
import { writeSnapshot, type OpenSink } from './snapshot'
import { LATEST_VERSION } from './versions'

export interface UpgradeBackupDeps {
  name?: string
  options?: DexieOptions
  now: () => Date
  /** Where the 'upgrade' backup streams to (main's backups folder). */
  openSink: OpenSink
}

export type UpgradeBackupOutcome =
  /** No database yet (first start). */
  | { status: 'none' }
  /** Already at the app's version (or newer: Dexie will refuse to open it and say so). */
  | { status: 'current'; version: number }
  /** Older, but empty: nothing to keep. */
  | { status: 'empty'; version: number }
  | { status: 'written'; version: number }

async function isEmpty(db: Dexie): Promise<boolean> {
  for (const t of db.tables) if ((await t.count()) > 0) return false
  return true
}

/** Writes the 'upgrade' backup when the stored database is older than the schema; throws when that write fails. */
export async function backupBeforeUpgrade(deps: UpgradeBackupDeps): Promise<UpgradeBackupOutcome> {
  const db = new Dexie(deps.name ?? DB_NAME, { ...deps.options, autoOpen: false })
  try {
    try {
      await db.open()
    } catch (e) {
      if (e instanceof Dexie.NoSuchDatabaseError) return { status: 'none' }
      throw e
    }
    const version = db.verno
    if (version >= LATEST_VERSION) return { status: 'current', version }
    if (await isEmpty(db)) return { status: 'empty', version }
    await writeSnapshot(db, 'upgrade', deps.now(), deps.openSink)
    return { status: 'written', version }
  } finally {
    db.close() // before the app opens its own connection (an open one would block the upgrade)
  }
}
