/**
 * Runtime schema (zod 4) of documents:saveBalanceConfirmationsPdf, mirroring BalanceConfirmationModel
 * (renderer/domain/reports/confirmationTypes.ts): integer cents, real calendar dates, closed enums, bounded text.
 * The figures must add up the way the letter and its reply slip print them (balance = sum of the open documents -
 * unapplied credit), the letter is dated on or after the balance date and the reply date on or after the letter,
 * so a customer is never asked to confirm a balance the letter's own table contradicts. 1 to 500 letters.
 * Unknown keys are stripped. No electron import.
 *
 * The company schema is written out here rather than imported from schemas.ts, which imports this file (a cycle).
 */
import { z } from 'zod'
import { companySettingsSchema } from './companySchema'
import type { BalanceConfirmationDocument, BalanceConfirmationModel } from '../../renderer/domain/reports/confirmationTypes'
import type { CompanySettings } from '../../renderer/domain/types'
import type { BalanceConfirmationsPdfRequest } from './channels'
import {
  addressSchema,
  centsSchema,
  currencySchema,
  isoDateSchema,
  languageSchema,
  saveModeSchema,
  text,
} from './primitives'

export const MAX_CONFIRMATIONS_PER_BATCH = 500
export const MAX_DOCUMENTS_PER_CONFIRMATION = 2_000

const name = (max = 200) => z.string().trim().min(1, { error: 'must not be empty' }).max(max)
const nonNegativeCents = centsSchema.min(0, { error: 'must not be negative' })

export const confirmationDocumentSchema = z.object({
  number: name(60),
  issueDate: isoDateSchema,
  dueDate: isoDateSchema,
  open: centsSchema.min(1, { error: 'an open document has something open' }),
})

export const balanceConfirmationModelSchema = z
  .object({
    language: languageSchema,
    currency: currencySchema,
    asOf: isoDateSchema,
    date: isoDateSchema,
    reference: name(60),
    replyBy: isoDateSchema,
    customer: z.object({
      id: text(),
      code: text(40),
      legalName: name(),
      taxId: text(40),
      address: addressSchema,
      attention: text(),
    }),
    documents: z.array(confirmationDocumentSchema).max(MAX_DOCUMENTS_PER_CONFIRMATION),
    unappliedCredit: nonNegativeCents,
    balance: centsSchema,
  })
  .superRefine((m, ctx) => {
    if (m.date < m.asOf) ctx.addIssue({ code: 'custom', path: ['date'], message: 'must not be before the balance date' })
    if (m.replyBy < m.date) ctx.addIssue({ code: 'custom', path: ['replyBy'], message: 'must not be before the letter date' })
    for (const [i, d] of m.documents.entries()) {
      if (d.issueDate > m.asOf) ctx.addIssue({ code: 'custom', path: ['documents', i, 'issueDate'], message: 'must not be after the balance date' })
    }
    if (m.documents.reduce((s, d) => s + d.open, 0) - m.unappliedCredit !== m.balance) {
      ctx.addIssue({ code: 'custom', path: ['balance'], message: 'must equal the sum of the open documents - the unapplied credit' })
    }
  })

/** CompanySettings as schemas.ts checks it, with a legal name that must not be empty (the letterhead). */
export const confirmationCompanySchema = companySettingsSchema.extend({ legalName: name() })

export const balanceConfirmationsPdfRequestSchema = z.object({
  confirmations: z
    .array(balanceConfirmationModelSchema)
    .min(1, { error: 'the batch needs at least one letter' })
    .max(MAX_CONFIRMATIONS_PER_BATCH, { error: `at most ${MAX_CONFIRMATIONS_PER_BATCH} letters per batch` }),
  company: confirmationCompanySchema,
  mode: saveModeSchema,
  open: z.boolean(),
  batchName: name(120),
})

/* ---- compile-time drift checks: each schema's output and its type must be mutually assignable ---- */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
function assertSame<T extends true>(): T | void {}
assertSame<Same<z.infer<typeof confirmationDocumentSchema>, BalanceConfirmationDocument>>()
assertSame<Same<z.infer<typeof balanceConfirmationModelSchema>, BalanceConfirmationModel>>()
assertSame<Same<z.infer<typeof confirmationCompanySchema>, CompanySettings>>()
assertSame<Same<z.infer<typeof balanceConfirmationsPdfRequestSchema>, BalanceConfirmationsPdfRequest>>()
