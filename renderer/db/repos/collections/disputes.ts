/**
 * Disputed invoices: a dispute pauses the invoice's collection steps until it is resolved. Opening and resolving
 * each leave a note on the customer's timeline, in the same transaction.
 */
import { DomainError } from '../../../domain/errors'
import type { Dispute } from '../../../domain/collections/types'
import type { Interaction, IsoDate } from '../../../domain/types'
import { newId, nowIso, type Ctx } from '../../context'
import { isoDate, optionalText } from '../../inputs'
import { parseInput } from '../../validate'
import { writeAudit } from '../audit'
import { addInteraction, interactionWriteTables } from '../lastContacts'
import { writeCollectionsAudit } from './audit'
import { disputeInputSchema, type DisputeInput } from './inputs'
import { z } from 'zod'
import { requireRight } from '../../rights'

export type { DisputeInput } from './inputs'

const resolveSchema = z.object({ today: isoDate, note: optionalText(4000) })

/** A timeline note about a dispute (call inside a transaction that includes interactions and audit). */
export async function addDisputeNote(
  ctx: Ctx,
  customerId: string,
  invoiceIds: string[],
  text: string,
  outcome: Interaction['outcome'],
): Promise<Interaction> {
  requireRight(ctx, 'interactions.write')
  const note: Interaction = {
    id: newId(),
    customerId,
    type: 'note',
    at: nowIso(ctx),
    outcome,
    text,
    invoiceIds,
    promiseDate: '',
    promiseAmount: null,
    user: ctx.user,
  }
  await addInteraction(ctx.db, note)
  await writeAudit(ctx, 'interaction', note.id, 'create', null, note)
  return note
}

/**
 * Opens the disputes of the given invoices inside the caller's transaction (disputes, invoices, audit): each must
 * be an issued invoice of the customer without an open dispute.
 */
export async function openDisputesIn(
  ctx: Ctx,
  customerId: string,
  invoiceIds: string[],
  reason: Dispute['reason'],
  text: string,
  today: IsoDate,
): Promise<Dispute[]> {
  const { db } = ctx
  const opened: Dispute[] = []
  for (const invoiceId of new Set(invoiceIds)) {
    const inv = await db.invoices.get(invoiceId)
    if (!inv) throw new DomainError('data.invoice.notFound')
    if (inv.customerId !== customerId) throw new DomainError('data.interaction.foreignInvoice', { invoice: inv.fullNumber })
    if (inv.lifecycle !== 'issued') throw new DomainError('data.collections.invoiceNotIssued')
    const open = await db.disputes.where('invoiceId').equals(invoiceId).filter((d) => d.resolvedOn === '').first()
    if (open) throw new DomainError('data.collections.alreadyDisputed', { invoice: inv.fullNumber })
    const row: Dispute = { id: newId(), invoiceId, customerId, reason, text, openedOn: today, resolvedOn: '' }
    await db.disputes.add(row)
    await writeCollectionsAudit(ctx, 'dispute', row.id, 'create', null, row)
    opened.push(row)
  }
  return opened
}

/** Flags an invoice as disputed (reason and text), pausing its collection steps; writes a timeline note. */
export async function openDispute(ctx: Ctx, input: DisputeInput): Promise<Dispute> {
  requireRight(ctx, 'interactions.write')
  const v = parseInput(disputeInputSchema, input)
  const { db } = ctx
  return db.transaction('rw', [db.disputes, db.invoices, ...interactionWriteTables(db), db.audit], async () => {
    const inv = await db.invoices.get(v.invoiceId)
    if (!inv) throw new DomainError('data.invoice.notFound')
    const [row] = await openDisputesIn(ctx, inv.customerId, [inv.id], v.reason, v.text, v.today)
    await addDisputeNote(ctx, inv.customerId, [inv.id], v.note || v.text, 'dispute')
    return row!
  })
}

/** Closes a dispute on `today` (steps resume); writes a timeline note. */
export async function resolveDispute(ctx: Ctx, disputeId: string, input: { today: IsoDate; note?: string }): Promise<Dispute> {
  requireRight(ctx, 'interactions.write')
  const v = parseInput(resolveSchema, input)
  const { db } = ctx
  return db.transaction('rw', [db.disputes, ...interactionWriteTables(db), db.audit], async () => {
    const before = await db.disputes.get(disputeId)
    if (!before) throw new DomainError('data.collections.disputeNotFound')
    if (before.resolvedOn !== '') throw new DomainError('data.collections.disputeResolved', { date: before.resolvedOn })
    if (v.today < before.openedOn) throw new DomainError('data.collections.resolvedBeforeOpened', { date: before.openedOn })
    const after: Dispute = { ...before, resolvedOn: v.today }
    await db.disputes.put(after)
    await writeCollectionsAudit(ctx, 'dispute', disputeId, 'update', before, after)
    await addDisputeNote(ctx, before.customerId, [before.invoiceId], v.note || before.text, '')
    return after
  })
}

/** The customer's open disputes, oldest first. */
export async function openDisputesOf(ctx: Ctx, customerId: string): Promise<Dispute[]> {
  const rows = await ctx.db.disputes.where('customerId').equals(customerId).toArray()
  return rows.filter((d) => d.resolvedOn === '').sort((a, b) => a.openedOn.localeCompare(b.openedOn))
}

/** The invoice's open dispute, if any (the invoice page's flag). */
export async function openDisputeOfInvoice(ctx: Ctx, invoiceId: string): Promise<Dispute | undefined> {
  return ctx.db.disputes.where('invoiceId').equals(invoiceId).filter((d) => d.resolvedOn === '').first()
}

/** Every dispute of the invoice, open and resolved, newest first. */
export async function disputesOfInvoice(ctx: Ctx, invoiceId: string): Promise<Dispute[]> {
  const rows = await ctx.db.disputes.where('invoiceId').equals(invoiceId).toArray()
  return rows.sort((a, b) => b.openedOn.localeCompare(a.openedOn))
}
