/**
 * The work queue in words: step names, profile names, invoice lists. Shared by Today, the settings tabs and the
 * customer page (everything in the `collections` namespace).
 */
import type { TFunction } from 'i18next'
import type { CollectionProfile, CollectionSettings, CollectionStep, StepKind } from '../../domain/collections/types'
import { daysBetween } from '../../domain/dates'
import type { Invoice, IsoDate } from '../../domain/types'

/** Step ids of the built-in profiles, each with its own name (collections:steps.<id>). */
const NAMED_STEPS = new Set(['confirm', 'courtesy', 'r1', 'r2', 'r3', 'demand', 'call1'])

/** "Reminder 2", "Formal demand", "Additional reminder 1", or for a custom step its kind and id. */
export function stepName(t: TFunction, step: Pick<CollectionStep, 'id' | 'kind'>): string {
  if (NAMED_STEPS.has(step.id)) return t(`collections:steps.${step.id}`)
  const extra = /^extra-(\d+)$/.exec(step.id)
  if (extra) return t('collections:steps.extra', { n: Number(extra[1]) })
  return t('collections:steps.custom', { kind: t(`collections:kinds.${step.kind}`), id: step.id })
}

/** Name of a step known only by id (missed steps): the profile's step when found. */
export function stepNameById(t: TFunction, stepId: string, profile: CollectionProfile | undefined): string {
  const step = profile?.steps.find((s) => s.id === stepId)
  return stepName(t, step ?? { id: stepId, kind: 'reminder' })
}

export function profileName(t: TFunction, profile: Pick<CollectionProfile, 'id' | 'name' | 'builtIn'>): string {
  return profile.builtIn || !profile.name ? t(`common:profiles.${profile.id}`, { defaultValue: profile.name || String(profile.id) }) : profile.name
}

export function kindTone(kind: StepKind): 'info' | 'warn' | 'bad' | 'neutral' {
  return kind === 'demand' ? 'bad' : kind === 'reminder' ? 'warn' : kind === 'courtesy' ? 'info' : 'neutral'
}

/** The invoices of the ids, in due-date order (ids of invoices no longer open are skipped). */
export function invoicesOf(ids: string[], invoices: Map<string, Invoice>): Invoice[] {
  return ids
    .map((id) => invoices.get(id))
    .filter((i): i is Invoice => i !== undefined)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.fullNumber.localeCompare(b.fullNumber))
}

/** "F2026-000012, F2026-000015 and 3 more". */
export function invoiceNumbers(t: TFunction, ids: string[], invoices: Map<string, Invoice>, max = 3): string {
  const numbers = invoicesOf(ids, invoices).map((i) => i.fullNumber)
  if (numbers.length <= max) return numbers.join(', ')
  return t('collections:today.andMore', { list: numbers.slice(0, max).join(', '), count: numbers.length - max })
}

/** The last bank statement import is too old (or none yet): letters might go to customers who already paid. */
export function bankImportStale(settings: Pick<CollectionSettings, 'lastBankImportOn' | 'bankImportMaxAgeDays'>, today: IsoDate): boolean {
  if (!settings.lastBankImportOn) return true
  return daysBetween(settings.lastBankImportOn, today) > settings.bankImportMaxAgeDays
}
