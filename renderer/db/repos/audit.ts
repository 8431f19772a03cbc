/**
 * The audit trail: one row per change, written inside the same transaction as the change itself
 * (call writeAudit from within `db.transaction('rw', ..., db.audit, ...)`).
 */
import type { AuditAction, AuditEntry } from '../../domain/types'
import { nowIso, type Ctx } from '../context'

export async function writeAudit(
  ctx: Ctx,
  entity: AuditEntry['entity'],
  entityId: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): Promise<void> {
  await ctx.db.audit.add({ at: nowIso(ctx), user: ctx.user, entity, entityId, action, before: before ?? null, after: after ?? null })
}

/** The changes of one record, oldest first. */
export async function auditOf(ctx: Ctx, entity: AuditEntry['entity'], entityId: string): Promise<AuditEntry[]> {
  return ctx.db.audit.where('[entity+entityId]').equals([entity, entityId]).sortBy('id')
}
