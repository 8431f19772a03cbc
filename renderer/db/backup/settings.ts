/**
 * The number of backup generations is kept by main (a file beside the backups), but who may change it is decided
 * here, where the person's role is known: the owner only ('settings.write'), checked before main is asked, and the
 * change is written to the audit log.
 */
import type { BackupSettingsResult } from '../../../electron/contract/backup'
import type { Ctx } from '../context'
import { writeAudit } from '../repos/audit'
import { requireRight } from '../rights'

export async function changeBackupKeep(
  ctx: Ctx,
  keep: number,
  before: number | null,
  apply: (keep: number) => Promise<BackupSettingsResult>,
): Promise<BackupSettingsResult> {
  requireRight(ctx, 'settings.write')
  const result = await apply(keep)
  await ctx.db.transaction('rw', ctx.db.audit, () => writeAudit(ctx, 'backup', 'settings', 'update', { keep: before }, { keep: result.keep }))
  return result
}
