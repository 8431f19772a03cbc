/**
 * Backup and restore of the whole database, as the app does them: the snapshot streamed to main's backups folder
 * (backup:begin/append/finish), read back and checked in chunks (the check before the preview), then the restore
 * itself (read again, kept, one transaction replacing every table, audit and fiscal checks). One run: each step
 * moves the whole database. The restore writes the same data back into the driver's working copy.
 */
import type { BackupFinishResult } from '../../electron/contract/backup'
import type { Ctx } from '../db/context'
import { readBackup, type ParsedBackup } from '../db/backup/parse'
import { restoreBackup } from '../db/backup/restore'
import { writeSnapshot, type OpenSink } from '../db/backup/snapshot'
import { cobro } from '../lib/bridge'
import type { OpResult } from './protocol'
import { sampleParts, timed } from './timing'

const toMain: OpenSink<BackupFinishResult> = async (_header, header) => {
  const begun = await cobro().beginBackup({ target: { kind: 'folder', reason: 'beforeRestore' }, header })
  if (begun.status !== 'started') throw new Error('backup not started')
  const { handle } = begun
  return {
    append: (text) => cobro().appendBackup({ handle, text }),
    finish: () => cobro().finishBackup({ handle }),
    abort: () => cobro().abortBackup({ handle }),
  }
}

async function fromMain(id: string, retain: boolean): Promise<ParsedBackup> {
  const { handle } = await cobro().openBackupRead({ source: { kind: 'listed', id } })
  return readBackup(() => cobro().readBackupChunk({ handle }), retain)
}

export async function roundTrip(ctx: Ctx, runs: number): Promise<OpResult> {
  return sampleParts('backup.roundTrip', runs, async () => {
    const write = await timed(() => writeSnapshot(ctx.db, 'beforeRestore', ctx.now(), toMain))
    const saved = write.value
    if (!saved?.id) throw new Error('backup not written')
    const id = saved.id
    const check = await timed(() => fromMain(id, false))
    const rows = Object.values(check.value.header.counts).reduce((a, b) => a + b, 0)
    const restore = await timed(() => restoreBackup(ctx, () => fromMain(id, true), { label: id, safetyBackup: async () => undefined }))
    if (!restore.value.chain.ok) throw new Error('audit chain broken after the restore')
    return {
      total: write.ms + check.ms + restore.ms,
      detail: {
        rows,
        'gzip MB': Math.round(saved.bytes / 1e5) / 10,
        'write ms': Math.round(write.ms),
        'check ms': Math.round(check.ms),
        'restore ms': Math.round(restore.ms),
      },
    }
  })
}
