/** "Not today": a customer's queue items hidden until a date, with the reason (kept for the record). */
import { todayIso } from '../../../domain/dates'
import { DomainError } from '../../../domain/errors'
import type { Snooze } from '../../../domain/collections/types'
import type { IsoDate } from '../../../domain/types'
import { newId, nowIso, type Ctx } from '../../context'
import { parseInput } from '../../validate'
import { requireCustomer } from '../customers'
import { writeCollectionsAudit } from './audit'
import { snoozeInputSchema } from './inputs'
import { requireRight } from '../../rights'

/**
 * Hides the customer's queue items until `until` (a date after today), for a stated reason. `today` defaults to the
 * context clock's local date.
 */
export async function snooze(ctx: Ctx, customerId: string, until: IsoDate, reason: string, today?: IsoDate): Promise<Snooze> {
  requireRight(ctx, 'interactions.write')
  const v = parseInput(snoozeInputSchema, { customerId, until, reason, today: today ?? todayIso(ctx.now()) })
  if (v.until <= v.today) throw new DomainError('data.collections.snoozeNotFuture', { date: v.until })
  const { db } = ctx
  return db.transaction('rw', [db.snoozes, db.customers, db.audit], async () => {
    await requireCustomer(ctx, v.customerId)
    const row: Snooze = { id: newId(), customerId: v.customerId, until: v.until, reason: v.reason, createdAt: nowIso(ctx) }
    await db.snoozes.add(row)
    await writeCollectionsAudit(ctx, 'snooze', row.id, 'create', null, row)
    return row
  })
}

/** Ends a snooze early (the customer's items show again). */
export async function cancelSnooze(ctx: Ctx, snoozeId: string): Promise<void> {
  requireRight(ctx, 'interactions.write')
  const { db } = ctx
  await db.transaction('rw', [db.snoozes, db.audit], async () => {
    const before = await db.snoozes.get(snoozeId)
    if (!before) throw new DomainError('data.collections.snoozeNotFound')
    await db.snoozes.delete(snoozeId)
    await writeCollectionsAudit(ctx, 'snooze', snoozeId, 'delete', before, null)
  })
}

/** The customer's snoozes, latest end first. */
export async function snoozesOf(ctx: Ctx, customerId: string): Promise<Snooze[]> {
  const rows = await ctx.db.snoozes.where('customerId').equals(customerId).toArray()
  return rows.sort((a, b) => b.until.localeCompare(a.until) || b.createdAt.localeCompare(a.createdAt))
}

/** The snooze in force on `today` (the one lasting longest), if any. */
export async function activeSnoozeOf(ctx: Ctx, customerId: string, today: IsoDate): Promise<Snooze | undefined> {
  return (await snoozesOf(ctx, customerId)).find((s) => s.until >= today)
}
