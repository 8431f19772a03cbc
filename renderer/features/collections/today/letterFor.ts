/**
 * A queue item's letter: gathers what buildLetterModel needs (company, customer, the covered invoices with their
 * reductions, the effective template in the customer's language, settings, rates) and builds the model that main
 * prints; and what recording it as sent writes.
 */
import { letterInputsBatch, type LetterInputsOrError } from '../../../db/repos/collections/letterBatch'
import { letterInputs, type LetterInputs } from '../../../db/repos/collections/letters'
import type { LetterSentInput } from '../../../db/repos/collections/steps'
import { buildLetterModel } from '../../../domain/collections/letter'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { DeliveryMethod, LetterModel } from '../../../domain/collections/types'
import { DomainError } from '../../../domain/errors'
import type { IsoDate } from '../../../domain/types'
import type { Ctx } from '../../../db/context'

/** The letter of a queue item as main prints it (in the customer's language), from the storage's letterInputs. */
export async function letterModelFor(ctx: Ctx, item: WorkQueueItem, today: IsoDate): Promise<LetterModel> {
  if (!item.letters[0]) throw new DomainError('letters.noInvoices')
  return letterFromInputs(item, await letterInputs(ctx, item.customerId, today), today)
}

/** The item's letter from its customer's inputs (letterInputs, or letterInputsBatch's restricted to the letter). */
function letterFromInputs(item: WorkQueueItem, inputs: LetterInputs, today: IsoDate): LetterModel {
  const proposal = item.letters[0]
  if (!proposal) throw new DomainError('letters.noInvoices')
  const step = proposal.step
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

export type BuiltLetter = { item: WorkQueueItem; letter: LetterModel } | { item: WorkQueueItem; error: unknown }

/** Letters whose inputs are read in one transaction (a day's letters at once; a larger selection in slices). */
export const LETTERS_PER_READ = 500

/**
 * The letters of many queue items ("Print all letters due today"), in the items' order, the same models as
 * letterModelFor builds one by one. Read in bulk (letterInputsBatch: the shared rows once, only the letters'
 * invoices and their reductions), `perRead` letters per transaction: read letter by letter, even eight at a time,
 * 200 letters spent 1.5-3 s waiting on the database. An item whose letter cannot be built gets its error; when a
 * read fails, each of its items gets that error.
 */
export async function letterModelsFor(ctx: Ctx, items: readonly WorkQueueItem[], today: IsoDate, perRead = LETTERS_PER_READ): Promise<BuiltLetter[]> {
  const out = new Array<BuiltLetter>(items.length)
  for (let start = 0; start < items.length; start += perRead) {
    const slice = items.slice(start, start + perRead)
    const withLetter = slice.flatMap((item, k) => (item.letters[0] ? [k] : []))
    let read: LetterInputsOrError[]
    try {
      read = await letterInputsBatch(ctx, withLetter.map((k) => ({ customerId: slice[k]!.customerId, invoiceIds: slice[k]!.letters[0]!.invoiceIds })), today)
    } catch (error) {
      read = withLetter.map(() => ({ error }))
    }
    const inputsAt = new Map(withLetter.map((k, n) => [k, read[n]!]))
    slice.forEach((item, k) => {
      try {
        const r = inputsAt.get(k)
        if (!r) throw new DomainError('letters.noInvoices')
        if ('error' in r) throw r.error
        out[start + k] = { item, letter: letterFromInputs(item, r.inputs, today) }
      } catch (error) {
        out[start + k] = { item, error }
      }
    })
  }
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
