/**
 * Runtime schemas (zod 4) of the letter channels, mirroring LetterModel (renderer/domain/collections/types.ts):
 * integer cents and basis points, real calendar dates, closed enums, bounded text. The amounts must add up the way
 * the letter prints them (principal = sum of outstanding, interest and compensation = sums of the rows,
 * total claimed = principal + interest + compensation + fees), so a PDF can never state a total its table
 * contradicts. Unknown keys are stripped. No electron import here.
 */
import { z } from 'zod'
import type { LetterInvoiceRow, LetterModel } from '../../renderer/domain/collections/types'
import type { LetterPdfRequest, LettersBatchPdfRequest } from './channels'
import {
  addressSchema,
  basisPointsSchema,
  centsSchema,
  countrySchema,
  currencySchema,
  isoDateSchema,
  languageSchema,
  LONG,
  logoSchema,
  saveModeSchema,
  text,
} from './primitives'

export const MAX_LETTERS_PER_BATCH = 500
export const MAX_INVOICES_PER_LETTER = 500

const name = (max = 200) => z.string().trim().min(1, { error: 'must not be empty' }).max(max)
const nonNegativeCents = centsSchema.min(0, { error: 'must not be negative' })

export const stepKindSchema = z.enum(['confirmReceipt', 'courtesy', 'reminder', 'demand'])

export const letterInvoiceRowSchema = z.object({
  invoiceId: text(),
  number: name(60),
  issueDate: isoDateSchema,
  dueDate: isoDateSchema,
  total: centsSchema,
  outstanding: centsSchema,
  daysLate: z.int({ error: 'must be a whole number of days' }).min(-3660).max(36600),
  interest: nonNegativeCents,
  rate: basisPointsSchema,
  compensation: nonNegativeCents,
})

export const letterCompanySchema = z.object({
  legalName: name(),
  taxId: text(40),
  tradeRegister: text(150),
  address: addressSchema,
  iban: text(50),
  bankName: text(),
  email: text(),
  phone: text(60),
  logoDataUrl: logoSchema,
})

export const letterCustomerSchema = z.object({
  id: text(),
  legalName: name(),
  taxId: text(40),
  tradeRegister: text(150),
  address: addressSchema,
  contactName: text(),
})

const sum = (rows: LetterInvoiceRow[], key: 'outstanding' | 'interest' | 'compensation'): number =>
  rows.reduce((s, r) => s + r[key], 0)

export const letterModelSchema = z
  .object({
    templateKey: text(60),
    kind: stepKindSchema,
    language: languageSchema,
    country: countrySchema,
    currency: currencySchema,
    date: isoDateSchema,
    payBy: isoDateSchema,
    company: letterCompanySchema,
    customer: letterCustomerSchema,
    invoices: z
      .array(letterInvoiceRowSchema)
      .min(1, { error: 'a letter needs at least one invoice' })
      .max(MAX_INVOICES_PER_LETTER),
    principal: centsSchema,
    interest: nonNegativeCents,
    compensation: nonNegativeCents,
    fees: nonNegativeCents,
    totalClaimed: centsSchema,
    paragraphs: z.array(text(LONG)).max(60),
    subject: name(300),
    remindersSent: z.int().min(0).max(1000),
  })
  .superRefine((l, ctx) => {
    if (l.payBy < l.date) ctx.addIssue({ code: 'custom', path: ['payBy'], message: 'must not be before the letter date' })
    if (sum(l.invoices, 'outstanding') !== l.principal) {
      ctx.addIssue({ code: 'custom', path: ['principal'], message: 'must equal the sum of the invoices outstanding' })
    }
    if (sum(l.invoices, 'interest') !== l.interest) {
      ctx.addIssue({ code: 'custom', path: ['interest'], message: 'must equal the sum of the invoices interest' })
    }
    if (sum(l.invoices, 'compensation') !== l.compensation) {
      ctx.addIssue({ code: 'custom', path: ['compensation'], message: 'must equal the sum of the invoices compensation' })
    }
    if (l.principal + l.interest + l.compensation + l.fees !== l.totalClaimed) {
      ctx.addIssue({ code: 'custom', path: ['totalClaimed'], message: 'must equal principal + interest + compensation + fees' })
    }
  })

export const letterPdfRequestSchema = z.object({
  letter: letterModelSchema,
  mode: saveModeSchema,
  open: z.boolean(),
})

/**
 * The batch as the channel checks it before the handler runs: everything but the letters themselves, which main
 * checks one by one against letterModelSchema in short slices (electron/main/handlers/letterBatchInput.ts): 200
 * letters at once kept main's event loop busy for 30-250 ms. Refusals name the same fields ('letters.3.principal').
 * lettersBatchPdfRequestSchema below is the whole request, checked in one go (its type is the contract's).
 */
export const lettersBatchEnvelopeSchema = z.object({
  letters: z
    .array(z.custom<LetterModel>(() => true))
    .min(1, { error: 'the batch needs at least one letter' })
    .max(MAX_LETTERS_PER_BATCH, { error: `at most ${MAX_LETTERS_PER_BATCH} letters per batch` }),
  mode: saveModeSchema,
  open: z.boolean(),
  batchName: name(120),
})

export const lettersBatchPdfRequestSchema = z.object({
  letters: z
    .array(letterModelSchema)
    .min(1, { error: 'the batch needs at least one letter' })
    .max(MAX_LETTERS_PER_BATCH, { error: `at most ${MAX_LETTERS_PER_BATCH} letters per batch` }),
  mode: saveModeSchema,
  open: z.boolean(),
  batchName: name(120),
})

/* ---- compile-time drift checks: each schema's output and its type must be mutually assignable ---- */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
function assertSame<T extends true>(): T | void {}
assertSame<Same<z.infer<typeof letterInvoiceRowSchema>, LetterInvoiceRow>>()
assertSame<Same<z.infer<typeof letterModelSchema>, LetterModel>>()
assertSame<Same<z.infer<typeof letterPdfRequestSchema>, LetterPdfRequest>>()
assertSame<Same<z.infer<typeof lettersBatchPdfRequestSchema>, LettersBatchPdfRequest>>()
assertSame<Same<z.infer<typeof lettersBatchEnvelopeSchema>, LettersBatchPdfRequest>>()
