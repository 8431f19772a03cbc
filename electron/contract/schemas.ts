/**
 * Runtime schemas (zod 4) for every channel's input, mirroring renderer/domain/types.ts:
 * money in integer cents, rates in integer basis points, dates 'YYYY-MM-DD' that exist on the calendar, closed enums.
 * Unknown keys are stripped. The compile-time checks at the bottom fail `tsc` if a schema and its type drift apart.
 * No electron import here.
 */
import { z } from 'zod'
import type {
  Address,
  CompanySettings,
  CreditNote,
  EarlyPaymentDiscount,
  Invoice,
  InvoiceLine,
  InvoiceTotals,
  PartySnapshot,
  PaymentTerms,
  TaxBreakdownRow,
} from '../../renderer/domain/types'
import type { Channel, CreditNotePdfRequest, InputOf, InvoicePdfRequest, StatementPdfRequest } from './channels'
import { letterPdfRequestSchema, lettersBatchEnvelopeSchema } from './letterSchemas'
import { statementModelSchema } from './statementSchemas'
import { balanceConfirmationsPdfRequestSchema } from './confirmationSchemas'
import { exportSchemas } from './exportSchemas'
import { backupInputSchemas } from './backupSchemas'
import { einvoiceInputSchemas } from './einvoiceSchemas'
import { companySettingsSchema, paymentTermsSchema } from './companySchema'
import { QR_BASE } from '../../renderer/domain/einvoice/verifactu/qr'
import {
  addressSchema,
  basisPointsSchema,
  centsSchema,
  currencySchema,
  isoDateSchema,
  isoDateTimeSchema,
  languageSchema,
  LONG,
  SHORT,
  quantitySchema,
  saveModeSchema,
  text,
} from './primitives'

export {
  addressSchema,
  basisPointsSchema,
  centsSchema,
  countrySchema,
  currencySchema,
  isCalendarDate,
  isoDateSchema,
  isoDateTimeSchema,
  languageSchema,
  logoSchema,
  quantitySchema,
  saveModeSchema,
} from './primitives'
export { letterModelSchema, letterPdfRequestSchema, lettersBatchPdfRequestSchema } from './letterSchemas'

export { companySettingsSchema, paymentTermsSchema } from './companySchema'

export const earlyDiscountSchema = z.object({
  percent: basisPointsSchema,
  days: z.int().min(0).max(366),
})

export const partySnapshotSchema = z.object({
  legalName: text(),
  taxId: text(40),
  tradeRegister: text(150),
  address: addressSchema,
})

export const invoiceLineSchema = z.object({
  productId: z.string().max(SHORT).nullable(),
  code: text(60),
  description: text(LONG),
  quantity: quantitySchema,
  unit: text(20),
  unitPrice: centsSchema,
  discount: basisPointsSchema,
  vatRate: basisPointsSchema,
})

export const taxBreakdownRowSchema = z.object({
  vatRate: basisPointsSchema,
  recargoRate: basisPointsSchema,
  base: centsSchema,
  vat: centsSchema,
  recargo: centsSchema,
})

export const invoiceTotalsSchema = z
  .object({
    base: centsSchema,
    vat: centsSchema,
    recargo: centsSchema,
    total: centsSchema,
    byRate: z.array(taxBreakdownRowSchema).max(20),
  })
  .superRefine((t, ctx) => {
    if (t.base + t.vat + t.recargo !== t.total) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'must equal base + VAT + recargo' })
    }
    const sum = (k: 'base' | 'vat' | 'recargo') => t.byRate.reduce((s, r) => s + r[k], 0)
    for (const k of ['base', 'vat', 'recargo'] as const) {
      if (sum(k) !== t[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'must equal the sum of byRate' })
    }
  })


const documentNumber = {
  series: text(20),
  year: z.int().min(1900).max(9999),
  number: z.int().min(0),
  fullNumber: text(60),
}

export const invoiceSchema = z.object({
  id: text(),
  lifecycle: z.enum(['draft', 'issued', 'cancelled']),
  ...documentNumber,
  customerId: text(),
  customer: partySnapshotSchema,
  seller: partySnapshotSchema,
  language: languageSchema,
  currency: currencySchema,
  exchangeRate: z.number().positive().finite().nullable(),
  issueDate: isoDateSchema,
  dueDate: isoDateSchema,
  terms: paymentTermsSchema,
  paymentDays: z.array(z.int().min(1).max(31)).max(31),
  earlyDiscount: earlyDiscountSchema.nullable(),
  recargoEquivalencia: z.boolean(),
  lines: z.array(invoiceLineSchema).max(2000),
  totals: invoiceTotalsSchema,
  deliveryDate: z.union([z.literal(''), isoDateSchema]),
  deliveryNoteNumber: text(60),
  deliveryAddress: addressSchema.nullable(),
  poNumber: text(60),
  contractRef: text(100),
  notes: text(LONG),
  paidAmount: centsSchema,
  discountTaken: centsSchema,
  creditedAmount: centsSchema,
  openAmount: centsSchema,
  isOpen: z.union([z.literal(0), z.literal(1)]),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  issuedAt: z.union([z.literal(''), isoDateTimeSchema]),
  cancelledAt: isoDateTimeSchema.optional(),
  cancelReason: text(LONG).optional(),
})

export const creditNoteSchema = z.object({
  id: text(),
  ...documentNumber,
  invoiceId: text(),
  invoiceNumber: text(60),
  customerId: text(),
  customer: partySnapshotSchema,
  seller: partySnapshotSchema,
  language: languageSchema,
  currency: currencySchema,
  exchangeRate: z.number().positive().finite().nullable(),
  issueDate: isoDateSchema,
  reason: text(LONG),
  lines: z.array(invoiceLineSchema).max(2000),
  totals: invoiceTotalsSchema,
  recargoEquivalencia: z.boolean(),
  createdAt: isoDateTimeSchema,
})

/** Only the tax agency's validation address may be printed as the invoice QR (never a renderer-chosen URL). */
const fiscalQrSchema = z
  .string()
  .max(600)
  .refine((u) => u.startsWith(`${QR_BASE}?`), { message: 'not the agency QR address' })

export const invoicePdfRequestSchema = z.object({
  invoice: invoiceSchema,
  company: companySettingsSchema,
  language: languageSchema.optional(),
  fiscalQr: fiscalQrSchema.optional(),
  mode: saveModeSchema,
  open: z.boolean(),
})

export const creditNotePdfRequestSchema = z.object({
  creditNote: creditNoteSchema,
  company: companySettingsSchema,
  originalInvoiceDate: isoDateSchema.optional(),
  fiscalQr: fiscalQrSchema.optional(),
  language: languageSchema.optional(),
  mode: saveModeSchema,
  open: z.boolean(),
})

export const statementPdfRequestSchema = z.object({
  statement: statementModelSchema,
  company: companySettingsSchema,
  mode: saveModeSchema,
  open: z.boolean(),
})

/** Channel -> schema of its input. ipc.ts parses every request with it before the handler runs. */
export const inputSchemas = {
  'app:getInfo': z.undefined(),
  'documents:saveInvoicePdf': invoicePdfRequestSchema,
  'documents:saveCreditNotePdf': creditNotePdfRequestSchema,
  'documents:saveLetterPdf': letterPdfRequestSchema,
  'documents:saveLettersBatchPdf': lettersBatchEnvelopeSchema,
  'documents:saveStatementPdf': statementPdfRequestSchema,
  'documents:saveBalanceConfirmationsPdf': balanceConfirmationsPdfRequestSchema,
  ...exportSchemas,
  'bank:openStatement': z.object({ title: text(200), filterName: text(100) }),
  ...backupInputSchemas,
  ...einvoiceInputSchemas,
} as const satisfies { [C in Channel]: z.ZodType<InputOf<C>> }

/* ---- compile-time drift checks: each schema's output and its domain type must be mutually assignable ---- */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
function assertSame<T extends true>(): T | void {}
assertSame<Same<z.infer<typeof addressSchema>, Address>>()
assertSame<Same<z.infer<typeof paymentTermsSchema>, PaymentTerms>>()
assertSame<Same<z.infer<typeof earlyDiscountSchema>, EarlyPaymentDiscount>>()
assertSame<Same<z.infer<typeof partySnapshotSchema>, PartySnapshot>>()
assertSame<Same<z.infer<typeof invoiceLineSchema>, InvoiceLine>>()
assertSame<Same<z.infer<typeof taxBreakdownRowSchema>, TaxBreakdownRow>>()
assertSame<Same<z.infer<typeof invoiceTotalsSchema>, InvoiceTotals>>()
assertSame<Same<z.infer<typeof companySettingsSchema>, CompanySettings>>()
assertSame<Same<z.infer<typeof invoiceSchema>, Invoice>>()
assertSame<Same<z.infer<typeof creditNoteSchema>, CreditNote>>()
assertSame<Same<z.infer<typeof invoicePdfRequestSchema>, InvoicePdfRequest>>()
assertSame<Same<z.infer<typeof creditNotePdfRequestSchema>, CreditNotePdfRequest>>()
assertSame<Same<z.infer<typeof statementPdfRequestSchema>, StatementPdfRequest>>()
