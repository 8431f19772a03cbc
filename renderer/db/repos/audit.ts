/**
 * The audit trail: one row per change, written inside the same transaction as the change itself
 * (call writeAudit from within `db.transaction('rw', ..., db.audit, ...)`). Each row is sealed into a hash chain
 * (renderer/domain/audit/chain.ts): its hash covers its content and the previous row's hash, read in the same
 * transaction, so IndexedDB serializes writers and the chain has no forks.
 */
import Dexie from 'dexie'
import { sealAuditEntry } from '../../domain/audit/chain'
import type { AuditAction, AuditEntry } from '../../domain/types'
import { nowIso, type Ctx } from '../context'
import { validGrant, type OverrideGrant } from '../rights'

/**
 * Per transaction, the hash of the last row it sealed. It is set synchronously when a row is sealed, so writes
 * issued in parallel within one transaction still chain one after another (and in id order, since IndexedDB runs
 * a transaction's requests in the order they were made).
 */
const tails = new WeakMap<object, string>()

/** Owner overrides already written to the trail (each is logged once, with the first change it allowed). */
const loggedGrants = new WeakSet<OverrideGrant>()

/**
 * Appends one change to the trail. When the context carries an owner override, the override (who allowed what,
 * why) is written first, in the same transaction, so the trail shows it next to the change it allowed.
 */
export async function writeAudit(
  ctx: Ctx,
  entity: AuditEntry['entity'],
  entityId: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): Promise<void> {
  const grant = validGrant(ctx)
  if (grant && !loggedGrants.has(grant)) {
    loggedGrants.add(grant)
    const { right, grantedBy, reason } = grant
    await appendRow(ctx, { at: nowIso(ctx), user: ctx.user, entity: 'override', entityId: grant.id, action: 'override', before: null, after: { right, grantedBy, reason } })
  }
  await appendRow(ctx, { at: nowIso(ctx), user: ctx.user, entity, entityId, action, before: before ?? null, after: after ?? null })
}

async function appendRow(ctx: Ctx, content: Parameters<typeof sealAuditEntry>[0]): Promise<void> {
  const tx = Dexie.currentTransaction
  let prevHash = tx ? tails.get(tx) : undefined
  if (prevHash === undefined) {
    const last = await ctx.db.audit.orderBy(':id').last()
    prevHash = (tx ? tails.get(tx) : undefined) ?? last?.hash ?? ''
  }
  const row = sealAuditEntry(content, prevHash) // synchronous: the transaction stays active
  if (tx) tails.set(tx, row.hash ?? '')
  await ctx.db.audit.add(row)
}

/** The changes of one record, oldest first. */
export async function auditOf(ctx: Ctx, entity: AuditEntry['entity'], entityId: string): Promise<AuditEntry[]> {
  return ctx.db.audit.where('[entity+entityId]').equals([entity, entityId]).sortBy('id')
}
