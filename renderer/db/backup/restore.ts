/**
 * Replacing the whole database with a backup, all or nothing:
 *  1. the right ('backup.restore', owner only) before anything;
 *  2. a safety backup of the current data (reason 'beforeRestore'), through main; if it fails, stop: nothing changed;
 *  3. the backup is read (and checked again) only now, so that a large database and a large backup are never in
 *     memory together;
 *  4. an older backup is brought to the current schema in a temporary database (upgrade.ts);
 *  5. ONE read-write transaction over every table: clear, add the backup's rows, and the audit entry of the restore
 *     (it chains onto the last restored audit row, whose hashes are kept as they were). A refusal by the database
 *     (a duplicate unique value...) rolls everything back: backup.rejected { table, detail }.
 * Afterwards the audit chain is verified; the caller shows the result and reloads the app.
 */
import Dexie from 'dexie'
import type { ChainResult } from '../../domain/audit/chain'
import { DomainError } from '../../domain/errors'
import type { Ctx } from '../context'
import { writeAudit } from '../repos/audit'
import { verifyAudit } from '../repos/auditLog'
import { runFiscalCheck, type CheckpointStore } from '../repos/fiscal/verify'
import { requireRight } from '../rights'
import type { ParsedBackup, Row } from './parse'
import { storageOptions, upgradeTables } from './upgrade'
import { LATEST_VERSION } from './versions'

export interface RestoreOptions {
  /** Names the backup in the audit trail (its file name). */
  label: string
  /** Writes a backup of the current data (reason 'beforeRestore'); when it throws, the restore stops there. */
  safetyBackup: () => Promise<unknown>
  /** Spain: where this PC keeps its last good check of the invoice records (moved to the restored chains). */
  fiscalCheckpoints?: CheckpointStore
  /** Told which step is running, for the progress message. */
  onStep?: (step: 'safetyBackup' | 'reading' | 'upgrading' | 'replacing' | 'verifying') => void
}

export interface RestoreResult {
  counts: Record<string, number>
  chain: ChainResult
}

/** Which table a failed bulkAdd was writing (for the message). */
function failure(e: unknown, table: string): DomainError {
  if (e instanceof DomainError) return e
  const name = e instanceof Dexie.BulkError ? (Object.values(e.failuresByPos)[0]?.name ?? e.name) : e instanceof Error ? e.name : 'unknown'
  return new DomainError('backup.rejected', { table, detail: name })
}

/** `load` reads the backup (its rows kept); it runs after the safety backup. */
export async function restoreBackup(ctx: Ctx, load: () => Promise<ParsedBackup>, opts: RestoreOptions): Promise<RestoreResult> {
  requireRight(ctx, 'backup.restore')
  opts.onStep?.('safetyBackup')
  await opts.safetyBackup()

  opts.onStep?.('reading')
  const parsed = await load()
  const { header } = parsed
  let tables = parsed.tables
  if (header.schemaVersion < LATEST_VERSION) {
    opts.onStep?.('upgrading')
    tables = await upgradeTables(tables, header.schemaVersion, storageOptions(ctx.db))
  }
  const targets = ctx.db.tables
  const names = new Set(targets.map((t) => t.name))
  for (const table of Object.keys(tables)) {
    if (!names.has(table)) throw new DomainError('backup.unknownTable', { table })
  }

  opts.onStep?.('replacing')
  let current = ''
  try {
    await ctx.db.transaction('rw', targets, async () => {
      for (const t of targets) await t.clear()
      for (const t of targets) {
        const rows: Row[] = tables[t.name] ?? []
        current = t.name
        if (rows.length > 0) await t.bulkAdd(rows)
      }
      current = 'audit'
      const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]))
      await writeAudit(ctx, 'backup', opts.label, 'restore', null, { createdAt: header.createdAt, reason: header.reason, counts })
    })
  } catch (e) {
    throw failure(e, current)
  }

  opts.onStep?.('verifying')
  const counts = Object.fromEntries(await Promise.all(targets.map(async (t) => [t.name, await t.count()] as const)))
  // Spain: the invoice records' event log says a backup was restored, and the restored chains are verified
  // (an anomaly event is logged if they are broken).
  await runFiscalCheck(ctx, 'backupRestored', opts.fiscalCheckpoints)
  return { counts, chain: await verifyAudit(ctx) }
}
