/**
 * Balance confirmations (table `balanceConfirmations`): preparing the letters (one customer, or every customer with
 * a balance as of a date), recording them as sent and recording the customer's reply. One record per customer and
 * as-of date: printing it again before any reply is a resend (same record, new letter date and document); once the
 * customer has replied it is not sent again. Every write puts the record, a timeline interaction (type
 * 'confirmation', text in the user's language with the figures) and the audit rows in ONE transaction; a refused
 * write changes nothing.
 */
import Dexie from 'dexie'
import { compareDates, isValidIsoDate, todayIso } from '../../../domain/dates'
import { DomainError } from '../../../domain/errors'
import {
  buildBalanceConfirmation,
  confirmationAddsUp,
  replyDifference,
  type BalanceConfirmationModel,
  type BalanceConfirmationRecord,
  type ConfirmationReply,
} from '../../../domain/reports/confirmation'
import type { Cents, Interaction, IsoDate, Language } from '../../../domain/types'
import { newId, nowIso, type Ctx } from '../../context'
import { writeAudit } from '../audit'
import { addInteraction, interactionWriteTables } from '../lastContacts'
import { confirmationTimelineText } from './confirmationTexts'
import { positionOf, positionsAsOf, type CustomerPosition } from './confirmationPositions'
import { requireRight } from '../../rights'

export type { CustomerPosition } from './confirmationPositions'

export const MAX_NOTE = 2000
export const MAX_DOCUMENT_NAME = 300

async function currencyOf(ctx: Ctx) {
  return (await ctx.db.company.get('company'))?.currency ?? 'EUR'
}

function checkAsOf(asOf: IsoDate, date: IsoDate): void {
  if (!isValidIsoDate(asOf)) throw new DomainError('confirmations.asOfInvalid', { date: String(asOf) })
  if (!isValidIsoDate(date)) throw new DomainError('confirmations.dateInvalid', { date: String(date) })
  if (compareDates(asOf, date) > 0) throw new DomainError('confirmations.dateBeforeAsOf', { date, asOf })
}

function modelOf(p: CustomerPosition, currency: 'EUR' | 'RON', asOf: IsoDate, date: IsoDate, replyDays?: number): BalanceConfirmationModel {
  return buildBalanceConfirmation({
    company: { currency },
    customer: p.customer,
    asOf,
    date,
    invoices: p.invoices,
    unappliedCredit: p.unappliedCredit,
    ...(replyDays === undefined ? {} : { replyDays }),
  })
}

/** The confirmation letter of one customer as of `asOf`, dated `date` (in the customer's language). */
export async function prepareConfirmation(
  ctx: Ctx,
  opts: { customerId: string; asOf: IsoDate; date: IsoDate; replyDays?: number },
): Promise<BalanceConfirmationModel> {
  checkAsOf(opts.asOf, opts.date)
  const [position, currency] = await Promise.all([positionOf(ctx, opts.customerId, opts.asOf), currencyOf(ctx)])
  return modelOf(position, currency, opts.asOf, opts.date, opts.replyDays)
}

export interface ConfirmationBatch {
  asOf: IsoDate
  models: BalanceConfirmationModel[]
  method: 'maintained' | 'reconstructed'
}

/**
 * The letters of every non-archived customer whose balance as of `asOf` is not zero and, with `minimum` (cents),
 * at least that much either way; by customer name.
 */
export async function prepareConfirmations(
  ctx: Ctx,
  opts: { asOf: IsoDate; date: IsoDate; minimum?: Cents; replyDays?: number },
): Promise<ConfirmationBatch> {
  checkAsOf(opts.asOf, opts.date)
  const minimum = opts.minimum ?? 0
  if (!Number.isSafeInteger(minimum) || minimum < 0) throw new DomainError('confirmations.minimumInvalid')
  const [{ positions, method }, currency] = await Promise.all([positionsAsOf(ctx, opts.asOf, minimum), currencyOf(ctx)])
  return { asOf: opts.asOf, models: positions.map((p) => modelOf(p, currency, opts.asOf, opts.date, opts.replyDays)), method }
}

/** The confirmations sent for one as-of date (every customer). */
export async function confirmationsAsOf(ctx: Ctx, asOf: IsoDate): Promise<BalanceConfirmationRecord[]> {
  return ctx.db.balanceConfirmations.where('asOf').equals(asOf).toArray()
}

/** A sent confirmation with whom it went to (the screens' lists). */
export interface ConfirmationRow extends BalanceConfirmationRecord {
  customerCode: string
  customerName: string
}

/** The confirmations sent for one as-of date with their customers' code and name, by name. */
export async function confirmationRowsAsOf(ctx: Ctx, asOf: IsoDate): Promise<ConfirmationRow[]> {
  const records = await confirmationsAsOf(ctx, asOf)
  const customers = await ctx.db.customers.bulkGet(records.map((r) => r.customerId))
  return records
    .map((r, i) => ({ ...r, customerCode: customers[i]?.code ?? '', customerName: customers[i]?.legalName ?? '' }))
    .sort((a, b) => a.customerName.localeCompare(b.customerName, 'es') || a.customerId.localeCompare(b.customerId))
}

/** A customer's confirmations, latest as-of date first. */
export async function confirmationsOf(ctx: Ctx, customerId: string, limit = 12): Promise<BalanceConfirmationRecord[]> {
  return ctx.db.balanceConfirmations
    .where('[customerId+asOf]')
    .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey], true, true)
    .reverse()
    .limit(limit)
    .toArray()
}

export async function getConfirmation(ctx: Ctx, id: string): Promise<BalanceConfirmationRecord | undefined> {
  return ctx.db.balanceConfirmations.get(id)
}

async function timelineLanguage(ctx: Ctx, language: Language | undefined): Promise<Language> {
  return language ?? (await ctx.db.company.get('company'))?.uiLanguage ?? 'es'
}

function interactionRow(ctx: Ctx, record: BalanceConfirmationRecord, language: Language): Interaction {
  return {
    id: newId(),
    customerId: record.customerId,
    type: 'confirmation',
    at: nowIso(ctx),
    outcome: '',
    text: confirmationTimelineText(record, language),
    invoiceIds: [],
    promiseDate: '',
    promiseAmount: null,
    user: ctx.user,
    ...(record.status === 'sent' && record.documentName ? { documentName: record.documentName } : {}),
  }
}

async function writeWithTimeline(ctx: Ctx, before: BalanceConfirmationRecord | null, after: BalanceConfirmationRecord, language: Language) {
  const { db } = ctx
  await db.balanceConfirmations.put(after)
  await writeAudit(ctx, 'balanceConfirmation', after.id, before ? 'update' : 'create', before, after)
  const interaction = interactionRow(ctx, after, language)
  await addInteraction(db, interaction)
  await writeAudit(ctx, 'interaction', interaction.id, 'create', null, interaction)
}

export interface ConfirmationSentInput {
  /** The model that was printed (prepareConfirmation / prepareConfirmations). */
  model: BalanceConfirmationModel
  /** The PDF's file name in the documents folder. */
  documentName: string
  /** Language of the timeline text (the user's); default: the company's UI language. */
  language?: Language
}

/**
 * Records a printed confirmation as sent (a resend when one for the same customer and date awaits a reply).
 * Refused when the figures do not add up, the customer is unknown, or the customer already replied.
 */
export async function recordSent(ctx: Ctx, input: ConfirmationSentInput): Promise<BalanceConfirmationRecord> {
  requireRight(ctx, 'interactions.write')
  const { model } = input
  checkAsOf(model.asOf, model.date)
  if (!confirmationAddsUp(model) || !Number.isSafeInteger(model.balance)) throw new DomainError('confirmations.figuresDontAddUp')
  const documentName = input.documentName.trim()
  if (documentName.length > MAX_DOCUMENT_NAME || /[\\/]/.test(documentName)) throw new DomainError('confirmations.documentNameInvalid')
  const { db } = ctx
  return db.transaction('rw', [db.balanceConfirmations, db.customers, db.company, ...interactionWriteTables(db), db.audit], async () => {
    const customer = await db.customers.get(model.customer.id)
    if (!customer) throw new DomainError('confirmations.customerNotFound')
    const existing = await db.balanceConfirmations.where('[customerId+asOf]').equals([customer.id, model.asOf]).first()
    if (existing && existing.status !== 'sent') {
      throw new DomainError('confirmations.alreadyReplied', { customer: customer.legalName, asOf: model.asOf })
    }
    const at = nowIso(ctx)
    const record: BalanceConfirmationRecord = {
      id: existing?.id ?? newId(),
      customerId: customer.id,
      asOf: model.asOf,
      sentOn: model.date,
      reference: model.reference,
      currency: model.currency,
      balance: model.balance,
      status: 'sent',
      customerAmount: null,
      difference: null,
      repliedOn: '',
      note: '',
      documentName,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    }
    await writeWithTimeline(ctx, existing ?? null, record, await timelineLanguage(ctx, input.language))
    return record
  })
}

export interface ConfirmationReplyInput {
  reply: ConfirmationReply
  /** The balance the customer's books show (required when disputed; ignored when agreed). */
  customerAmount?: Cents | null
  repliedOn: IsoDate
  note?: string
  /** Language of the timeline text (the user's); default: the company's UI language. */
  language?: Language
}

/**
 * Records the customer's reply: agreed (their amount = our balance), or disputed with the amount their books show
 * (difference = our balance - theirs). A later reply replaces an earlier one (the audit keeps both). Refused: an
 * unknown confirmation, a reply dated before the letter or after today, a dispute without an amount or with the
 * same amount as ours, a note over 2000 characters.
 */
export async function recordReply(ctx: Ctx, id: string, input: ConfirmationReplyInput): Promise<BalanceConfirmationRecord> {
  requireRight(ctx, 'interactions.write')
  const reply = input.reply
  if (reply !== 'agreed' && reply !== 'disputed') throw new DomainError('confirmations.replyInvalid')
  if (!isValidIsoDate(input.repliedOn)) throw new DomainError('confirmations.repliedOnInvalid')
  const today = todayIso(ctx.now())
  if (input.repliedOn > today) throw new DomainError('confirmations.repliedInFuture', { date: input.repliedOn })
  const note = (input.note ?? '').trim()
  if (note.length > MAX_NOTE) throw new DomainError('confirmations.noteTooLong', { max: MAX_NOTE })
  const amount = input.customerAmount ?? null
  if (reply === 'disputed') {
    if (amount === null) throw new DomainError('confirmations.amountRequired')
    if (!Number.isSafeInteger(amount)) throw new DomainError('confirmations.amountInvalid')
  }
  const { db } = ctx
  return db.transaction('rw', [db.balanceConfirmations, db.company, ...interactionWriteTables(db), db.audit], async () => {
    const before = await db.balanceConfirmations.get(id)
    if (!before) throw new DomainError('confirmations.notFound')
    if (input.repliedOn < before.sentOn) {
      throw new DomainError('confirmations.repliedBeforeSent', { date: input.repliedOn, sentOn: before.sentOn })
    }
    const customerAmount = reply === 'agreed' ? before.balance : (amount as Cents)
    const difference = replyDifference(before, customerAmount)
    if (reply === 'disputed' && difference === 0) throw new DomainError('confirmations.sameAmount')
    const after: BalanceConfirmationRecord = {
      ...before,
      status: reply,
      customerAmount,
      difference,
      repliedOn: input.repliedOn,
      note,
      updatedAt: nowIso(ctx),
    }
    await writeWithTimeline(ctx, before, after, await timelineLanguage(ctx, input.language))
    return after
  })
}
