/**
 * Runtime schema (zod 4) of the customer statement, mirroring StatementModel (renderer/domain/reports/statement.ts):
 * integer cents, real calendar dates, closed enums, bounded text. The figures must add up the way the PDF prints
 * them (each running balance = previous + debit - credit from the opening, totals = sums of the rows,
 * closing = opening + debits - credits, aging total = sum of the buckets = sum of the open invoices), so a
 * statement can never print a closing balance its table contradicts. Unknown keys are stripped. No electron import.
 */
import { z } from 'zod'
import type { StatementAging, StatementModel, StatementRow } from '../../renderer/domain/reports/statement'
import { addressSchema, centsSchema, currencySchema, isoDateSchema, languageSchema, text } from './primitives'

export const MAX_STATEMENT_ROWS = 20_000
export const MAX_STATEMENT_AGING_INVOICES = 5_000

const nonNegativeCents = centsSchema.min(0, { error: 'must not be negative' })

export const statementRowSchema = z.object({
  date: isoDateSchema,
  kind: z.enum(['invoice', 'creditNote', 'payment', 'discount']),
  reference: text(120),
  dueDate: z.union([z.literal(''), isoDateSchema]),
  debit: nonNegativeCents,
  credit: nonNegativeCents,
  balance: centsSchema,
})

export const statementAgingSchema = z
  .object({
    asOf: isoDateSchema,
    bounds: z.array(z.int().min(0).max(36_600)).min(1).max(12),
    buckets: z.array(nonNegativeCents).min(2).max(13),
    total: nonNegativeCents,
    invoices: z
      .array(
        z.object({
          number: text(60),
          issueDate: isoDateSchema,
          dueDate: isoDateSchema,
          daysPastDue: z.int().min(0).max(36_600),
          open: nonNegativeCents,
        }),
      )
      .max(MAX_STATEMENT_AGING_INVOICES),
  })
  .superRefine((a, ctx) => {
    if (a.buckets.length !== a.bounds.length + 1) {
      ctx.addIssue({ code: 'custom', path: ['buckets'], message: 'must have one more bucket than bounds' })
    }
    if (a.buckets.reduce((s, b) => s + b, 0) !== a.total) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'must equal the sum of the buckets' })
    }
    if (a.invoices.reduce((s, i) => s + i.open, 0) !== a.total) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'must equal the sum of the open invoices' })
    }
  })

export const statementModelSchema = z
  .object({
    language: languageSchema,
    currency: currencySchema,
    from: isoDateSchema,
    to: isoDateSchema,
    customer: z.object({
      id: text(),
      code: text(40),
      legalName: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
      taxId: text(40),
      tradeRegister: text(150),
      address: addressSchema,
    }),
    opening: centsSchema,
    rows: z.array(statementRowSchema).max(MAX_STATEMENT_ROWS),
    totalDebit: nonNegativeCents,
    totalCredit: nonNegativeCents,
    closing: centsSchema,
    aging: statementAgingSchema,
  })
  .superRefine((s, ctx) => {
    if (s.from > s.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before the start of the period' })
    let balance = s.opening
    let debit = 0
    let credit = 0
    for (const [i, r] of s.rows.entries()) {
      if (r.date < s.from || r.date > s.to) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'date'], message: 'must be within the period' })
      }
      balance += r.debit - r.credit
      debit += r.debit
      credit += r.credit
      if (r.balance !== balance) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'balance'], message: 'must equal the previous balance + debit - credit' })
        return
      }
    }
    if (debit !== s.totalDebit) ctx.addIssue({ code: 'custom', path: ['totalDebit'], message: 'must equal the sum of the debits' })
    if (credit !== s.totalCredit) ctx.addIssue({ code: 'custom', path: ['totalCredit'], message: 'must equal the sum of the credits' })
    if (s.opening + s.totalDebit - s.totalCredit !== s.closing) {
      ctx.addIssue({ code: 'custom', path: ['closing'], message: 'must equal opening + debits - credits' })
    }
  })

/* ---- compile-time drift checks: each schema's output and its type must be mutually assignable ---- */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
function assertSame<T extends true>(): T | void {}
assertSame<Same<z.infer<typeof statementRowSchema>, StatementRow>>()
assertSame<Same<z.infer<typeof statementAgingSchema>, StatementAging>>()
assertSame<Same<z.infer<typeof statementModelSchema>, StatementModel>>()
