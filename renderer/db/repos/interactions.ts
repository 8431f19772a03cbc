/** The collection timeline: calls, letters, e-mails, visits, notes and payment promises. */
import Dexie from 'dexie'
import { DomainError } from '../../domain/errors'
import type { Interaction, IsoDate } from '../../domain/types'
import { newId, nowIso, type Ctx } from '../context'
import { interactionInputSchema, type InteractionInput } from '../inputs'
import { parseInput } from '../validate'
import { writeAudit } from './audit'
import { addInteraction, interactionWriteTables } from './lastContacts'
import { requireCustomer } from './customers'
import { requireRight } from '../rights'

export type { InteractionInput } from '../inputs'

/**
 * Logs an interaction at the current time. A promise (type 'promise' or outcome 'promise') needs a date on or
 * after `today` and an amount > 0; a note needs text; linked invoices must be the customer's.
 */
export async function logInteraction(ctx: Ctx, input: InteractionInput): Promise<Interaction> {
  requireRight(ctx, 'interactions.write')
  const v = parseInput(interactionInputSchema, input)
  const isPromise = v.type === 'promise' || v.outcome === 'promise'
  if (isPromise) {
    if (v.promiseDate === '') throw new DomainError('data.field.required', { field: 'promiseDate', path: 'promiseDate' })
    if (v.promiseDate < v.today) throw new DomainError('data.interaction.promiseDateInPast', { date: v.promiseDate })
    if (v.promiseAmount === null) throw new DomainError('data.field.required', { field: 'promiseAmount', path: 'promiseAmount' })
  }
  if (v.type === 'note' && v.text === '') throw new DomainError('data.field.required', { field: 'text', path: 'text' })
  const { db } = ctx
  return db.transaction('rw', [...interactionWriteTables(db), db.invoices, db.customers, db.audit], async () => {
    const customer = await requireCustomer(ctx, v.customerId)
    for (const invoiceId of v.invoiceIds) {
      const inv = await db.invoices.get(invoiceId)
      if (!inv) throw new DomainError('data.invoice.notFound')
      if (inv.customerId !== customer.id) throw new DomainError('data.interaction.foreignInvoice', { invoice: inv.fullNumber })
    }
    const row: Interaction = {
      id: newId(),
      customerId: customer.id,
      type: v.type,
      at: nowIso(ctx),
      outcome: v.outcome,
      text: v.text,
      invoiceIds: [...new Set(v.invoiceIds)],
      promiseDate: isPromise ? v.promiseDate : '',
      promiseAmount: isPromise ? v.promiseAmount : null,
      user: ctx.user,
    }
    await addInteraction(db, row)
    await writeAudit(ctx, 'interaction', row.id, 'create', null, row)
    return row
  })
}

/** The customer's timeline, newest first. */
export async function timelineOf(ctx: Ctx, customerId: string, limit = 200): Promise<Interaction[]> {
  return ctx.db.interactions
    .where('[customerId+at]')
    .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey], true, true)
    .reverse()
    .limit(limit)
    .toArray()
}

/** Promises whose date falls in [from, to] (all customers), oldest first: the "promises due" list. */
export async function promisesDue(ctx: Ctx, from: IsoDate, to: IsoDate): Promise<Interaction[]> {
  return ctx.db.interactions.where('promiseDate').between(from, to, true, true).toArray()
}
