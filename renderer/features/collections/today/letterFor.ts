/**
 * A queue item's letter: gathers what buildLetterModel needs (company, customer, the covered invoices with their
 * reductions, the effective template in the customer's language, settings, rates) and builds the model that main
 * prints; and what recording it as sent writes.
 */
import { letterInputs } from '../../../db/repos/collections/letters'
import type { LetterSentInput } from '../../../db/repos/collections/steps'
import { buildLetterModel } from '../../../domain/collections/letter'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { DeliveryMethod, LetterModel } from '../../../domain/collections/types'
import { DomainError } from '../../../domain/errors'
import type { IsoDate } from '../../../domain/types'
import type { Ctx } from '../../../db/context'

/** The letter of a queue item as main prints it (in the customer's language), from the storage's letterInputs. */
export async function letterModelFor(ctx: Ctx, item: WorkQueueItem, today: IsoDate): Promise<LetterModel> {
  const proposal = item.letters[0]
  if (!proposal) throw new DomainError('letters.noInvoices')
  const step = proposal.step
  const inputs = await letterInputs(ctx, item.customerId, today)
  const template = inputs.templates[step.templateKey]
  if (!template) throw new DomainError('collections:errors.templateMissing', { key: step.templateKey, language: inputs.language })
  const covered = new Set(proposal.invoiceIds)
  return buildLetterModel({
    company: inputs.company,
    customer: inputs.customer,
    invoices: inputs.invoices.filter((x) => covered.has(x.invoice.id)),
    step,
    steps: item.letterSteps.map((s) => s.step),
    template,
    settings: inputs.settings,
    rates: inputs.rates,
    today,
    language: inputs.language,
    remindersSent: item.remindersSent,
  })
}

/** Letters built at the same time by letterModelsFor: each mostly waits on IndexedDB, not on the CPU. */
export const LETTERS_IN_FLIGHT = 8

export type BuiltLetter = { item: WorkQueueItem; letter: LetterModel } | { item: WorkQueueItem; error: unknown }

/**
 * The letters of many queue items ("Print all letters due today"), in the items' order, a few at a time: one by
 * one, 200 letters spent 1.5-3 s waiting on the database. An item whose letter cannot be built gets its error.
 */
export async function letterModelsFor(ctx: Ctx, items: readonly WorkQueueItem[], today: IsoDate, inFlight = LETTERS_IN_FLIGHT): Promise<BuiltLetter[]> {
  const out: BuiltLetter[] = new Array<BuiltLetter>(items.length)
  let next = 0
  async function worker(): Promise<void> {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i]!
      try {
        out[i] = { item, letter: await letterModelFor(ctx, item, today) }
      } catch (error) {
        out[i] = { item, error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker))
  return out
}

/** What recording the item's letter as sent writes: one StepRecord per proposed step and one timeline entry. */
export function letterSentInput(item: WorkQueueItem, today: IsoDate, documentName: string, deliveryMethod: DeliveryMethod, text: string): LetterSentInput {
  return {
    customerId: item.customerId,
    proposals: item.letterSteps.map((s) => ({ stepId: s.stepId, kind: s.step.kind, channel: s.step.channel, profileId: s.profileId, invoiceIds: s.invoiceIds })),
    coveredInvoiceIds: item.letters[0]?.invoiceIds ?? [],
    documentName,
    deliveryMethod,
    today,
    text,
  }
}

/** The file name of a saved document (the timeline links to it in the documents folder). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
