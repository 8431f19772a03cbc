/**
 * What the repositories accept (zod schemas) and the input types the screens build. Messages are not text but
 * the last part of an error code: a failed field throws DomainError(`data.field.<message>`, { field, path }),
 * translated in locales/<lang>/dataErrors.json (see validate.ts).
 */
import { z } from 'zod'
import { isValidIsoDate } from '../domain/dates'

const MAX_TEXT = 200
const MAX_LONG_TEXT = 4000

export const text = (max = MAX_TEXT) => z.string().trim().max(max, 'tooLong')
export const requiredText = (max = MAX_TEXT) => text(max).min(1, 'required')
export const optionalText = (max = MAX_TEXT) => text(max).default('')

export const isoDate = z.string().refine(isValidIsoDate, 'invalidDate')
export const money = z.number().int('notInteger')
export const positiveMoney = money.positive('mustBePositive')
export const nonNegativeMoney = money.nonnegative('mustNotBeNegative')
export const basisPoints = z.number().int('notInteger').min(0, 'mustNotBeNegative').max(10000, 'tooLarge')

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const email = optionalText().refine((s) => s === '' || EMAIL_RE.test(s), 'invalidEmail')

export const countryCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => /^[A-Z]{2}$/.test(s), 'invalid')
export const languageSchema = z.enum(['es', 'ro', 'en'])
export const currencySchema = z.enum(['EUR', 'RON'])

export const addressSchema = z.object({
  street: requiredText(),
  city: requiredText(100),
  postalCode: requiredText(20),
  region: optionalText(100),
  country: countryCode,
})
export type AddressInput = z.input<typeof addressSchema>

export const termsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({ kind: z.literal('net'), days: z.number().int('notInteger').min(0, 'mustNotBeNegative').max(366, 'tooLarge') }),
  z.object({
    kind: z.literal('endOfMonth'),
    days: z.number().int('notInteger').min(0, 'mustNotBeNegative').max(366, 'tooLarge'),
  }),
])

export const paymentDaysSchema = z.array(z.number().int('notInteger').min(1, 'invalid').max(31, 'invalid')).max(6, 'tooMany')

export const earlyDiscountSchema = z.object({
  percent: basisPoints.refine((n) => n > 0, 'mustBePositive'),
  days: z.number().int('notInteger').min(0, 'mustNotBeNegative').max(366, 'tooLarge'),
})

export const contactSchema = z.object({
  name: requiredText(),
  role: optionalText(),
  email,
  phone: optionalText(50),
  approvesInvoices: z.boolean().default(false),
})

export const customerInputSchema = z.object({
  /** Empty: the next free 'C0001' code is assigned. */
  code: optionalText(20).transform((s) => s.toUpperCase()),
  legalName: requiredText(),
  tradeName: optionalText(),
  taxId: requiredText(30),
  tradeRegister: optionalText(150),
  address: addressSchema,
  deliveryAddresses: z.array(addressSchema).max(50, 'tooMany').default([]),
  contacts: z.array(contactSchema).max(30, 'tooMany').default([]),
  email,
  phone: optionalText(50),
  /** Default: the language of the address's country (es, ro), else en. */
  language: languageSchema.optional(),
  /** Default: the company's default terms. */
  terms: termsSchema.optional(),
  paymentDays: paymentDaysSchema.default([]),
  earlyDiscount: earlyDiscountSchema.nullable().default(null),
  lineDiscount: basisPoints.default(0),
  creditLimit: nonNegativeMoney.nullable().default(null),
  requiresPO: z.boolean().default(false),
  requiresPrepayment: z.boolean().default(false),
  recargoEquivalencia: z.boolean().default(false),
  collectionProfile: z.enum(['business', 'publicAdmin', 'smallShop']).default('business'),
  /** Contractual late-payment rate (overrides the statutory one); null: statutory; absent on update: unchanged. */
  contractualRate: basisPoints.nullable().optional(),
  notes: optionalText(MAX_LONG_TEXT),
  archived: z.boolean().default(false),
})
export type CustomerInput = z.input<typeof customerInputSchema>

export const companyInputSchema = z.object({
  legalName: requiredText(),
  tradeName: optionalText(),
  taxId: requiredText(30),
  /** Required for RO (Registrul Comerțului). */
  tradeRegister: optionalText(150),
  address: addressSchema,
  iban: requiredText(50),
  bankName: optionalText(),
  email,
  phone: optionalText(50),
  country: z.enum(['ES', 'RO']),
  /** Default: EUR for ES, RON for RO. */
  currency: currencySchema.optional(),
  /** Default: the country's language. */
  uiLanguage: languageSchema.optional(),
  invoiceSeries: text(10).transform((s) => s.toUpperCase()).default('F'),
  /** Default: 'R' (rectificativa) for ES, 'ST' (storno) for RO. */
  creditNoteSeries: text(10).transform((s) => s.toUpperCase()).optional(),
  vatRegistered: z.boolean().default(true),
  logoDataUrl: z.string().max(2_000_000, 'tooLong').default(''),
  defaultTerms: termsSchema.default({ kind: 'net', days: 30 }),
})
export type CompanyInput = z.input<typeof companyInputSchema>

export const productInputSchema = z.object({
  code: optionalText(30).transform((s) => s.toUpperCase()),
  name: requiredText(),
  unit: requiredText(20),
  unitPrice: nonNegativeMoney,
  vatRate: basisPoints,
  active: z.boolean().default(true),
})
export type ProductInput = z.input<typeof productInputSchema>

export const quantitySchema = z
  .number()
  .refine((q) => Number.isFinite(q) && Math.abs(q) < 1e9, 'invalid')
  .refine((q) => Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6, 'tooManyDecimals')

export const lineInputSchema = z.object({
  productId: z.string().nullable().default(null),
  code: optionalText(30),
  description: optionalText(500),
  quantity: quantitySchema,
  unit: optionalText(20),
  unitPrice: nonNegativeMoney,
  /** Default: the customer's standing line discount. */
  discount: basisPoints.optional(),
  vatRate: basisPoints,
})
export type InvoiceLineInput = z.input<typeof lineInputSchema>

export const invoiceDraftInputSchema = z.object({
  /** Absent: a new draft. */
  id: z.string().min(1).optional(),
  customerId: requiredText(100),
  issueDate: isoDate,
  lines: z.array(lineInputSchema).max(500, 'tooMany').default([]),
  /** Overrides; default: from the customer (terms, payment days, early discount, language) and company (currency). */
  terms: termsSchema.optional(),
  paymentDays: paymentDaysSchema.optional(),
  earlyDiscount: earlyDiscountSchema.nullable().optional(),
  language: languageSchema.optional(),
  currency: currencySchema.optional(),
  exchangeRate: z.number().positive('mustBePositive').nullable().default(null),
  deliveryDate: z.union([z.literal(''), isoDate]).default(''),
  deliveryNoteNumber: optionalText(50),
  deliveryAddress: addressSchema.nullable().default(null),
  poNumber: optionalText(50),
  contractRef: optionalText(100),
  notes: optionalText(MAX_LONG_TEXT),
})
export type InvoiceDraftInput = z.input<typeof invoiceDraftInputSchema>

export const allocationLineSchema = z.object({
  invoiceId: requiredText(100),
  amount: nonNegativeMoney,
  discount: nonNegativeMoney.default(0),
})

export const paymentInputSchema = z.object({
  customerId: requiredText(100),
  date: isoDate,
  amount: positiveMoney,
  method: z.enum(['transfer', 'cash', 'card', 'cheque', 'promissoryNote', 'directDebit']).default('transfer'),
  reference: optionalText(100),
  notes: optionalText(MAX_LONG_TEXT),
  /** Absent: oldest first. Given (even empty): exactly these. */
  allocations: z.array(allocationLineSchema).max(1000, 'tooMany').optional(),
  applyDiscounts: z.boolean().default(false),
})
export type PaymentInput = z.input<typeof paymentInputSchema>

const creditNoteBase = {
  invoiceId: requiredText(100),
  issueDate: isoDate,
  reason: requiredText(500),
}
export const wholeCreditNoteSchema = z.object({ ...creditNoteBase, whole: z.literal(true) })
export const linesCreditNoteSchema = z.object({
  ...creditNoteBase,
  lines: z.array(lineInputSchema).min(1, 'required').max(500, 'tooMany'),
})
/** `whole: true` credits every line of the invoice; otherwise the given lines (positive quantities). */
export const creditNoteInputSchema = z.union([wholeCreditNoteSchema, linesCreditNoteSchema])
export type CreditNoteInput = z.input<typeof creditNoteInputSchema>

export const interactionInputSchema = z.object({
  customerId: requiredText(100),
  type: z.enum(['call', 'letter', 'email', 'visit', 'note', 'promise', 'confirmation']),
  outcome: z.enum(['reached', 'notReached', 'promise', 'excuse', 'dispute', '']).default(''),
  text: optionalText(MAX_LONG_TEXT),
  invoiceIds: z.array(z.string().min(1)).max(500, 'tooMany').default([]),
  promiseDate: z.union([z.literal(''), isoDate]).default(''),
  promiseAmount: positiveMoney.nullable().default(null),
  today: isoDate,
})
export type InteractionInput = z.input<typeof interactionInputSchema>
