/**
 * Collection profiles: the built-in schedules (business customer, public administration, small shop) and the rules a
 * user-edited profile must keep. A step's date is its anchor (issue or due date) + offsetDays.
 */
import { plusDays } from './days'
import { DomainError } from '../errors'
import type { Invoice, IsoDate } from '../types'
import type { CollectionProfile, CollectionStep, StepChannel, StepKind } from './types'

/** Fixed timestamp of the built-in profiles (the database stamps its own on save). */
const BUILT_IN_AT = '2026-01-01T00:00:00.000Z'

/** Step ids reserved for the additional reminders the schedule adds while a demand is held back. */
export const EXTRA_STEP_PREFIX = 'extra-'

/** Lowest and highest offset in days a step may have. */
export const MIN_OFFSET_DAYS = -365
export const MAX_OFFSET_DAYS = 365

/** Reminder letters that must be scheduled (and, for the schedule, actually sent) before a formal demand. */
export const REMINDERS_BEFORE_DEMAND = 3

function step(
  id: string,
  kind: StepKind,
  anchor: 'issue' | 'due',
  offsetDays: number,
  channel: StepChannel,
  templateKey: string,
): CollectionStep {
  return { id, kind, anchor, offsetDays, channel, templateKey, fee: 0 }
}

const letterSteps = (courtesy: number, r1: number, r2: number, r3: number, demand: number): CollectionStep[] => [
  step('courtesy', 'courtesy', 'due', courtesy, 'letter', 'courtesy'),
  step('r1', 'reminder', 'due', r1, 'letter', 'reminder1'),
  step('r2', 'reminder', 'due', r2, 'letter', 'reminder2'),
  step('r3', 'reminder', 'due', r3, 'letter', 'reminder3'),
  step('demand', 'demand', 'due', demand, 'letter', 'demand'),
]

/** The three built-in profiles, seeded by the database and restorable by the user. */
export const DEFAULT_PROFILES: CollectionProfile[] = [
  {
    id: 'business',
    name: '',
    builtIn: true,
    steps: [step('confirm', 'confirmReceipt', 'issue', 1, 'call', ''), ...letterSteps(-14, 1, 15, 30, 45)],
    updatedAt: BUILT_IN_AT,
  },
  {
    // Public bodies pay slowly by law (and through approval chains): a gentler rhythm.
    id: 'publicAdmin',
    name: '',
    builtIn: true,
    steps: [step('confirm', 'confirmReceipt', 'issue', 3, 'call', ''), ...letterSteps(-10, 15, 35, 55, 75)],
    updatedAt: BUILT_IN_AT,
  },
  {
    // Small shops and individuals: a tighter rhythm with a follow-up call soon after the due date.
    id: 'smallShop',
    name: '',
    builtIn: true,
    steps: [...letterSteps(-5, 1, 8, 15, 25), step('call1', 'reminder', 'due', 3, 'call', '')],
    updatedAt: BUILT_IN_AT,
  },
]

/** The profile with that id, else the built-in business profile (a customer's profile may have been deleted). */
export function profileFor(profiles: Record<string, CollectionProfile>, id: string): CollectionProfile {
  const found = profiles[id] ?? profiles['business'] ?? DEFAULT_PROFILES.find((p) => p.id === id)
  return found ?? (DEFAULT_PROFILES[0] as CollectionProfile)
}

/** A memo of values per profile object and per invoice's issue and due dates (maps per profile: Map or WeakMap). */
export interface ProfileDatesMemo<T> {
  get(profile: CollectionProfile): Map<string, T> | undefined
  set(profile: CollectionProfile, byDates: Map<string, T>): unknown
}

/** Past this many date pairs a profile's memo starts again. */
const MAX_DATE_PAIRS = 20_000

/** The value remembered for the profile and the invoice's dates, made (and remembered) on the first ask. */
export function rememberedFor<T>(memo: ProfileDatesMemo<T>, profile: CollectionProfile, invoice: Pick<Invoice, 'issueDate' | 'dueDate'>, make: () => T): T {
  let byDates = memo.get(profile)
  if (!byDates) {
    byDates = new Map()
    memo.set(profile, byDates)
  }
  const key = invoice.issueDate + invoice.dueDate
  let value = byDates.get(key)
  if (value === undefined) {
    if (byDates.size >= MAX_DATE_PAIRS) byDates.clear()
    value = make()
    byDates.set(key, value)
  }
  return value
}

/** Profiles keyed by id. */
export function profilesById(list: CollectionProfile[]): Record<string, CollectionProfile> {
  const out: Record<string, CollectionProfile> = {}
  for (const p of list) out[p.id] = p
  return out
}

/** The date a step falls on for an invoice: anchor date + offsetDays. */
export function stepDate(invoice: Pick<Invoice, 'issueDate' | 'dueDate'>, s: Pick<CollectionStep, 'anchor' | 'offsetDays'>): IsoDate {
  return plusDays(s.anchor === 'issue' ? invoice.issueDate : invoice.dueDate, s.offsetDays)
}

export const isLetterChannel = (s: Pick<CollectionStep, 'channel'>): boolean => s.channel !== 'call'
export const isPreDueKind = (k: StepKind): boolean => k === 'confirmReceipt' || k === 'courtesy'

/**
 * Whether step `a` certainly falls before step `b` for any invoice (issue date <= due date):
 * same anchor -> smaller offset; a on issue, b on due -> a.offset < b.offset is enough; a on due, b on issue -> unknown.
 */
function certainlyBefore(a: CollectionStep, b: CollectionStep): boolean {
  if (a.anchor === 'due' && b.anchor === 'issue') return false
  return a.offsetDays < b.offsetDays
}

/**
 * The problems of a profile, empty when it can be saved. Codes (errors namespace):
 * collections.profile.nameRequired, .noSteps, .stepIdRequired { step }, .stepIdReserved { step }, .duplicateStepId
 * { step }, .offsetInvalid { step, value }, .templateRequired { step }, .feeInvalid { step }, .tooFewReminders
 * { step, count } (fewer than 3 reminder letters scheduled before a demand step).
 */
export function validateProfile(p: CollectionProfile): DomainError[] {
  const errors: DomainError[] = []
  if (!p.builtIn && !p.name.trim()) errors.push(new DomainError('collections.profile.nameRequired'))
  if (p.steps.length === 0) errors.push(new DomainError('collections.profile.noSteps'))
  const seen = new Set<string>()
  for (const s of p.steps) {
    const id = s.id.trim()
    if (!id) errors.push(new DomainError('collections.profile.stepIdRequired', { step: s.templateKey || s.kind }))
    else if (id.startsWith(EXTRA_STEP_PREFIX)) errors.push(new DomainError('collections.profile.stepIdReserved', { step: id }))
    else if (seen.has(id)) errors.push(new DomainError('collections.profile.duplicateStepId', { step: id }))
    seen.add(id)
    if (!Number.isInteger(s.offsetDays) || s.offsetDays < MIN_OFFSET_DAYS || s.offsetDays > MAX_OFFSET_DAYS) {
      errors.push(new DomainError('collections.profile.offsetInvalid', { step: id, value: String(s.offsetDays) }))
    }
    if (isLetterChannel(s) && !s.templateKey.trim()) {
      errors.push(new DomainError('collections.profile.templateRequired', { step: id }))
    }
    if (!Number.isSafeInteger(s.fee) || s.fee < 0) errors.push(new DomainError('collections.profile.feeInvalid', { step: id }))
  }
  for (const demand of p.steps.filter((s) => s.kind === 'demand')) {
    const count = p.steps.filter((s) => s.kind === 'reminder' && isLetterChannel(s) && certainlyBefore(s, demand)).length
    if (count < REMINDERS_BEFORE_DEMAND) {
      errors.push(new DomainError('collections.profile.tooFewReminders', { step: demand.id, count }))
    }
  }
  return errors
}

/** Throws the first problem of `validateProfile` (for repositories that save one profile). */
export function assertValidProfile(p: CollectionProfile): void {
  const first = validateProfile(p)[0]
  if (first) throw first
}
