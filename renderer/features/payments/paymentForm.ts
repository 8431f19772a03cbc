/**
 * The payment form: header fields (zod; messages are keys of the `payments` namespace), the allocation rows
 * as typed, and the automatic proposal (oldest first, the invoice the user came from first).
 */
import { z } from 'zod'
import { allocateOldestFirst, type AllocationLine, type OpenItem } from '../../domain/allocation'
import { isValidIsoDate } from '../../domain/dates'
import { parseMoney } from '../../domain/money'
import { earlyDiscountFor } from '../../domain/terms'
import type { Cents, Invoice, IsoDate, PaymentMethod } from '../../domain/types'

export const METHODS: PaymentMethod[] = ['transfer', 'cash', 'card', 'cheque', 'promissoryNote', 'directDebit']

export interface PaymentValues {
  customerId: string
  date: string
  amount: string
  method: PaymentMethod
  reference: string
  notes: string
}

export function paymentSchema(locale: string) {
  return z.object({
    customerId: z.string().min(1, 'validation.customerRequired'),
    date: z.string().refine(isValidIsoDate, 'validation.date'),
    amount: z.string().refine((s) => {
      const c = parseMoney(s.trim(), locale)
      return c !== null && c > 0
    }, 'validation.amount'),
    method: z.enum(['transfer', 'cash', 'card', 'cheque', 'promissoryNote', 'directDebit']),
    reference: z.string().max(100, 'validation.tooLong'),
    notes: z.string().max(4000, 'validation.tooLong'),
  })
}

/** One row of the allocation table as typed: money applied and whether the early discount is taken. */
export interface AllocationRow {
  amount: string
  discount: boolean
}

export type AllocationRows = Record<string, AllocationRow>

export function openItemOf(inv: Invoice, date: IsoDate): OpenItem {
  let discountAvailable: Cents = 0
  if (isValidIsoDate(date)) discountAvailable = earlyDiscountFor(inv, date)
  return { invoiceId: inv.id, issueDate: inv.issueDate, dueDate: inv.dueDate, fullNumber: inv.fullNumber, openAmount: inv.openAmount, discountAvailable }
}

/** Oldest due first with discounts where the money settles the invoice; `preferred` (the invoice the user came from) first. */
export function proposeAllocation(amount: Cents, items: OpenItem[], preferred: string | null): AllocationLine[] {
  if (amount <= 0) return []
  const first = preferred ? items.find((i) => i.invoiceId === preferred) : undefined
  if (!first) return allocateOldestFirst(amount, items, { applyDiscounts: true }).lines
  const head = allocateOldestFirst(amount, [first], { applyDiscounts: true })
  const rest = allocateOldestFirst(head.unallocated, items.filter((i) => i !== first), { applyDiscounts: true })
  return [...head.lines, ...rest.lines]
}

export function rowsOf(lines: AllocationLine[], items: OpenItem[], formatMoney: (c: Cents) => string): AllocationRows {
  const rows: AllocationRows = {}
  for (const item of items) rows[item.invoiceId] = { amount: '', discount: false }
  for (const l of lines) rows[l.invoiceId] = { amount: l.amount > 0 ? formatMoney(l.amount) : '', discount: l.discount > 0 }
  return rows
}

/** Allocation lines from the rows, or the ids of rows whose amount cannot be read. */
export function linesOf(rows: AllocationRows, items: OpenItem[], locale: string): { lines: AllocationLine[]; invalid: string[] } {
  const lines: AllocationLine[] = []
  const invalid: string[] = []
  for (const item of items) {
    const row = rows[item.invoiceId]
    if (!row) continue
    const text = row.amount.trim()
    const amount = text ? parseMoney(text, locale) : 0
    if (amount === null || amount < 0) {
      invalid.push(item.invoiceId)
      continue
    }
    const discount = row.discount ? item.discountAvailable : 0
    if (amount > 0 || discount > 0) lines.push({ invoiceId: item.invoiceId, amount, discount })
  }
  return { lines, invalid }
}
