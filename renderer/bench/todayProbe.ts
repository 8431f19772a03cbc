/**
 * Where the Today screen's first-render reads go (queue.today details): the first page of each section shown open,
 * read as the screen reads it (todayRowsOf with the section's needs, one read per section; the first time, then
 * again), and its parts alone: the customer rows and the open invoices the rows name.
 */
import type { Ctx } from '../db/context'
import { loadWorkQueue } from '../db/repos/collections/queue'
import { invoiceIdsOf, todayRowsOf } from '../db/repos/collections/todayRows'
import { SECTION_NEEDS, sectionsOf, TODAY_PAGE, type SectionId } from '../features/collections/today/sections'
import { timed, type Detail } from './timing'

export async function todayScreenReads(ctx: Ctx, today: string): Promise<Detail> {
  const { db } = ctx
  const items = await loadWorkQueue(ctx, today)
  const { paused, ...open } = sectionsOf(items)
  const pages = (Object.entries(open) as Array<[SectionId, typeof items]>)
    .filter(([, s]) => s.length > 0)
    .map(([id, s]) => ({ needs: SECTION_NEEDS[id], items: s.slice(0, TODAY_PAGE) }))
  const screen = () => Promise.all(pages.map((p) => todayRowsOf(ctx, p.items, today, p.needs)))
  const cold = await timed(screen)
  const warm = await timed(screen)
  const customerIds = [...new Set(pages.flatMap((p) => p.items.map((i) => i.customerId)))]
  const invoiceIds = [...new Set(pages.flatMap((p) => p.items.flatMap((i) => invoiceIdsOf(i, p.needs))))]
  const customers = await timed(() => db.customers.bulkGet(customerIds))
  const invoices = await timed(() => db.openItems.bulkGet(invoiceIds))
  return {
    todayScreenExtraReadsMs: Math.round(cold.ms),
    todayScreenExtraReadsAgainMs: Math.round(warm.ms),
    todayScreenRows: `${pages.reduce((n, p) => n + p.items.length, 0)} rows in ${pages.length} sections (${paused.length} paused, collapsed)`,
    todayScreenRowsRead: cold.value.reduce((n, x) => n + x.customers.size + x.invoices.size, 0),
    todayScreenCustomersAloneMs: Math.round(customers.ms),
    todayScreenInvoicesAloneMs: Math.round(invoices.ms),
    todayScreenInvoicesNamed: invoiceIds.length,
  }
}
