/** Live reads of what Today's rendered rows show (a page of a section at a time) and of the outcome dialog. */
import { useLiveQuery } from 'dexie-react-hooks'
import { invoiceIdsOf, openInvoicesForToday, todayRowsOf, type RowNeeds, type TodayInvoice, type TodayRows } from '../../../db/repos/collections/todayRows'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { IsoDate } from '../../../domain/types'
import { ctx } from '../../../lib/ctx'

/**
 * What identifies a page's read: its customers, the invoices its rows name, who is snoozed or disputed, the date.
 * The queue's items are new objects each time it recomputes; the page is read again only when one of these changes
 * (or a row it read changes: a live query).
 */
function pageKey(items: readonly WorkQueueItem[], date: IsoDate, needs: RowNeeds): string {
  return [date, needs, ...items.map((i) => `${i.customerId}:${i.snoozedUntil}:${i.disputedInvoiceIds.length}:${invoiceIdsOf(i, needs).join(',')}`)].join('|')
}

/**
 * The data of one page of a section's rows, live; undefined until the first read answers. When the page's items
 * change, the previous data stays until the new read answers.
 */
export function usePageRows(items: readonly WorkQueueItem[], date: IsoDate, needs: RowNeeds): TodayRows | undefined {
  return useLiveQuery(() => todayRowsOf(ctx, items, date, needs), [pageKey(items, date, needs)])
}

/** The customer's open invoices, read when the outcome dialog opens (a dispute names which ones). */
export function useOpenInvoicesForToday(customerId: string): TodayInvoice[] | undefined {
  return useLiveQuery(() => openInvoicesForToday(ctx, customerId), [customerId])
}
