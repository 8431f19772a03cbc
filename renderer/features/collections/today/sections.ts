/** Today's sections from the work queue, and how many rows of each are shown at first (pure: the bench uses it). */
import type { RowNeeds } from '../../../db/repos/collections/todayRows'
import type { WorkQueueItem } from '../../../domain/collections/queue'

/**
 * Rows a section shows at first and adds with each "Show more" (about two screens of rows): at 200,000 invoices the
 * queue has ~1,550 items (1,077 letters); reading and rendering the rows of all of them took seconds.
 */
export const TODAY_PAGE = 20

export type SectionId = 'broken' | 'dueToday' | 'letters' | 'calls' | 'noContact' | 'overLimit' | 'paused'

/** The queue split into Today's sections (a snoozed customer shows only among the paused ones). */
export function sectionsOf(items: readonly WorkQueueItem[]): Record<SectionId, WorkQueueItem[]> {
  const live = items.filter((i) => !i.snoozedUntil)
  return {
    broken: live.filter((i) => i.brokenPromises.length > 0),
    dueToday: live.filter((i) => i.promisesDueToday.length > 0),
    letters: live.filter((i) => i.letters.length > 0),
    calls: live.filter((i) => i.calls.length > 0),
    noContact: live.filter((i) => i.noContact.length > 0),
    overLimit: live.filter((i) => i.overCreditLimit),
    paused: items.filter((i) => i.snoozedUntil || i.pausedUntil || i.disputedInvoiceIds.length > 0 || i.demandsSent.length > 0),
  }
}

/** What each section's rows show besides the item (todayRowsOf reads only that). */
export const SECTION_NEEDS: Record<SectionId, RowNeeds> = {
  broken: 'none',
  dueToday: 'none',
  letters: 'letter',
  calls: 'call',
  noContact: 'noContact',
  overLimit: 'none',
  paused: 'paused',
}
