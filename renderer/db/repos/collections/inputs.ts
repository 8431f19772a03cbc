/**
 * What the collections repositories accept (zod). Messages are the last part of `data.field.<problem>` codes, as in
 * renderer/db/inputs.ts; field labels live under data.fieldNames in locales/<lang>/dataErrors.json.
 */
import { z } from 'zod'
import { isoDate, nonNegativeMoney, optionalText, positiveMoney, requiredText } from '../../inputs'

const MAX_LONG_TEXT = 4000
const smallInt = (min: 0 | 1, max: number) =>
  z.number().int('notInteger').min(min, min === 0 ? 'mustNotBeNegative' : 'mustBePositive').max(max, 'tooLarge')
const idList = z.array(z.string().min(1, 'required')).max(1000, 'tooMany')

export const stepKindSchema = z.enum(['confirmReceipt', 'courtesy', 'reminder', 'demand'])
export const stepChannelSchema = z.enum(['call', 'letter', 'email'])
export const deliveryMethodSchema = z.enum(['print', 'post', 'registeredPost', 'burofax', 'email', 'hand'])
export const disputeReasonSchema = z.enum(['quality', 'quantity', 'price', 'notReceived', 'duplicate', 'other'])
export const templateKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'invalid')

export const collectionStepSchema = z.object({
  id: requiredText(40),
  kind: stepKindSchema,
  anchor: z.enum(['issue', 'due']),
  offsetDays: z.number().int('notInteger').min(-366, 'invalid').max(3650, 'tooLarge'),
  channel: stepChannelSchema,
  templateKey: z.union([z.literal(''), templateKeySchema]).default(''),
  fee: nonNegativeMoney.default(0),
})
export type CollectionStepInput = z.input<typeof collectionStepSchema>

export const profileInputSchema = z.object({
  /** Absent: a new custom profile. */
  id: z.string().trim().min(1).max(60).optional(),
  name: optionalText(100),
  steps: z.array(collectionStepSchema).min(1, 'required').max(30, 'tooMany'),
})
export type ProfileInput = z.input<typeof profileInputSchema>

export const templateInputSchema = z.object({
  templateKey: templateKeySchema,
  language: z.enum(['es', 'ro', 'en']),
  subject: requiredText(300),
  body: requiredText(20000),
})
export type TemplateInput = z.input<typeof templateInputSchema>

const referenceRate = z.number().int('notInteger').min(-1000, 'invalid').max(10000, 'tooLarge')
export const rateInputSchema = z.object({
  country: z.enum(['ES', 'RO']),
  /** First day of the half-year (validateRatePeriod: interest.rate.fromNotHalfYear otherwise). */
  from: isoDate,
  referenceRate,
  /** Default: referenceRate + 800. */
  statutoryRate: referenceRate.optional(),
  source: optionalText(300),
})
export type RateInput = z.input<typeof rateInputSchema>

export const rateUpdateSchema = rateInputSchema.pick({ referenceRate: true, statutoryRate: true, source: true })
export type RateUpdate = z.input<typeof rateUpdateSchema>

export const settingsInputSchema = z.object({
  dayCount: z.enum(['act365', 'act360']),
  compensationEur: nonNegativeMoney.max(10_000_000, 'tooLarge'),
  eurToRon: z.number().positive('mustBePositive').max(100, 'tooLarge'),
  bankImportMaxAgeDays: smallInt(1, 365),
  lastBankImportOn: z.union([z.literal(''), isoDate]),
  promiseGraceDays: smallInt(0, 60),
  noContactDays: smallInt(1, 3650),
})
export type CollectionSettingsInput = Partial<z.input<typeof settingsInputSchema>>

export const letterProposalSchema = z.object({
  stepId: requiredText(40),
  kind: stepKindSchema,
  channel: stepChannelSchema,
  profileId: requiredText(60),
  invoiceIds: idList.min(1, 'required'),
})

export const letterSentSchema = z.object({
  customerId: requiredText(100),
  proposals: z.array(letterProposalSchema).min(1, 'required').max(50, 'tooMany'),
  coveredInvoiceIds: idList.min(1, 'required'),
  documentName: optionalText(300),
  deliveryMethod: z.union([z.literal(''), deliveryMethodSchema]).default(''),
  today: isoDate,
  text: optionalText(MAX_LONG_TEXT),
})
export type LetterSentInput = z.input<typeof letterSentSchema>

export const callOutcomeSchema = z.object({
  customerId: requiredText(100),
  outcome: z.enum(['reached', 'notReached', 'promise', 'excuse', 'dispute']),
  text: optionalText(MAX_LONG_TEXT),
  invoiceIds: idList.default([]),
  promiseDate: z.union([z.literal(''), isoDate]).default(''),
  promiseAmount: positiveMoney.nullable().default(null),
  disputeReason: disputeReasonSchema.optional(),
  callStep: letterProposalSchema.omit({ channel: true }).optional(),
  today: isoDate,
})
export type CallOutcomeInput = z.input<typeof callOutcomeSchema>

export const deliverySchema = z.object({
  stepRecordId: requiredText(100),
  deliveryMethod: deliveryMethodSchema,
  proofRef: optionalText(100),
})

export const disputeInputSchema = z.object({
  invoiceId: requiredText(100),
  reason: disputeReasonSchema,
  text: optionalText(MAX_LONG_TEXT),
  today: isoDate,
  /** The timeline note's text as the user should read it (default: `text`). */
  note: optionalText(MAX_LONG_TEXT),
})
export type DisputeInput = z.input<typeof disputeInputSchema>

export const snoozeInputSchema = z.object({
  customerId: requiredText(100),
  until: isoDate,
  reason: requiredText(500),
  today: isoDate,
})
