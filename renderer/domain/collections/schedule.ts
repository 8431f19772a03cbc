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
import { EXTRA_STEP_PREFIX, REMINDERS_BEFORE_DEMAND, isLetterChannel, isPreDueKind, stepDate } from './profiles'
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

function latestOn(records: readonly ScheduleStepRecord[]): IsoDate | '' {
  let last = ''
  for (const r of records) if (r.doneOn > last) last = r.doneOn
  return last
}

/** Steps not yet settled by a done step (positioned after the last one done), with their dates. */
function unsettled(steps: readonly Dated[], done: Set<string>): Dated[] {
  let lastDone = -1
  steps.forEach((s, i) => {
    if (done.has(s.step.id)) lastDone = i
  })
  return steps.slice(lastDone + 1)
}

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

function letterTrack(
  inv: ScheduleInvoice,
  profile: CollectionProfile,
  steps: readonly Dated[],
  records: readonly ScheduleStepRecord[],
  today: IsoDate,
): Pick<InvoiceSchedule, 'letter' | 'missedLetters' | 'remindersSent' | 'lastReminderOn' | 'demandSentOn' | 'demandHeldBack'> {
  const letterRecords = records.filter((r) => r.channel !== 'call')
  const reminderRecords = letterRecords.filter((r) => r.kind === 'reminder')
  const remindersSent = reminderRecords.length
  const lastReminderOn = latestOn(reminderRecords)
  const demandRecords = letterRecords.filter((r) => r.kind === 'demand')
  const demandSentOn = demandRecords.length > 0 ? latestOn(demandRecords) : ''
  const base = { remindersSent, lastReminderOn, demandSentOn, demandHeldBack: false, letter: null, missedLetters: [] }
  if (demandSentOn) return base

  const done = new Set(letterRecords.map((r) => r.stepId))
  const afterDue = cmpDays(today, inv.dueDate) > 0
  const open = unsettled(steps, done).filter((s) => cmpDays(s.date, today) <= 0)
  // Pre-due steps can no longer be proposed after the due date: they are missed.
  const eligible = open.filter((s) => !(afterDue && isPreDueKind(s.step.kind)))
  const current = eligible[eligible.length - 1]
  const missed = open.filter((s) => s !== current).map((s) => ({ stepId: s.step.id, dueOn: s.date }))
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
    const extrasSent = new Set(reminderRecords.filter((r) => isExtraStepId(r.stepId)).map((r) => r.stepId)).size
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
  const done = new Set(records.filter((r) => r.channel === 'call').map((r) => r.stepId))
  const afterDue = cmpDays(today, inv.dueDate) > 0
  const open = unsettled(steps, done).filter((s) => cmpDays(s.date, today) <= 0)
  const eligible = open.filter((s) => !(afterDue && isPreDueKind(s.step.kind)))
  const current = eligible[eligible.length - 1]
  const missed = open.filter((s) => s !== current).map((s) => ({ stepId: s.step.id, dueOn: s.date }))
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
  let byDates = tracksMemo.get(profile)
  if (!byDates) {
    byDates = new Map()
    tracksMemo.set(profile, byDates)
  }
  const key = invoice.issueDate + invoice.dueDate
  let tracks = byDates.get(key)
  if (!tracks) {
    if (byDates.size > 20_000) byDates.clear()
    const dated = profile.steps.map((step, index) => ({ step, index, date: stepDate(invoice, step) })).sort(byDate)
    tracks = { letters: dated.filter((d) => isLetterChannel(d.step)), calls: dated.filter((d) => !isLetterChannel(d.step)) }
    byDates.set(key, tracks)
  }
  return tracks
}
