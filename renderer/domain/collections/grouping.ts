/**
 * Grouping of per-invoice proposals into one letter and one call per customer: the firmest step first
 * (demand > extra-N > reminders > pre-due steps; within a kind, profile order), missed steps merged.
 */
import { cmpDays } from './days'
import type { IsoDate } from '../types'
import { type MissedStep, isExtraStepId } from './schedule'
import type { CollectionProfile, CollectionStep, QueueStepProposal } from './types'

/** A step proposed for some of a customer's invoices: recording it writes one StepRecord with these invoices. */
export interface ProposedStep {
  profileId: string
  stepId: string
  step: CollectionStep
  invoiceIds: string[]
}

/** Firmness of a step: demand > extra-N (higher N firmer) > reminders > pre-due steps, then profile order. */
export function stepFirmness(step: CollectionStep, profile: CollectionProfile): number {
  const index = profile.steps.findIndex((s) => s.id === step.id)
  if (step.kind === 'demand') return 3_000_000 + index
  if (isExtraStepId(step.id)) return 2_000_000 + (Number(step.id.replace(/^\D+/, '')) || 0)
  if (step.kind === 'reminder') return 1_000_000 + index
  return Math.max(index, 0)
}

export function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const x of xs) {
    const k = key(x)
    const list = m.get(k)
    if (list) list.push(x)
    else m.set(k, [x])
  }
  return m
}

/** Per-invoice proposals merged into distinct steps, firmest first. */
export function mergeSteps(
  props: Array<{ invoiceId: string; step: CollectionStep }>,
  profile: CollectionProfile,
): ProposedStep[] {
  const byStep = new Map<string, ProposedStep>()
  for (const p of props) {
    const found = byStep.get(p.step.id)
    if (found) found.invoiceIds.push(p.invoiceId)
    else byStep.set(p.step.id, { profileId: String(profile.id), stepId: p.step.id, step: p.step, invoiceIds: [p.invoiceId] })
  }
  return [...byStep.values()].sort((a, b) => stepFirmness(b.step, profile) - stepFirmness(a.step, profile))
}

/** Missed steps of several invoices merged by step id (earliest date), oldest first. */
export function mergeMissed(list: Array<{ invoiceId: string; missed: MissedStep[] }>): QueueStepProposal['missed'] {
  const m = new Map<string, { stepId: string; dueOn: IsoDate; invoiceIds: string[] }>()
  for (const { invoiceId, missed } of list) {
    for (const x of missed) {
      const found = m.get(x.stepId)
      if (found) {
        found.invoiceIds.push(invoiceId)
        if (x.dueOn < found.dueOn) found.dueOn = x.dueOn
      } else m.set(x.stepId, { stepId: x.stepId, dueOn: x.dueOn, invoiceIds: [invoiceId] })
    }
  }
  return [...m.values()].sort((a, b) => cmpDays(a.dueOn, b.dueOn) || a.stepId.localeCompare(b.stepId))
}

export function earliest(dates: IsoDate[], fallback: IsoDate): IsoDate {
  return dates.reduce((a, b) => (b < a ? b : a), dates[0] ?? fallback)
}
