/**
 * The dunning schedule of ONE open invoice on a given day: which call and which letter step is due now, which steps
 * came due meanwhile and were missed, and whether a formal demand is held back for want of three reminders sent.
 *
 * Letter track (channel letter | email) and call track (channel call) are independent. Within a track, steps are
 * ordered by date (then profile order); a step positioned at or before the last step done is settled (never proposed
 * again, not listed as missed). Among the unsettled steps whose date has come, the latest is "due now" and the
 * earlier ones are missed. Pre-due steps (confirmReceipt, courtesy) are only proposed while today <= due date.
 * Disputes, promises and snoozes are the queue's business (queue.ts), not the schedule's.
 */
import { cmpDays, plusDays } from './days'
import type { Invoice, IsoDate } from '../types'
import { EXTRA_STEP_PREFIX, REMINDERS_BEFORE_DEMAND, isLetterChannel, isPreDueKind, rememberedFor, stepDate } from './profiles'
import type { CollectionProfile, CollectionStep, ScheduleStepRecord } from './types'

/** Days that must separate two reminder letters about the same invoice (and the last reminder from the demand). */
export const MIN_GAP_DAYS = 7

export interface MissedStep {
  stepId: string
  dueOn: IsoDate
}

/** The step of one track due now for one invoice. */
export interface TrackProposal {
  step: CollectionStep
  dueOn: IsoDate
  missed: MissedStep[]
  demandHeldBack: boolean
}

export interface InvoiceSchedule {
  invoiceId: string
  profileId: string
  letter: TrackProposal | null
  call: TrackProposal | null
  /** Missed letter / call steps even when nothing is proposed today (e.g. waiting for the minimum gap). */
  missedLetters: MissedStep[]
  missedCalls: MissedStep[]
  /** Reminder letters actually sent for this invoice (profile reminders and extra-N). */
  remindersSent: number
  lastReminderOn: IsoDate | ''
  /** The formal demand was sent on this date: the schedule proposes nothing more (legal). */
  demandSentOn: IsoDate | ''
  /** The demand's date has passed with fewer than three reminders sent. */
  demandHeldBack: boolean
}

export type ScheduleInvoice = Pick<Invoice, 'id' | 'issueDate' | 'dueDate'>

interface Dated {
  step: CollectionStep
  date: IsoDate
  index: number
}

const byDate = (a: Dated, b: Dated): number => cmpDays(a.date, b.date) || a.index - b.index

/** The firmest reminder letter of a profile (its template is used for the extra reminders). */
export function firmestReminder(profile: CollectionProfile): CollectionStep | undefined {
  const reminders = profile.steps.filter((s) => s.kind === 'reminder' && isLetterChannel(s))
  return reminders[reminders.length - 1]
}

/** The extra reminder proposed instead of a held-back demand: `extra-<n>`, the firmest reminder's template. */
export function extraReminderStep(profile: CollectionProfile, n: number): CollectionStep {
  const model = firmestReminder(profile)
  return {
    id: `${EXTRA_STEP_PREFIX}${n}`,
    kind: 'reminder',
    anchor: 'due',
    offsetDays: 0,
    channel: model?.channel ?? 'letter',
    templateKey: model?.templateKey ?? 'reminder3',
    fee: model?.fee ?? 0,
  }
}

export function isExtraStepId(id: string): boolean {
  return id.startsWith(EXTRA_STEP_PREFIX)
}

/**
 * Of the steps after the last one done whose date has come (a run of `steps`, which are in date order): the latest
 * one still eligible is due now, the others are missed. Pre-due steps can no longer be proposed after the due date.
 */
function dueNow(steps: readonly Dated[], done: ReadonlySet<string>, afterDue: boolean, today: IsoDate): { current: Dated | undefined; missed: MissedStep[] } {
  let first = 0
  if (done.size > 0) for (let i = 0; i < steps.length; i++) if (done.has(steps[i]!.step.id)) first = i + 1
  let end = first
  while (end < steps.length && cmpDays(steps[end]!.date, today) <= 0) end++
  let current: Dated | undefined
  for (let i = end - 1; i >= first && !current; i--) if (!(afterDue && isPreDueKind(steps[i]!.step.kind))) current = steps[i]
  const missed: MissedStep[] = []
  for (let i = first; i < end; i++) if (steps[i] !== current) missed.push({ stepId: steps[i]!.step.id, dueOn: steps[i]!.date })
  return { current, missed }
}

const NONE: ReadonlySet<string> = new Set()

function letterTrack(
  inv: ScheduleInvoice,
  profile: CollectionProfile,
  steps: readonly Dated[],
  records: readonly ScheduleStepRecord[],
  today: IsoDate,
): Pick<InvoiceSchedule, 'letter' | 'missedLetters' | 'remindersSent' | 'lastReminderOn' | 'demandSentOn' | 'demandHeldBack'> {
  // One pass over the invoice's letter records: steps done, reminders sent (and the extra ones), the last reminder
  // and the demand's date.
  let remindersSent = 0
  let lastReminderOn: IsoDate | '' = ''
  let demandSentOn: IsoDate | '' = ''
  let done: Set<string> | undefined
  let extras: Set<string> | undefined
  for (const r of records) {
    if (r.channel === 'call') continue
    ;(done ??= new Set()).add(r.stepId)
    if (r.kind === 'reminder') {
      remindersSent++
      if (r.doneOn > lastReminderOn) lastReminderOn = r.doneOn
      if (isExtraStepId(r.stepId)) (extras ??= new Set()).add(r.stepId)
    } else if (r.kind === 'demand' && r.doneOn > demandSentOn) demandSentOn = r.doneOn
  }
  const base = { remindersSent, lastReminderOn, demandSentOn, demandHeldBack: false, letter: null, missedLetters: [] }
  if (demandSentOn) return base

  const { current, missed } = dueNow(steps, done ?? NONE, cmpDays(today, inv.dueDate) > 0, today)
  const result = { ...base, missedLetters: missed }
  if (!current) return result

  const gapOk = (on: IsoDate): boolean => !lastReminderOn || cmpDays(plusDays(lastReminderOn, MIN_GAP_DAYS), on) <= 0
  const propose = (step: CollectionStep, dueOn: IsoDate, demandHeldBack: boolean) => ({
    ...result,
    demandHeldBack,
    letter: { step, dueOn, missed, demandHeldBack },
  })

  if (current.step.kind === 'demand') {
    if (remindersSent >= REMINDERS_BEFORE_DEMAND) {
      return gapOk(today) ? propose(current.step, current.date, false) : result
    }
    const extrasSent = extras?.size ?? 0
    const dueOn = lastReminderOn ? plusDays(lastReminderOn, MIN_GAP_DAYS) : today
    if (cmpDays(dueOn, today) > 0) return { ...result, demandHeldBack: true }
    return propose(extraReminderStep(profile, extrasSent + 1), dueOn, true)
  }
  if (current.step.kind === 'reminder' && !gapOk(today)) return result
  return propose(current.step, current.date, false)
}

function callTrack(
  inv: ScheduleInvoice,
  steps: readonly Dated[],
  records: readonly ScheduleStepRecord[],
  today: IsoDate,
): Pick<InvoiceSchedule, 'call' | 'missedCalls'> {
  if (steps.length === 0) return { missedCalls: [], call: null }
  const done = new Set<string>()
  for (const r of records) if (r.channel === 'call') done.add(r.stepId)
  const { current, missed } = dueNow(steps, done, cmpDays(today, inv.dueDate) > 0, today)
  return {
    missedCalls: missed,
    call: current ? { step: current.step, dueOn: current.date, missed, demandHeldBack: false } : null,
  }
}

/**
 * What the schedule proposes today for one open, issued, non-disputed invoice.
 * `records` may hold any step records: only those covering this invoice are used.
 */
export function invoiceProposals(
  invoice: ScheduleInvoice,
  profile: CollectionProfile,
  records: readonly ScheduleStepRecord[],
  today: IsoDate,
): InvoiceSchedule {
  const mine = records.filter((r) => r.invoiceIds.includes(invoice.id))
  const { letters: letterSteps, calls: callSteps } = tracksOf(invoice, profile)
  const letters = letterTrack(invoice, profile, letterSteps, mine, today)
  const calls = letters.demandSentOn ? { call: null, missedCalls: [] } : callTrack(invoice, callSteps, mine, today)
  return { invoiceId: invoice.id, profileId: profile.id, ...letters, ...calls }
}

interface Tracks {
  readonly letters: readonly Dated[]
  readonly calls: readonly Dated[]
}

/**
 * The profile's letter and call steps with their dates for an invoice's issue and due dates, in date order. Remembered
 * per profile object and dates: the work queue asks for thousands of invoices that share a few thousand date pairs.
 * Read-only for callers (letterTrack and callTrack only filter and slice them).
 */
const tracksMemo = new WeakMap<CollectionProfile, Map<string, Tracks>>()

function tracksOf(invoice: ScheduleInvoice, profile: CollectionProfile): Tracks {
  return rememberedFor(tracksMemo, profile, invoice, () => {
    const dated = profile.steps.map((step, index) => ({ step, index, date: stepDate(invoice, step) })).sort(byDate)
    return { letters: dated.filter((d) => isLetterChannel(d.step)), calls: dated.filter((d) => !isLetterChannel(d.step)) }
  })
}
