/**
 * Runtime schemas (zod 4) of the exports:* channels (see exports.ts for the begin/append/finish/abort protocol).
 *
 * The channel schema of `exports:append` only checks the envelope (exportId, 1..5,000 row objects, or arrays: packed
 * sales register rows, exportPacking.ts): the rows are checked by main with `exportRowSchemas[kind]` (a packed row
 * by the same rules in main/exports/packedSales.ts) once the session's kind is known (electron/main/exports/checks.ts),
 * and rejected with the same `ipc.invalidInput` { field: 'rows.<i>.<path>', problem, channel } shape.
 *
 * What each row schema checks by itself (the rest needs the begin options and lives in checks.ts):
 *   salesRegister  base / VAT / recargo = the sums of byRate; total = base + VAT + recargo; no rate twice;
 *                  recargo only where recargoRate > 0; invoices never negative, credit notes never positive;
 *                  a cancelled invoice has every amount 0, no rates and no document currency, total or rate;
 *                  cancelledOn and cancelReason only on a cancelled invoice;
 *                  documentCurrency, documentTotal and exchangeRate are all given or all empty.
 *   payments       amount = allocated + unallocated, none negative (discount is separate, informational).
 *   creditNotes    total = base + VAT + recargo, all with the same sign.
 *   aging          total = the sum of the buckets.
 *   statement      debit and credit never negative; an 'opening' row has debit = credit = 0 (its balance is the
 *                  opening balance, any sign).
 * Money in integer cents, rates in basis points, real calendar dates, closed enums, bounded text.
 * Unknown keys are stripped. The compile-time checks at the bottom fail `tsc` if a schema and its type drift apart.
 */
import { z } from 'zod'
import type {
  AgingExportRow,
  CreditNoteRegisterRow,
  CustomerExportRow,
  ExportAbortRequest,
  ExportAppendRequest,
  ExportBeginRequest,
  ExportFinishRequest,
  ExportKind,
  ExportRowsByKind,
  ExportWireRow,
  PaymentRegisterRow,
  SalesRegisterRow,
  StatementExportRow,
  TaxRateColumn,
} from './exports'
import { basisPointsSchema, centsSchema, currencySchema, isoDateSchema, languageSchema, LONG, saveModeSchema, text } from './primitives'
import { CANCELLED_PROBLEMS, cancelledRowProblem, SALES_DOC_TYPES } from './salesCancelled'

export const EXPORT_KINDS = ['salesRegister', 'payments', 'creditNotes', 'aging', 'customers', 'statement'] as const
export const MAX_EXPORT_CHUNK = 5_000
export const MAX_EXPORT_RATES = 12
export const MAX_EXPORT_BOUNDS = 12
export const MAX_EXPORT_TITLE_LINES = 6

const nonNegativeCents = centsSchema.min(0, { error: 'must not be negative' })
const optionalDate = z.union([z.literal(''), isoDateSchema])
const countryCode = z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, { error: 'must be a 2-letter country code' })])
const paymentMethodSchema = z.enum(['transfer', 'cash', 'card', 'cheque', 'promissoryNote', 'directDebit'])

export const taxRateColumnSchema = z
  .object({ vatRate: basisPointsSchema, recargoRate: basisPointsSchema })
  .refine((r) => r.vatRate > 0 || r.recargoRate === 0, { error: 'a 0 % rate has no recargo', path: ['recargoRate'] })

export const exportBeginRequestSchema = z
  .object({
    kind: z.enum(EXPORT_KINDS),
    format: z.enum(['xlsx', 'csv']),
    language: languageSchema,
    currency: currencySchema,
    fileName: text(150),
    mode: saveModeSchema,
    title: z.array(text(300)).max(MAX_EXPORT_TITLE_LINES),
    rates: z.array(taxRateColumnSchema).min(1).max(MAX_EXPORT_RATES).optional(),
    cancellations: z.boolean().optional(),
    bounds: z.array(z.int().min(0).max(36_600)).min(1).max(MAX_EXPORT_BOUNDS).optional(),
  })
  .superRefine((req, ctx) => {
    if (req.kind === 'salesRegister' && !req.rates) {
      ctx.addIssue({ code: 'custom', path: ['rates'], message: 'the sales register needs its VAT rates' })
    }
    const seen = new Set<number>()
    for (const [i, r] of (req.rates ?? []).entries()) {
      if (seen.has(r.vatRate)) ctx.addIssue({ code: 'custom', path: ['rates', i, 'vatRate'], message: 'must not repeat a VAT rate' })
      seen.add(r.vatRate)
    }
    if (req.kind === 'aging' && !req.bounds) {
      ctx.addIssue({ code: 'custom', path: ['bounds'], message: 'the aging export needs its bucket bounds' })
    }
    for (const [i, b] of (req.bounds ?? []).entries()) {
      if (i > 0 && b <= req.bounds![i - 1]!) {
        ctx.addIssue({ code: 'custom', path: ['bounds', i], message: 'must be greater than the previous bound' })
      }
    }
  })

const byRateSchema = z.object({
  vatRate: basisPointsSchema,
  recargoRate: basisPointsSchema,
  base: centsSchema,
  vat: centsSchema,
  recargo: centsSchema,
})

export const salesRegisterRowSchema = z
  .object({
    docType: z.enum(SALES_DOC_TYPES),
    date: isoDateSchema,
    operationDate: optionalDate,
    series: text(20),
    number: text(60),
    correctedNumber: text(60),
    customerName: text(),
    taxId: text(40),
    country: countryCode,
    byRate: z.array(byRateSchema).max(MAX_EXPORT_RATES),
    base: centsSchema,
    vat: centsSchema,
    recargo: centsSchema,
    total: centsSchema,
    documentCurrency: z.union([z.literal(''), currencySchema]),
    documentTotal: centsSchema.nullable(),
    exchangeRate: z.number().positive().finite().nullable(),
    cancelledOn: optionalDate,
    cancelReason: text(LONG),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<number>()
    for (const [i, b] of r.byRate.entries()) {
      if (seen.has(b.vatRate)) ctx.addIssue({ code: 'custom', path: ['byRate', i, 'vatRate'], message: 'must not repeat a VAT rate' })
      seen.add(b.vatRate)
      if (b.recargoRate === 0 && b.recargo !== 0) {
        ctx.addIssue({ code: 'custom', path: ['byRate', i, 'recargo'], message: 'must be 0 when the recargo rate is 0' })
      }
    }
    for (const k of ['base', 'vat', 'recargo'] as const) {
      if (r.byRate.reduce((s, b) => s + b[k], 0) !== r[k]) {
        ctx.addIssue({ code: 'custom', path: [k], message: 'must equal the sum of byRate' })
      }
    }
    if (r.base + r.vat + r.recargo !== r.total) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'must equal base + VAT + recargo' })
    }
    if (r.docType === 'cancelledInvoice') {
      const cancelled = cancelledRowProblem(r.byRate, r, r)
      if (cancelled) ctx.addIssue({ code: 'custom', path: cancelled.path, message: cancelled.problem })
    } else {
      const sign = r.docType === 'invoice' ? 1 : -1
      const problem = sign > 0 ? 'must not be negative on an invoice' : 'must not be positive on a credit note'
      for (const [i, b] of r.byRate.entries()) {
        for (const k of ['base', 'vat', 'recargo'] as const) {
          if (b[k] * sign < 0) ctx.addIssue({ code: 'custom', path: ['byRate', i, k], message: problem })
        }
      }
      for (const k of ['base', 'vat', 'recargo', 'total', 'documentTotal'] as const) {
        if ((r[k] ?? 0) * sign < 0) ctx.addIssue({ code: 'custom', path: [k], message: problem })
      }
      for (const k of ['cancelledOn', 'cancelReason'] as const) {
        if (r[k] !== '') ctx.addIssue({ code: 'custom', path: [k], message: CANCELLED_PROBLEMS.notCancelled })
      }
    }
    const given = [r.documentCurrency !== '', r.documentTotal !== null, r.exchangeRate !== null]
    if (given.some((g) => g !== given[0])) {
      ctx.addIssue({ code: 'custom', path: ['documentCurrency'], message: 'currency, total and exchange rate go together' })
    }
  })

export const paymentRegisterRowSchema = z
  .object({
    date: isoDateSchema,
    customerCode: text(40),
    customerName: text(),
    taxId: text(40),
    method: paymentMethodSchema,
    reference: text(),
    amount: nonNegativeCents,
    allocated: nonNegativeCents,
    discount: nonNegativeCents,
    unallocated: nonNegativeCents,
    invoices: text(LONG),
  })
  .refine((r) => r.allocated + r.unallocated === r.amount, { error: 'must equal allocated + unallocated', path: ['amount'] })

export const creditNoteRegisterRowSchema = z
  .object({
    date: isoDateSchema,
    number: text(60),
    correctedNumber: text(60),
    customerName: text(),
    taxId: text(40),
    reason: text(LONG),
    base: centsSchema,
    vat: centsSchema,
    recargo: centsSchema,
    total: centsSchema,
  })
  .superRefine((r, ctx) => {
    if (r.base + r.vat + r.recargo !== r.total) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'must equal base + VAT + recargo' })
    }
    const amounts = [r.base, r.vat, r.recargo, r.total]
    if (amounts.some((a) => a > 0) && amounts.some((a) => a < 0)) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'amounts must all have the same sign' })
    }
  })

export const agingExportRowSchema = z
  .object({
    customerCode: text(40),
    customerName: text(),
    taxId: text(40),
    buckets: z.array(centsSchema).min(2).max(MAX_EXPORT_BOUNDS + 1),
    total: centsSchema,
    oldestDueDate: optionalDate,
  })
  .refine((r) => r.buckets.reduce((s, b) => s + b, 0) === r.total, { error: 'must equal the sum of the buckets', path: ['total'] })

export const customerExportRowSchema = z.object({
  code: text(40),
  legalName: text(),
  tradeName: text(),
  taxId: text(40),
  country: countryCode,
  city: text(),
  email: text(),
  phone: text(60),
  terms: text(),
  creditLimit: nonNegativeCents,
  balance: centsSchema,
  overdue: centsSchema,
  language: languageSchema,
  collectionProfile: text(),
})

export const statementExportRowSchema = z
  .object({
    date: isoDateSchema,
    kind: z.enum(['opening', 'invoice', 'creditNote', 'payment', 'discount']),
    reference: text(120),
    dueDate: optionalDate,
    debit: nonNegativeCents,
    credit: nonNegativeCents,
    balance: centsSchema,
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'opening' && (r.debit !== 0 || r.credit !== 0)) {
      ctx.addIssue({ code: 'custom', path: [r.debit !== 0 ? 'debit' : 'credit'], message: 'must be 0 on the opening row' })
    }
  })

/** Kind -> schema of one row of that kind (checked by main once the session's kind is known). */
export const exportRowSchemas: { [K in ExportKind]: z.ZodType<ExportRowsByKind[K]> } = {
  salesRegister: salesRegisterRowSchema,
  payments: paymentRegisterRowSchema,
  creditNotes: creditNoteRegisterRowSchema,
  aging: agingExportRowSchema,
  customers: customerExportRowSchema,
  statement: statementExportRowSchema,
}

const exportIdSchema = z.string().min(1).max(64)
/** An object, or an array (a packed sales register row, exportPacking.ts); main checks it once the kind is known. */
const rowObject = z.custom<ExportWireRow>((v) => typeof v === 'object' && v !== null, {
  error: 'must be an object',
})

export const exportAppendRequestSchema = z.object({
  exportId: exportIdSchema,
  rows: z.array(rowObject).min(1, { error: 'must hold at least one row' }).max(MAX_EXPORT_CHUNK, { error: 'at most 5000 rows per chunk' }),
})

export const exportFinishRequestSchema = z.object({ exportId: exportIdSchema, open: z.boolean() })
export const exportAbortRequestSchema = z.object({ exportId: exportIdSchema })

export const exportSchemas = {
  'exports:begin': exportBeginRequestSchema,
  'exports:append': exportAppendRequestSchema,
  'exports:finish': exportFinishRequestSchema,
  'exports:abort': exportAbortRequestSchema,
}

/* ---- compile-time drift checks: each schema's output and its type must be mutually assignable ---- */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
function assertSame<T extends true>(): T | void {}
assertSame<Same<z.infer<typeof taxRateColumnSchema>, TaxRateColumn>>()
assertSame<Same<z.infer<typeof exportBeginRequestSchema>, ExportBeginRequest>>()
assertSame<Same<z.infer<typeof salesRegisterRowSchema>, SalesRegisterRow>>()
assertSame<Same<z.infer<typeof paymentRegisterRowSchema>, PaymentRegisterRow>>()
assertSame<Same<z.infer<typeof creditNoteRegisterRowSchema>, CreditNoteRegisterRow>>()
assertSame<Same<z.infer<typeof agingExportRowSchema>, AgingExportRow>>()
assertSame<Same<z.infer<typeof customerExportRowSchema>, CustomerExportRow>>()
assertSame<Same<z.infer<typeof statementExportRowSchema>, StatementExportRow>>()
assertSame<Same<z.infer<typeof exportAppendRequestSchema>, ExportAppendRequest>>()
assertSame<Same<z.infer<typeof exportFinishRequestSchema>, ExportFinishRequest>>()
assertSame<Same<z.infer<typeof exportAbortRequestSchema>, ExportAbortRequest>>()
