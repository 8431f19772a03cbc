/**
 * Applying a customer's payment to their open invoices: oldest first, with the early-payment discount when
 * the payment settles the invoice in full; and the checks on allocations a person made by hand.
 */
import { DomainError } from './errors'
import { cents } from './money'
import type { Cents, IsoDate } from './types'

export interface OpenItem {
  invoiceId: string
  issueDate: IsoDate
  dueDate: IsoDate
  fullNumber: string
  openAmount: Cents
  /** Early-payment discount available if the invoice is paid in full now (0 when none). */
  discountAvailable: Cents
}

export interface AllocationLine {
  invoiceId: string
  /** Money from the payment applied to the invoice. */
  amount: Cents
  /** Early-payment discount granted on top of `amount`. */
  discount: Cents
}

/** Oldest due date first, then oldest issue date, then document number. */
export function compareOpenItems(a: OpenItem, b: OpenItem): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? -1 : 1
  return a.fullNumber < b.fullNumber ? -1 : a.fullNumber > b.fullNumber ? 1 : 0
}

/**
 * Spreads `amount` over the items, oldest first. With applyDiscounts, an item whose
 * (openAmount - discountAvailable) is fully covered takes the discount and is settled; otherwise the item gets
 * what is left (partial, no discount). Whatever is not needed is `unallocated` (customer credit).
 */
export function allocateOldestFirst(
  amount: Cents,
  items: OpenItem[],
  opts: { applyDiscounts: boolean } = { applyDiscounts: false },
): { lines: AllocationLine[]; unallocated: Cents } {
  cents(amount)
  if (amount < 0) throw new DomainError('payment.amountNegative')
  let remaining = amount
  const lines: AllocationLine[] = []
  for (const item of [...items].sort(compareOpenItems)) {
    const open = cents(item.openAmount)
    if (open <= 0) continue
    const discount = opts.applyDiscounts ? Math.min(Math.max(0, cents(item.discountAvailable)), open) : 0
    if (discount > 0 && remaining >= open - discount) {
      lines.push({ invoiceId: item.invoiceId, amount: open - discount, discount })
      remaining -= open - discount
    } else if (remaining > 0) {
      const applied = Math.min(remaining, open)
      lines.push({ invoiceId: item.invoiceId, amount: applied, discount: 0 })
      remaining -= applied
    }
    if (remaining === 0) break
  }
  return { lines, unallocated: remaining }
}

/**
 * Problems with allocations of a payment of `amount` (all of them, empty when fine):
 * negative figures, an invoice that is not among the customer's open items, the same invoice twice,
 * amount + discount above what is open, a discount larger than available or without settling the invoice,
 * and a sum of amounts above the payment.
 */
export function validateAllocations(amount: Cents, lines: AllocationLine[], items: OpenItem[]): DomainError[] {
  const problems: DomainError[] = []
  const byId = new Map(items.map((i) => [i.invoiceId, i]))
  const seen = new Set<string>()
  let sum = 0
  for (const line of lines) {
    const item = byId.get(line.invoiceId)
    const invoice = item?.fullNumber ?? line.invoiceId
    if (!Number.isSafeInteger(line.amount) || !Number.isSafeInteger(line.discount)) {
      problems.push(new DomainError('allocation.notInteger', { invoice }))
      continue
    }
    sum += line.amount
    if (line.amount < 0 || line.discount < 0) problems.push(new DomainError('allocation.negative', { invoice }))
    if (!item) {
      problems.push(new DomainError('allocation.unknownInvoice', { invoice }))
      continue
    }
    if (seen.has(line.invoiceId)) problems.push(new DomainError('allocation.duplicateInvoice', { invoice }))
    seen.add(line.invoiceId)
    if (line.amount + line.discount > item.openAmount) {
      problems.push(new DomainError('allocation.exceedsOpen', { invoice, openCents: item.openAmount }))
    } else if (line.discount > 0) {
      if (line.discount > item.discountAvailable) {
        problems.push(new DomainError('allocation.discountNotAvailable', { invoice, availableCents: item.discountAvailable }))
      } else if (line.amount + line.discount !== item.openAmount) {
        problems.push(new DomainError('allocation.discountNeedsFullPayment', { invoice }))
      }
    }
  }
  if (sum > amount) problems.push(new DomainError('allocation.exceedsPayment', { allocatedCents: sum, paymentCents: amount }))
  return problems
}

/** Sum of the money (not discounts) in allocation lines. */
export function allocatedTotal(lines: AllocationLine[]): Cents {
  return cents(lines.reduce((s, l) => s + l.amount, 0))
}
