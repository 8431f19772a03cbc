/** Shared setup for the collections storage tests: invoices issued on given dates, queue lookups. */
import type { Ctx } from '../../../../renderer/db/context'
import { issueInvoice, saveDraft } from '../../../../renderer/db/repos/invoices'
import { listProfiles } from '../../../../renderer/db/repos/collections/profiles'
import { getCollectionSettings } from '../../../../renderer/db/repos/collections/settings'
import { profilesById } from '../../../../renderer/domain/collections/profiles'
import type { QueueInput, WorkQueueItem } from '../../../../renderer/domain/collections/queue'
import type { Invoice } from '../../../../renderer/domain/types'
import { line } from '../helpers'

/** Issues an invoice of `cents` (one 0 % line) dated `issueDate`; the customer's net 30 terms give the due date. */
export async function issued(ctx: Ctx, customerId: string, issueDate: string, cents: number): Promise<Invoice> {
  const d = await saveDraft(ctx, { customerId, issueDate, lines: [line({ quantity: 1, unitPrice: cents, vatRate: 0 })] })
  return issueInvoice(ctx, d.id)
}

export function itemOf(queue: WorkQueueItem[], customerId: string): WorkQueueItem | undefined {
  return queue.find((q) => q.customerId === customerId)
}

/** A letter's proposals as recordLetterSent takes them. */
export function letterProposals(item: WorkQueueItem) {
  return item.letterSteps.map((s) => ({ stepId: s.stepId, kind: s.step.kind, channel: s.step.channel, profileId: s.profileId, invoiceIds: s.invoiceIds }))
}

/** The queue computed from full table scans: every row of every table the queue reads. */
export async function bruteForceInput(ctx: Ctx): Promise<QueueInput> {
  const { db } = ctx
  return {
    customers: await db.customers.toArray(),
    openInvoices: await db.invoices.toArray(),
    stepRecords: await db.stepRecords.toArray(),
    disputes: await db.disputes.toArray(),
    snoozes: await db.snoozes.toArray(),
    interactions: await db.interactions.toArray(),
    payments: await db.payments.toArray(),
    profiles: profilesById(await listProfiles(ctx)),
    settings: await getCollectionSettings(ctx),
  }
}
