/**
 * Collection steps carried out: letters sent (one timeline entry + one StepRecord per proposed step, in one
 * transaction), call outcomes (the call on the timeline, a promise, a dispute, and for a proposed call step its
 * StepRecord), and the delivery proof of a letter. A step done is never recorded twice for the same invoice.
 */
import { DomainError } from '../../../domain/errors'
import type { DeliveryMethod, StepRecord } from '../../../domain/collections/types'
import type { Interaction } from '../../../domain/types'
import { newId, nowIso, type Ctx } from '../../context'
import { parseInput } from '../../validate'
import { writeAudit } from '../audit'
import { addInteraction, interactionWriteTables } from '../lastContacts'
import { noteStepRecords } from '../summarySteps'
import { requireCustomer } from '../customers'
import { writeCollectionsAudit } from './audit'
import { openDisputesIn } from './disputes'
import { callOutcomeSchema, deliverySchema, letterSentSchema, type CallOutcomeInput, type LetterSentInput } from './inputs'
import { requireRight } from '../../rights'

export type { CallOutcomeInput, LetterSentInput } from './inputs'

interface StepToRecord {
  stepId: string
  kind: StepRecord['kind']
  channel: StepRecord['channel']
  profileId: string
  invoiceIds: string[]
}

/** Refuses unless every invoice exists and belongs to the customer. */
async function checkInvoices(ctx: Ctx, customerId: string, invoiceIds: Iterable<string>): Promise<void> {
  for (const id of new Set(invoiceIds)) {
    const inv = await ctx.db.invoices.get(id)
    if (!inv) throw new DomainError('data.invoice.notFound')
    if (inv.customerId !== customerId) throw new DomainError('data.interaction.foreignInvoice', { invoice: inv.fullNumber })
  }
}

/** Refuses when one of the steps was already recorded for one of its invoices ("never sent twice"). */
async function checkNotDone(ctx: Ctx, steps: StepToRecord[]): Promise<void> {
  for (const step of steps) {
    const done = await ctx.db.stepRecords.where('invoiceIds').anyOf(step.invoiceIds).filter((r) => r.stepId === step.stepId).first()
    if (done) {
      const invoiceId = done.invoiceIds.find((id) => step.invoiceIds.includes(id)) ?? ''
      const inv = await ctx.db.invoices.get(invoiceId)
      throw new DomainError('data.collections.stepAlreadyDone', { step: step.stepId, invoice: inv?.fullNumber ?? invoiceId, date: done.doneOn })
    }
  }
}

function interactionRow(ctx: Ctx, fields: Pick<Interaction, 'customerId' | 'type' | 'outcome' | 'text' | 'invoiceIds'> & Partial<Interaction>): Interaction {
  return { id: newId(), at: nowIso(ctx), promiseDate: '', promiseAmount: null, user: ctx.user, ...fields }
}

async function addStepRecords(ctx: Ctx, customerId: string, steps: StepToRecord[], base: Pick<StepRecord, 'doneOn' | 'interactionId' | 'documentName' | 'deliveryMethod'>): Promise<StepRecord[]> {
  const rows: StepRecord[] = steps.map((s) => ({
    id: newId(),
    customerId,
    invoiceIds: [...new Set(s.invoiceIds)],
    profileId: s.profileId,
    stepId: s.stepId,
    kind: s.kind,
    channel: s.channel,
    proofRef: '',
    ...base,
  }))
  await ctx.db.stepRecords.bulkAdd(rows)
  await noteStepRecords(ctx.db, customerId, rows)
  for (const r of rows) await writeCollectionsAudit(ctx, 'stepRecord', r.id, 'create', null, r)
  return rows
}

/** Proposals for the same step id are merged (one StepRecord per distinct step id, with all its invoices). */
function mergeByStep(steps: StepToRecord[]): StepToRecord[] {
  const byId = new Map<string, StepToRecord>()
  for (const s of steps) {
    const seen = byId.get(s.stepId)
    if (seen) seen.invoiceIds = [...new Set([...seen.invoiceIds, ...s.invoiceIds])]
    else byId.set(s.stepId, { ...s, invoiceIds: [...new Set(s.invoiceIds)] })
  }
  return [...byId.values()]
}

export interface LetterSent {
  interaction: Interaction
  stepRecords: StepRecord[]
}

/**
 * Records a letter (or e-mail) sent to a customer: ONE timeline interaction (type 'letter', or 'email' when every
 * step went by e-mail; with the document name and all covered invoices) and one StepRecord per proposed step,
 * linked to it, plus the audit rows, in one transaction. Refused when a step was already recorded for an invoice.
 */
export async function recordLetterSent(ctx: Ctx, input: LetterSentInput): Promise<LetterSent> {
  requireRight(ctx, 'interactions.write')
  const v = parseInput(letterSentSchema, input)
  const steps = mergeByStep(v.proposals)
  const { db } = ctx
  return db.transaction('rw', [...interactionWriteTables(db), db.stepRecords, db.invoices, db.customers, db.audit], async () => {
    const customer = await requireCustomer(ctx, v.customerId)
    await checkInvoices(ctx, customer.id, [...v.coveredInvoiceIds, ...steps.flatMap((s) => s.invoiceIds)])
    await checkNotDone(ctx, steps)
    const interaction = interactionRow(ctx, {
      customerId: customer.id,
      type: steps.every((s) => s.channel === 'email') ? 'email' : 'letter',
      outcome: '',
      text: v.text,
      invoiceIds: [...new Set(v.coveredInvoiceIds)],
      ...(v.documentName ? { documentName: v.documentName } : {}),
    })
    await addInteraction(db, interaction)
    await writeAudit(ctx, 'interaction', interaction.id, 'create', null, interaction)
    const stepRecords = await addStepRecords(ctx, customer.id, steps, {
      doneOn: v.today,
      interactionId: interaction.id,
      documentName: v.documentName,
      deliveryMethod: v.deliveryMethod,
    })
    return { interaction, stepRecords }
  })
}

export interface CallRecorded {
  interaction: Interaction
  stepRecord: StepRecord | null
  disputeIds: string[]
}

/**
 * Logs the outcome of a call on the timeline. A promise needs a date on or after today and an amount > 0; a dispute
 * needs a reason and the invoices, and opens a Dispute on each. For a proposed call step (callStep) the StepRecord is
 * written too, except when the customer was not reached (the call stays to do).
 */
export async function recordCallOutcome(ctx: Ctx, input: CallOutcomeInput): Promise<CallRecorded> {
  requireRight(ctx, 'interactions.write')
  const v = parseInput(callOutcomeSchema, input)
  if (v.outcome === 'promise') {
    if (v.promiseDate === '') throw new DomainError('data.field.required', { field: 'promiseDate', path: 'promiseDate' })
    if (v.promiseDate < v.today) throw new DomainError('data.interaction.promiseDateInPast', { date: v.promiseDate })
    if (v.promiseAmount === null) throw new DomainError('data.field.required', { field: 'promiseAmount', path: 'promiseAmount' })
  }
  if (v.outcome === 'dispute') {
    if (!v.disputeReason) throw new DomainError('data.field.required', { field: 'disputeReason', path: 'disputeReason' })
    if (v.invoiceIds.length === 0) throw new DomainError('data.collections.disputeNeedsInvoice')
  }
  const steps: StepToRecord[] = v.callStep && v.outcome !== 'notReached' ? [{ ...v.callStep, channel: 'call' }] : []
  const { db } = ctx
  const tables = [...interactionWriteTables(db), db.stepRecords, db.disputes, db.invoices, db.customers, db.audit]
  return db.transaction('rw', tables, async () => {
    const customer = await requireCustomer(ctx, v.customerId)
    await checkInvoices(ctx, customer.id, [...v.invoiceIds, ...(v.callStep?.invoiceIds ?? [])])
    await checkNotDone(ctx, steps)
    const isPromise = v.outcome === 'promise'
    const interaction = interactionRow(ctx, {
      customerId: customer.id,
      type: 'call',
      outcome: v.outcome,
      text: v.text,
      invoiceIds: [...new Set(v.invoiceIds)],
      promiseDate: isPromise ? v.promiseDate : '',
      promiseAmount: isPromise ? v.promiseAmount : null,
    })
    await addInteraction(db, interaction)
    await writeAudit(ctx, 'interaction', interaction.id, 'create', null, interaction)
    const disputes =
      v.outcome === 'dispute' && v.disputeReason ? await openDisputesIn(ctx, customer.id, v.invoiceIds, v.disputeReason, v.text, v.today) : []
    const [stepRecord] = await addStepRecords(ctx, customer.id, steps, {
      doneOn: v.today,
      interactionId: interaction.id,
      documentName: '',
      deliveryMethod: '',
    })
    return { interaction, stepRecord: stepRecord ?? null, disputeIds: disputes.map((d) => d.id) }
  })
}

/** Records how a letter went out (burofax, registered post...) and, when it arrives, the delivery proof reference. */
export async function markDelivery(ctx: Ctx, stepRecordId: string, deliveryMethod: DeliveryMethod, proofRef: string): Promise<StepRecord> {
  requireRight(ctx, 'interactions.write')
  const v = parseInput(deliverySchema, { stepRecordId, deliveryMethod, proofRef })
  const { db } = ctx
  return db.transaction('rw', [db.stepRecords, db.audit], async () => {
    const before = await db.stepRecords.get(v.stepRecordId)
    if (!before) throw new DomainError('data.collections.stepNotFound')
    if (before.channel === 'call') throw new DomainError('data.collections.callHasNoDelivery')
    const after: StepRecord = { ...before, deliveryMethod: v.deliveryMethod, proofRef: v.proofRef }
    await db.stepRecords.put(after)
    await writeCollectionsAudit(ctx, 'stepRecord', after.id, 'update', before, after)
    return after
  })
}

/** The customer's step records, newest first (the timeline shows delivery and proof of letters). */
export async function stepRecordsOf(ctx: Ctx, customerId: string): Promise<StepRecord[]> {
  const rows = await ctx.db.stepRecords.where('customerId').equals(customerId).toArray()
  return rows.sort((a, b) => b.doneOn.localeCompare(a.doneOn))
}

/** The step record written with a timeline interaction, if any (to show delivery and proof on the timeline). */
export async function stepRecordsOfInteraction(ctx: Ctx, customerId: string, interactionId: string): Promise<StepRecord[]> {
  return (await stepRecordsOf(ctx, customerId)).filter((r) => r.interactionId === interactionId)
}
