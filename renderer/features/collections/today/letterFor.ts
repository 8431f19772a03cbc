/**
 * A queue item's letter: gathers what buildLetterModel needs (company, customer, the covered invoices with their
 * reductions, the effective template in the customer's language, settings, rates) and builds the model that main
 * prints; and what recording it as sent writes.
 */
import { getCompany } from '../../../db/repos/company'
import { getCustomer } from '../../../db/repos/customers'
import { getInvoice } from '../../../db/repos/invoices'
import { reductionsOfCustomer } from '../../../db/repos/collections/interest'
import { listRates } from '../../../db/repos/collections/rates'
import { getCollectionSettings } from '../../../db/repos/collections/settings'
import type { LetterSentInput } from '../../../db/repos/collections/steps'
import { getEffectiveTemplate } from '../../../db/repos/collections/templates'
import { buildLetterModel } from '../../../domain/collections/letter'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { DeliveryMethod, LetterModel } from '../../../domain/collections/types'
import { DomainError } from '../../../domain/errors'
import type { Invoice, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../../db/context'

/** The letter of a queue item as main prints it (in the customer's language). */
export async function letterModelFor(ctx: Ctx, item: WorkQueueItem, today: IsoDate): Promise<LetterModel> {
  const proposal = item.letters[0]
  if (!proposal) throw new DomainError('letters.noInvoices')
  const step = proposal.step
  const [company, customer, settings, rates, reductions] = await Promise.all([
    getCompany(ctx),
    getCustomer(ctx, item.customerId),
    getCollectionSettings(ctx),
    listRates(ctx),
    reductionsOfCustomer(ctx, item.customerId),
  ])
  if (!company) throw new DomainError('collections:errors.noCompany')
  if (!customer) throw new DomainError('data.customer.notFound')
  const language = customer.language
  const template = await getEffectiveTemplate(ctx, step.templateKey, language)
  if (!template) throw new DomainError('collections:errors.templateMissing', { key: step.templateKey, language })
  const invoices = (await Promise.all(proposal.invoiceIds.map((id) => getInvoice(ctx, id)))).filter((i): i is Invoice => i !== undefined)
  return buildLetterModel({
    company,
    customer,
    invoices: invoices.map((invoice) => ({ invoice, reductions: reductions.get(invoice.id) ?? [] })),
    step,
    steps: item.letterSteps.map((s) => s.step),
    template,
    settings,
    rates,
    today,
    language,
    remindersSent: item.remindersSent,
  })
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
