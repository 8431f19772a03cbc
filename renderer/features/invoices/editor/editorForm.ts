/**
 * The invoice editor's form: what is typed (strings in the user's locale), how it is checked (zod; messages are
 * i18n keys of the `invoices` namespace) and how it becomes the repository's InvoiceDraftInput.
 */
import { z } from 'zod'
import { isValidIsoDate } from '../../../domain/dates'
import { centsToDecimalString, parseMoney, parseScaled, parsePercent } from '../../../domain/money'
import type { Address, BasisPoints, Cents, CurrencyCode, Customer, Invoice, InvoiceLine } from '../../../domain/types'
import type { InvoiceDraftInput } from '../../../db/inputs'

export interface LineValues {
  productId: string | null
  code: string
  description: string
  quantity: string
  unit: string
  unitPrice: string
  discount: string
  vatRate: string
}

/** 'billing' = deliver to the billing address; a number = that delivery address; 'saved' = the draft's own. */
export type DeliveryChoice = string

export interface EditorValues {
  customerId: string
  issueDate: string
  deliveryDate: string
  deliveryNoteNumber: string
  deliveryChoice: DeliveryChoice
  poNumber: string
  contractRef: string
  notes: string
  currency: CurrencyCode
  exchangeRate: string
  lines: LineValues[]
}

export function emptyLine(vatRate: BasisPoints, discountText: string): LineValues {
  return { productId: null, code: '', description: '', quantity: '1', unit: '', unitPrice: '', discount: discountText, vatRate: String(vatRate) }
}

/** A line nobody typed anything into (left over after Enter); skipped when saving. */
export function isBlankLine(l: LineValues): boolean {
  return !l.productId && !l.code.trim() && !l.description.trim() && !l.unitPrice.trim()
}

export function parseQuantity(text: string, locale: string): number | null {
  const milli = parseScaled(text.trim(), locale, 3)
  return milli === null ? null : milli / 1000
}

export function parseDiscount(text: string): BasisPoints | null {
  if (!text.trim()) return 0
  const bp = parsePercent(text)
  return bp === null || bp > 10000 ? null : bp
}

export function parsePrice(text: string, locale: string): Cents | null {
  const c = parseMoney(text.trim(), locale)
  return c === null || c < 0 ? null : c
}

/** The line as the domain sees it, or null while a figure cannot be read. */
export function toInvoiceLine(l: LineValues, locale: string): InvoiceLine | null {
  const quantity = parseQuantity(l.quantity, locale)
  const unitPrice = parsePrice(l.unitPrice, locale)
  const discount = parseDiscount(l.discount)
  const vatRate = Number(l.vatRate)
  if (quantity === null || unitPrice === null || discount === null || !Number.isInteger(vatRate)) return null
  return { productId: l.productId, code: l.code.trim(), description: l.description.trim(), quantity, unit: l.unit.trim(), unitPrice, discount, vatRate }
}

const EXCHANGE_RATE_RE = /^\d{1,3}([.,]\d{1,6})?$/

export function parseExchangeRate(text: string): number | null {
  const s = text.trim()
  if (!EXCHANGE_RATE_RE.test(s)) return null
  const n = Number(s.replace(',', '.'))
  return n > 0 ? n : null
}

/** zod schema for the editor; figures are read in `locale`. */
export function editorSchema(locale: string, needsExchangeRate: boolean) {
  return z
    .object({
      customerId: z.string().min(1, 'validation.customerRequired'),
      issueDate: z.string().refine(isValidIsoDate, 'validation.date'),
      deliveryDate: z.string().refine((s) => s === '' || isValidIsoDate(s), 'validation.date'),
      deliveryNoteNumber: z.string().max(50, 'validation.tooLong'),
      deliveryChoice: z.string(),
      poNumber: z.string().max(50, 'validation.tooLong'),
      contractRef: z.string().max(100, 'validation.tooLong'),
      notes: z.string().max(4000, 'validation.tooLong'),
      currency: z.enum(['EUR', 'RON']),
      exchangeRate: z.string(),
      lines: z.array(
        z.object({
          productId: z.string().nullable(),
          code: z.string().max(30, 'validation.tooLong'),
          description: z.string().max(500, 'validation.tooLong'),
          quantity: z.string(),
          unit: z.string().max(20, 'validation.tooLong'),
          unitPrice: z.string(),
          discount: z.string(),
          vatRate: z.string(),
        }),
      ),
    })
    .superRefine((v, zc) => {
      if (needsExchangeRate && v.currency === 'EUR' && v.exchangeRate.trim() && parseExchangeRate(v.exchangeRate) === null) {
        zc.addIssue({ code: 'custom', path: ['exchangeRate'], message: 'validation.exchangeRate' })
      }
      v.lines.forEach((l, i) => {
        if (isBlankLine(l)) return
        if (parseQuantity(l.quantity, locale) === null) zc.addIssue({ code: 'custom', path: ['lines', i, 'quantity'], message: 'validation.quantity' })
        if (parsePrice(l.unitPrice, locale) === null) zc.addIssue({ code: 'custom', path: ['lines', i, 'unitPrice'], message: 'validation.price' })
        if (parseDiscount(l.discount) === null) zc.addIssue({ code: 'custom', path: ['lines', i, 'discount'], message: 'validation.percent' })
      })
    })
}

export function deliveryAddressOf(choice: DeliveryChoice, customer: Customer | null, saved: Address | null): Address | null {
  if (choice === 'billing') return null
  if (choice === 'saved') return saved
  return customer?.deliveryAddresses[Number(choice)] ?? null
}

/** What saveDraft receives; blank lines are dropped. Call only with values the schema accepted. */
export function toDraftInput(
  v: EditorValues,
  opts: { id: string | undefined; locale: string; customer: Customer | null; savedDelivery: Address | null; currencyChoice: boolean },
): InvoiceDraftInput {
  const lines = v.lines.filter((l) => !isBlankLine(l)).map((l) => toInvoiceLine(l, opts.locale))
  return {
    ...(opts.id ? { id: opts.id } : {}),
    customerId: v.customerId,
    issueDate: v.issueDate,
    lines: lines.filter((l): l is InvoiceLine => l !== null),
    ...(opts.currencyChoice ? { currency: v.currency } : {}),
    exchangeRate: opts.currencyChoice && v.currency === 'EUR' ? parseExchangeRate(v.exchangeRate) : null,
    deliveryDate: v.deliveryDate,
    deliveryNoteNumber: v.deliveryNoteNumber.trim(),
    deliveryAddress: deliveryAddressOf(v.deliveryChoice, opts.customer, opts.savedDelivery),
    poNumber: v.poNumber.trim(),
    contractRef: v.contractRef.trim(),
    notes: v.notes.trim(),
  }
}

function sameAddress(a: Address, b: Address): boolean {
  return a.street === b.street && a.city === b.city && a.postalCode === b.postalCode && a.region === b.region && a.country === b.country
}

/** Which delivery choice a saved draft's address corresponds to. */
export function deliveryChoiceOf(address: Address | null, customer: Customer | null): DeliveryChoice {
  if (!address) return 'billing'
  const i = customer?.deliveryAddresses.findIndex((a) => sameAddress(a, address)) ?? -1
  return i >= 0 ? String(i) : 'saved'
}

export interface InputFormatters {
  money: (c: Cents) => string
  quantity: (q: number) => string
  percent: (bp: BasisPoints) => string
}

/** Plain numbers for inputs ("1234,5", no currency sign or grouping) in the user's locale. */
export function inputFormatters(locale: string): InputFormatters {
  const money = new Intl.NumberFormat(locale, { useGrouping: false, minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const qty = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 3 })
  const pct = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 })
  return {
    money: (c) => money.format(centsToDecimalString(c)),
    quantity: (q) => qty.format(q),
    percent: (bp) => pct.format(bp / 100),
  }
}

export function lineValuesOf(l: InvoiceLine, f: InputFormatters): LineValues {
  return {
    productId: l.productId,
    code: l.code,
    description: l.description,
    quantity: f.quantity(l.quantity),
    unit: l.unit,
    unitPrice: f.money(l.unitPrice),
    discount: l.discount ? f.percent(l.discount) : '',
    vatRate: String(l.vatRate),
  }
}

export function valuesOfDraft(inv: Invoice, customer: Customer | null, f: InputFormatters): EditorValues {
  return {
    customerId: inv.customerId,
    issueDate: inv.issueDate,
    deliveryDate: inv.deliveryDate,
    deliveryNoteNumber: inv.deliveryNoteNumber,
    deliveryChoice: deliveryChoiceOf(inv.deliveryAddress, customer),
    poNumber: inv.poNumber,
    contractRef: inv.contractRef,
    notes: inv.notes,
    currency: inv.currency,
    exchangeRate: inv.exchangeRate === null ? '' : String(inv.exchangeRate),
    lines: inv.lines.map((l) => lineValuesOf(l, f)),
  }
}
