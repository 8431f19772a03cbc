/**
 * Reading the audit trail: the newest-first, key-paged listing behind the audit screen and the chain check.
 * Both walk the primary key (ids are assigned in write order); the check streams the table in chunks.
 */
import { AuditChainVerifier, type ChainResult } from '../../domain/audit/chain'
import type { AuditEntry } from '../../domain/types'
import type { Ctx } from '../context'

export interface AuditFilter {
  entity?: AuditEntry['entity']
  /** Exact user name. */
  user?: string
  /** Inclusive 'YYYY-MM-DD' bounds on the entry's day (UTC timestamp prefix). */
  from?: string
  to?: string
  /** The record's id (with `entity`, read through the [entity+entityId] index). */
  entityId?: string
}

export interface AuditPage {
  rows: AuditEntry[]
  /** Pass back as `beforeId` for the next (older) page; null when there is none. */
  nextBeforeId: number | null
}

function matches(f: AuditFilter, e: AuditEntry): boolean {
  if (f.entity && e.entity !== f.entity) return false
  if (f.user && e.user !== f.user) return false
  if (f.entityId && e.entityId !== f.entityId) return false
  const day = e.at.slice(0, 10)
  if (f.from && day < f.from) return false
  if (f.to && day > f.to) return false
  return true
}

/** One page of entries, newest first, strictly older than `beforeId`. */
export async function listAudit(ctx: Ctx, filter: AuditFilter, beforeId: number | null, limit = 50): Promise<AuditPage> {
  const { audit } = ctx.db
  const below = beforeId ?? Infinity
  let rows: AuditEntry[]
  if (filter.entity && filter.entityId) {
    const all = await audit.where('[entity+entityId]').equals([filter.entity, filter.entityId]).primaryKeys()
    const ids = all.filter((id) => id < below).sort((a, b) => b - a)
    const candidates = (await audit.bulkGet(ids)).filter((e): e is AuditEntry => e !== undefined)
    rows = candidates.filter((e) => matches(filter, e)).slice(0, limit + 1)
  } else {
    rows = await audit
      .where(':id')
      .below(below)
      .reverse()
      .filter((e) => matches(filter, e))
      .limit(limit + 1)
      .toArray()
  }
  const more = rows.length > limit
  const page = more ? rows.slice(0, limit) : rows
  return { rows: page, nextBeforeId: more ? (page[page.length - 1]?.id ?? null) : null }
}

/** Checks the whole chain, streaming the table in id order `chunk` rows at a time. */
export async function verifyAudit(ctx: Ctx, chunk = 500): Promise<ChainResult> {
  const verifier = new AuditChainVerifier()
  let lastId = 0
  for (;;) {
    const rows = await ctx.db.audit.where(':id').above(lastId).limit(chunk).toArray()
    if (rows.length === 0) break
    if (!verifier.feed(rows)) break
    lastId = rows[rows.length - 1]?.id ?? lastId
    if (rows.length < chunk) break
  }
  return verifier.result()
}

export type HeadCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'changed'; id: number; backupAt: string }

/**
 * Compares the log with the newest audit entry a backup remembers: if that entry is gone, entries were deleted
 * from the end of the log (which the chain alone cannot show); if its hash differs, it was rewritten. A restore of
 * an older backup legitimately rolls the log back, so callers pass backups taken after the last restore.
 */
export async function checkAuditHead(ctx: Ctx, head: { id: number; hash: string }, backupAt: string): Promise<HeadCheck> {
  const row = await ctx.db.audit.get(head.id)
  if (!row) return { ok: false, reason: 'missing', id: head.id, backupAt }
  if (row.hash !== head.hash) return { ok: false, reason: 'changed', id: head.id, backupAt }
  return { ok: true }
}

/** When the data was last replaced by a restore ('' if never): older backups remember a log that was rolled back. */
export async function lastRestoreAt(ctx: Ctx): Promise<string> {
  const rows = await ctx.db.audit.where('[entity+entityId]').between(['backup', ''], ['backup', '\uffff']).toArray()
  return rows.filter((e) => e.action === 'restore').reduce((max, e) => (e.at > max ? e.at : max), '')
}
