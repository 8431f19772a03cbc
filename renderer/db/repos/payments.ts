/**
 * Payments received and how they settle invoices. One transaction writes the payment, its allocations, the
 * invoices' maintained figures, the customer's balance and the audit rows; a refused payment writes nothing.
 */
import { allocateOldestFirst, validateAllocations, type AllocationLine, type OpenItem } from '../../domain/allocation'
import { DomainError } from '../../domain/errors'
import { earlyDiscountFor } from '../../domain/terms'
import type { Allocation, Invoice, Payment } from '../../domain/types'
import { newId, nowIso, type Ctx } from '../context'
import { paymentInputSchema, type PaymentInput } from '../inputs'
import { toStoredInvoice, type StoredInvoice } from '../stored'
import { parseInput } from '../validate'
import { writeAudit } from './audit'
import { invoiceWriteTables, putInvoice } from './invoiceCounters'
import { requireCustomer, setCustomerBalance } from './customers'
import { requireRight } from '../rights'

export type { PaymentInput } from '../inputs'
export type { AllocationLine } from '../../domain/allocation'

function openItem(inv: Invoice, paymentDate: string): OpenItem {
  return {
    invoiceId: inv.id,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
    fullNumber: inv.fullNumber,
    openAmount: inv.openAmount,
    discountAvailable: earlyDiscountFor(inv, paymentDate),
  }
}

/**
 * Records a payment. Allocations: as given (each invoice must be an open invoice of the same customer:
 * 'data.payment.foreignInvoice' otherwise), or oldest due first; with applyDiscounts the early-payment discount
 * is granted where the payment settles an invoice within its window. What is not allocated stays as customer
 * credit (payment.unallocated, and a lower balance).
 */
export async function recordPayment(ctx: Ctx, input: PaymentInput): Promise<Payment> {
  requireRight(ctx, 'payments.write')
  const v = parseInput(paymentInputSchema, input)
  const { db } = ctx
  return db.transaction('rw', [db.payments, db.allocations, ...invoiceWriteTables(db), db.customers, db.audit], async () => {
    const customer = await requireCustomer(ctx, v.customerId)
    // By hand: only the invoices named are read (each checked to be an open invoice of this customer, so the
    // customer's other open invoices cannot change what validateAllocations finds). Oldest first: all of them.
    const open = v.allocations ? await namedOpenInvoices(ctx, customer.id, v.allocations) : await openInvoicesOfCustomer(ctx, customer.id)
    const items = open.map((inv) => openItem(inv, v.date))
    let lines: AllocationLine[]
    if (v.allocations) {
      const problems = validateAllocations(v.amount, v.allocations, items)
      if (problems[0]) throw problems[0]
      lines = v.allocations
    } else {
      lines = allocateOldestFirst(v.amount, items, { applyDiscounts: v.applyDiscounts }).lines
    }
    lines = lines.filter((l) => l.amount > 0 || l.discount > 0)

    const at = nowIso(ctx)
    const allocated = lines.reduce((s, l) => s + l.amount, 0)
    const discounts = lines.reduce((s, l) => s + l.discount, 0)
    const payment: Payment = {
      id: newId(),
      customerId: customer.id,
      date: v.date,
      amount: v.amount,
      method: v.method,
      reference: v.reference,
      notes: v.notes,
      unallocated: v.amount - allocated,
      createdAt: at,
    }
    const allocations: Allocation[] = lines.map((l) => ({
      id: newId(),
      paymentId: payment.id,
      invoiceId: l.invoiceId,
      customerId: customer.id,
      date: v.date,
      amount: l.amount,
      discount: l.discount,
    }))
    await db.payments.add(payment)
    await db.allocations.bulkAdd(allocations)
    const byId = new Map(open.map((inv) => [inv.id, inv]))
    for (const a of allocations) {
      const before = byId.get(a.invoiceId)
      if (!before) throw new DomainError('data.payment.invoiceNotOpen', { invoice: a.invoiceId })
      const after = toStoredInvoice({
        ...before,
        paidAmount: before.paidAmount + a.amount,
        discountTaken: before.discountTaken + a.discount,
        updatedAt: at,
      })
      await putInvoice(db, before, after)
      await writeAudit(ctx, 'invoice', before.id, 'allocate', figuresOf(before), { ...figuresOf(after), allocationId: a.id })
    }
    await setCustomerBalance(db, customer.id, customer.balance - v.amount - discounts)
    await writeAudit(ctx, 'payment', payment.id, 'create', null, { payment, allocations })
    return payment
  })
}

function openInvoicesOfCustomer(ctx: Ctx, customerId: string): Promise<StoredInvoice[]> {
  return ctx.db.invoices.where('[customerId+isOpen]').equals([customerId, 1]).toArray()
}

/** The invoices allocated by hand, in one read; refused unless each is an open invoice of the customer. */
async function namedOpenInvoices(ctx: Ctx, customerId: string, lines: readonly AllocationLine[]): Promise<StoredInvoice[]> {
  const rows = await ctx.db.invoices.bulkGet(lines.map((l) => l.invoiceId))
  const out = new Map<string, StoredInvoice>()
  for (const inv of rows) {
    if (!inv) throw new DomainError('data.invoice.notFound')
    if (inv.customerId !== customerId) throw new DomainError('data.payment.foreignInvoice', { invoice: inv.fullNumber })
    if (inv.isOpen !== 1) throw new DomainError('data.payment.invoiceNotOpen', { invoice: inv.fullNumber || inv.id })
    out.set(inv.id, inv)
  }
  return [...out.values()]
}

function figuresOf(inv: Invoice) {
  return {
    paidAmount: inv.paidAmount,
    discountTaken: inv.discountTaken,
    creditedAmount: inv.creditedAmount,
    openAmount: inv.openAmount,
    isOpen: inv.isOpen,
  }
}

/** The customer's payments, newest first. */
export async function paymentsOf(ctx: Ctx, customerId: string): Promise<Payment[]> {
  const rows = await ctx.db.payments.where('[customerId+date]').between([customerId, ''], [customerId, '\uffff']).toArray()
  return rows.reverse()
}

export async function getPayment(ctx: Ctx, id: string): Promise<Payment | undefined> {
  return ctx.db.payments.get(id)
}

export async function allocationsOfInvoice(ctx: Ctx, invoiceId: string): Promise<Allocation[]> {
  const rows = await ctx.db.allocations.where('invoiceId').equals(invoiceId).toArray()
  return rows.sort((a, b) => a.date.localeCompare(b.date))
}

export async function allocationsOfPayment(ctx: Ctx, paymentId: string): Promise<Allocation[]> {
  return ctx.db.allocations.where('paymentId').equals(paymentId).toArray()
}
