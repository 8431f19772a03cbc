/**
 * The daily work queue ("Today"): per customer one letter and one call task grouping its invoices' proposals,
 * promises due today, broken promises, invoices with no contact, credit limit, pauses. Pure and fast: everything is
 * grouped by customer once, then each customer is looked at on its own.
 */
import { cmpDays, plusDays } from './days'
import type { Cents, Customer, Interaction, Invoice, IsoDate, Payment } from '../types'
import { isPreDueKind, profileFor, rememberedFor } from './profiles'
import { brokenPromises, dayOf, isPromise, latestFrom } from './promises'
import { type ProposedStep, earliest, groupBy, mergeMissed, mergeSteps } from './grouping'
import { type InvoiceSchedule, invoiceProposals } from './schedule'
import type {
  CollectionProfile,
  CollectionSettings,
  Dispute,
  QueueItem,
  QueueStepProposal,
  ScheduleStepRecord,
  Snooze,
} from './types'

export type QueueCustomer = Pick<
  Customer,
  'id' | 'code' | 'legalName' | 'tradeName' | 'language' | 'collectionProfile' | 'creditLimit' | 'balance'
>
export type QueueInvoice = Pick<Invoice, 'id' | 'customerId' | 'fullNumber' | 'issueDate' | 'dueDate' | 'openAmount' | 'lifecycle'>
export type QueueInteraction = Pick<
  Interaction,
  'id' | 'customerId' | 'type' | 'at' | 'outcome' | 'promiseDate' | 'promiseAmount' | 'invoiceIds'
>
export type QueuePayment = Pick<Payment, 'id' | 'customerId' | 'date' | 'amount'>
export type QueueSettings = Pick<CollectionSettings, 'promiseGraceDays' | 'noContactDays'>

export interface QueueInput {
  customers: QueueCustomer[]
  openInvoices: QueueInvoice[]
  stepRecords: ScheduleStepRecord[]
  disputes: Dispute[]
  snoozes: Snooze[]
  interactions: QueueInteraction[]
  payments: QueuePayment[]
  /** Profiles by id; a customer whose profile is missing follows 'business'. */
  profiles: Record<string, CollectionProfile>
  settings: QueueSettings
}

export type { ProposedStep }
export { stepFirmness } from './grouping'

/** A QueueItem with what recording the letter or call and building the letter need besides (computeQueue returns these). */
export interface WorkQueueItem extends QueueItem {
  customerCode: string
  /** The distinct steps proposed in the customer's letter, firmest first, each with the invoices it was proposed for. */
  letterSteps: ProposedStep[]
  callSteps: ProposedStep[]
  /** Fewest reminders sent among the invoices whose demand is held back (for "only N reminders sent"); -1 when none. */
  heldBackRemindersSent: number
  /** Reminder letters sent for the letter's invoices (the most among them): the demand states it. */
  remindersSent: number
  /** Invoices whose formal demand was sent (legal): shown for information, nothing proposed. */
  demandsSent: Array<{ invoiceId: string; sentOn: IsoDate }>
}

interface CustomerData {
  customer: QueueCustomer
  invoices: QueueInvoice[]
  records: ScheduleStepRecord[]
  disputes: Dispute[]
  snoozes: Snooze[]
  interactions: QueueInteraction[]
  payments: QueuePayment[]
}

/** Schedules computed once per profile and dates, for invoices no step record covers (see scheduleOf). */
type ScheduleMemo = Map<CollectionProfile, Map<string, InvoiceSchedule>>

/**
 * invoiceProposals for one invoice. Without a step record covering the invoice, its schedule depends on nothing but
 * the profile and its issue and due dates (and today): thousands of open invoices share a few hundred of those, so
 * the schedule is computed once and copied with the invoice's id (nothing downstream changes a schedule).
 */
function scheduleOf(
  inv: QueueInvoice,
  profile: CollectionProfile,
  byInvoice: ReadonlyMap<string, ScheduleStepRecord[]>,
  today: IsoDate,
  memo: ScheduleMemo,
): InvoiceSchedule {
  const records = byInvoice.get(inv.id)
  if (records) return invoiceProposals(inv, profile, records, today)
  const s = rememberedFor(memo, profile, inv, () => invoiceProposals(inv, profile, [], today))
  return {
    invoiceId: inv.id,
    profileId: s.profileId,
    letter: s.letter,
    call: s.call,
    missedLetters: s.missedLetters,
    missedCalls: s.missedCalls,
    remindersSent: s.remindersSent,
    lastReminderOn: s.lastReminderOn,
    demandSentOn: s.demandSentOn,
    demandHeldBack: s.demandHeldBack,
  }
}

function customerItem(d: CustomerData, input: QueueInput, today: IsoDate, memo: ScheduleMemo): WorkQueueItem {
  const { customer, invoices } = d
  const profile = profileFor(input.profiles, customer.collectionProfile)
  const disputed = new Set(d.disputes.filter((x) => x.resolvedOn === '').map((x) => x.invoiceId))
  const open = invoices
    .filter((i) => i.lifecycle === 'issued' && i.openAmount > 0)
    .sort((x, y) => cmpDays(x.dueDate, y.dueDate) || cmpDays(x.fullNumber, y.fullNumber))
  const overdueInvoices = open.filter((i) => cmpDays(i.dueDate, today) < 0)
  const overdue: Cents = overdueInvoices.reduce((s, i) => s + i.openAmount, 0)

  const promises = d.interactions.filter(isPromise)
  const pausedUntil = latestFrom(promises.map((p) => p.promiseDate), today)
  const snoozedUntil = latestFrom(d.snoozes.map((s) => s.until), today)

  // Each invoice's step records, found once (a customer of years has hundreds of records, an invoice a few).
  const byInvoice = new Map<string, ScheduleStepRecord[]>()
  for (const r of d.records) {
    for (const id of r.invoiceIds) {
      const list = byInvoice.get(id)
      if (!list) byInvoice.set(id, [r])
      else if (list[list.length - 1] !== r) list.push(r) // an id named twice by one record counts once
    }
  }
  const schedules: InvoiceSchedule[] = open
    .filter((i) => !disputed.has(i.id))
    .map((i) => scheduleOf(i, profile, byInvoice, today, memo))
  const demandsSent = schedules.filter((s) => s.demandSentOn).map((s) => ({ invoiceId: s.invoiceId, sentOn: s.demandSentOn }))
  const active = pausedUntil || snoozedUntil ? [] : schedules

  const letterSteps = mergeSteps(
    active.flatMap((s) => (s.letter ? [{ invoiceId: s.invoiceId, step: s.letter.step }] : [])),
    profile,
  )
  const callSteps = mergeSteps(
    active.flatMap((s) => (s.call ? [{ invoiceId: s.invoiceId, step: s.call.step }] : [])),
    profile,
  )
  const letters: QueueStepProposal[] = []
  const firmest = letterSteps[0]
  let remindersSent = 0
  if (firmest) {
    const proposed = new Set(letterSteps.flatMap((p) => p.invoiceIds))
    const legal = new Set(demandsSent.map((x) => x.invoiceId))
    const covered = isPreDueKind(firmest.step.kind)
      ? [...proposed]
      : open.filter((i) => proposed.has(i.id) || (cmpDays(i.dueDate, today) < 0 && !disputed.has(i.id) && !legal.has(i.id))).map((i) => i.id)
    const withLetter = active.filter((s) => s.letter)
    const coveredSet = new Set(covered)
    remindersSent = Math.max(0, ...active.filter((s) => coveredSet.has(s.invoiceId)).map((s) => s.remindersSent))
    letters.push({
      profileId: profile.id,
      step: firmest.step,
      invoiceIds: covered,
      dueOn: earliest(withLetter.map((s) => s.letter?.dueOn ?? today), today),
      missed: mergeMissed(withLetter.map((s) => ({ invoiceId: s.invoiceId, missed: s.letter?.missed ?? [] }))),
      demandHeldBack: withLetter.some((s) => s.letter?.demandHeldBack),
    })
  }
  const calls: QueueStepProposal[] = []
  const firmestCall = callSteps[0]
  if (firmestCall) {
    const withCall = active.filter((s) => s.call)
    calls.push({
      profileId: profile.id,
      step: firmestCall.step,
      invoiceIds: withCall.map((s) => s.invoiceId),
      dueOn: earliest(withCall.map((s) => s.call?.dueOn ?? today), today),
      missed: mergeMissed(withCall.map((s) => ({ invoiceId: s.invoiceId, missed: s.call?.missed ?? [] }))),
      demandHeldBack: false,
    })
  }
  const held = active.filter((s) => s.demandHeldBack).map((s) => s.remindersSent)

  const contactDays = d.interactions.map((i) => dayOf(i.at))
  const noContact = open
    .filter((i) => cmpDays(plusDays(i.issueDate, input.settings.noContactDays), today) <= 0)
    .filter((i) => !contactDays.some((day) => day >= i.issueDate))
    .map((i) => i.id)

  return {
    customerId: customer.id,
    customerCode: customer.code,
    customerName: customer.tradeName || customer.legalName,
    language: customer.language,
    profileId: profile.id,
    overdue,
    balance: customer.balance,
    calls,
    letters,
    letterSteps,
    callSteps,
    promisesDueToday: promises
      .filter((p) => p.promiseDate === today)
      .map((p) => ({ interactionId: p.id, promiseAmount: p.promiseAmount ?? 0 })),
    brokenPromises: brokenPromises(promises, d.interactions, d.payments, input.settings.promiseGraceDays, today),
    noContact,
    overCreditLimit: customer.creditLimit !== null && customer.balance > customer.creditLimit,
    pausedUntil,
    disputedInvoiceIds: open.filter((i) => disputed.has(i.id)).map((i) => i.id),
    snoozedUntil,
    heldBackRemindersSent: held.length > 0 ? Math.min(...held) : -1,
    remindersSent,
    demandsSent,
  }
}

function hasContent(item: WorkQueueItem): boolean {
  return (
    item.calls.length > 0 ||
    item.letters.length > 0 ||
    item.promisesDueToday.length > 0 ||
    item.brokenPromises.length > 0 ||
    item.noContact.length > 0 ||
    item.overCreditLimit ||
    item.pausedUntil !== '' ||
    item.snoozedUntil !== '' ||
    item.disputedInvoiceIds.length > 0 ||
    item.demandsSent.length > 0
  )
}

/**
 * localeCompare's order (ECMA-402: localeCompare is this collator's compare), from one collator made once: sorting
 * 1,500 items called localeCompare ~15,000 times, each building its collator again.
 */
const byLocale = new Intl.Collator().compare

/** Urgency: broken promises first, then demands, then overdue amount (largest first), then name. */
export function compareUrgency(a: QueueItem, b: QueueItem): number {
  const broken = Number(b.brokenPromises.length > 0) - Number(a.brokenPromises.length > 0)
  if (broken) return broken
  const isDemand = (x: QueueItem) => Number(x.letters.some((l) => l.step.kind === 'demand'))
  const demand = isDemand(b) - isDemand(a)
  if (demand) return demand
  return b.overdue - a.overdue || byLocale(a.customerName, b.customerName) || byLocale(a.customerId, b.customerId)
}

/** The day's work: one item per customer with something to do or to show, most urgent first. */
export function computeQueue(input: QueueInput, today: IsoDate): WorkQueueItem[] {
  const by = <T extends { customerId: string }>(xs: T[]) => groupBy(xs, (x) => x.customerId)
  const invoices = by(input.openInvoices)
  const disputes = by(input.disputes)
  const snoozes = by(input.snoozes)
  const interactions = by(input.interactions)
  const payments = by(input.payments)
  const records = by(input.stepRecords)
  const items: WorkQueueItem[] = []
  const memo: ScheduleMemo = new Map()
  for (const customer of input.customers) {
    const item = customerItem(
      {
        customer,
        invoices: invoices.get(customer.id) ?? [],
        records: records.get(customer.id) ?? [],
        disputes: disputes.get(customer.id) ?? [],
        snoozes: snoozes.get(customer.id) ?? [],
        interactions: interactions.get(customer.id) ?? [],
        payments: payments.get(customer.id) ?? [],
      },
      input,
      today,
      memo,
    )
    if (hasContent(item)) items.push(item)
  }
  return items.sort(compareUrgency)
}

/**
 * The payments computeQueue can look at, as one date window per customer: brokenPromises adds up a customer's
 * payments only for a promise whose grace is over and after whose date nothing else was logged (a follow-up), from
 * the day the promise was logged through the end of its grace. Given the same interactions as the queue, reading
 * only the payments in these windows gives the same queue as reading all of them.
 */
export function promisePaymentWindows(
  interactions: readonly QueueInteraction[],
  settings: QueueSettings,
  today: IsoDate,
): Map<string, { from: IsoDate; to: IsoDate }> {
  const out = new Map<string, { from: IsoDate; to: IsoDate }>()
  for (const [customerId, own] of groupBy([...interactions], (i) => i.customerId)) {
    for (const p of own) {
      if (!isPromise(p)) continue
      const to = plusDays(p.promiseDate, settings.promiseGraceDays)
      const from = dayOf(p.at)
      if (cmpDays(to, today) >= 0 || cmpDays(from, to) > 0) continue
      if (own.some((i) => i.id !== p.id && dayOf(i.at) > p.promiseDate)) continue
      const w = out.get(customerId)
      out.set(customerId, w ? { from: from < w.from ? from : w.from, to: to > w.to ? to : w.to } : { from, to })
    }
  }
  return out
}

/** What recording a queue item's letter writes: one StepRecord per distinct proposed step, with its invoices. */
export function letterStepFor(item: QueueItem): ProposedStep[] {
  if ('letterSteps' in item && Array.isArray((item as WorkQueueItem).letterSteps)) return (item as WorkQueueItem).letterSteps
  return item.letters.map((l) => ({ profileId: l.profileId, stepId: l.step.id, step: l.step, invoiceIds: l.invoiceIds }))
}

/** What recording a queue item's call as done writes: one StepRecord per distinct proposed call step. */
export function callStepFor(item: QueueItem): ProposedStep[] {
  if ('callSteps' in item && Array.isArray((item as WorkQueueItem).callSteps)) return (item as WorkQueueItem).callSteps
  return item.calls.map((c) => ({ profileId: c.profileId, stepId: c.step.id, step: c.step, invoiceIds: c.invoiceIds }))
}
