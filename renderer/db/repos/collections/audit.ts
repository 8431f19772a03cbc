/** Audit rows for the collections records (same table and helper as every other write). */
import type { AuditAction, AuditEntry } from '../../../domain/types'
import type { Ctx } from '../../context'
import { writeAudit } from '../audit'

export type CollectionsAuditEntity = Extract<
  AuditEntry['entity'],
  'collectionProfile' | 'letterTemplate' | 'interestRate' | 'collectionSettings' | 'stepRecord' | 'dispute' | 'snooze'
>

/** Writes the audit entry of a collections change (call inside the change's transaction, which must include db.audit). */
export async function writeCollectionsAudit(
  ctx: Ctx,
  entity: CollectionsAuditEntity,
  entityId: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): Promise<void> {
  await writeAudit(ctx, entity, entityId, action, before, after)
}
