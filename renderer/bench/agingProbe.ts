/**
 * What aging at a past date reads (aging.past's detail fields): each read of reports/agingPast.ts timed alone, once,
 * with its row count.
 */
import Dexie from 'dexie'
import type { Ctx } from '../db/context'
import { nothingDatedAfter } from '../db/repos/reports/aging'
import { agingWorkedBack } from '../db/repos/reports/agingPast'
import { DEFAULT_BUCKETS } from '../domain/reports/aging'
import { timed, type Detail } from './timing'

export async function agingPastParts(ctx: Ctx, asOf: string): Promise<Detail> {
  const { db } = ctx
  const open = await timed(() => db.openItems.toArray())
  const allocations = await timed(() => db.allocations.where('date').above(asOf).toArray())
  const notes = await timed(() => db.creditNotes.where('issueDate').above(asOf).toArray())
  const issuedAfter = await timed(() =>
    db.invoices.where('[lifecycle+issueDate]').between(['issued', asOf], ['issued', Dexie.maxKey], false, true).primaryKeys(),
  )
  const openIds = new Set(open.value.map((r) => r.id))
  const after = new Set(issuedAfter.value)
  const touched = new Set([...allocations.value, ...notes.value].map((x) => x.invoiceId))
  const ids = [...touched].filter((id) => !openIds.has(id) && !after.has(id))
  const closed = await timed(() => db.invoices.bulkGet(ids))
  const check = await timed(() => db.transaction('r', [db.invoices, db.allocations, db.creditNotes], () => nothingDatedAfter(ctx, asOf)))
  const tables = [db.invoices, db.openItems, db.allocations, db.creditNotes, db.customers]
  const whole = await timed(() => db.transaction('r', tables, () => agingWorkedBack(ctx, asOf, DEFAULT_BUCKETS)))
  const r = (ms: number) => Math.round(ms)
  return {
    nothingDatedAfterMs: r(check.ms),
    workedBackMs: r(whole.ms),
    openItemsMs: r(open.ms),
    openItems: open.value.length,
    laterAllocationsMs: r(allocations.ms),
    laterAllocations: allocations.value.length,
    laterNotesMs: r(notes.ms),
    laterNotes: notes.value.length,
    issuedAfterKeysMs: r(issuedAfter.ms),
    issuedAfterKeys: issuedAfter.value.length,
    closedSinceReadMs: r(closed.ms),
    closedSinceRead: ids.length,
  }
}
