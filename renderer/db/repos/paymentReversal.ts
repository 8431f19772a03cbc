/**
 * Deleting a recorded payment (owner only: 'payments.delete'): a payment typed against the wrong customer or twice.
 * Everything it did is undone in one transaction: its allocations (write-offs included) are removed and the
 * invoices they paid reopen, the customer's balance goes back up, and a bank line it came from returns to the
 * matching queue. The trail keeps the whole payment and its allocations as they were, with the reason.
 */
import { DomainError } from '../../domain/errors'
import type { Allocation, Payment } from '../../domain/types'
import { nowIso, type Ctx } from '../context'
import { requireRight } from '../rights'
import { toStoredInvoice } from '../stored'
import { writeAudit } from './audit'
import { invoiceWriteTables, putInvoice } from './invoiceCounters'
import type { BankLineRow } from './bank/tables'
import { setCustomerBalance } from './customers'

export async function deletePayment(ctx: Ctx, paymentId: string, reason: string): Promise<void> {
  requireRight(ctx, 'payments.delete')
  const why = reason.trim()
  if (why.length < 3) throw new DomainError('data.payment.deleteReasonRequired')
  const { db } = ctx
  await db.transaction('rw', [db.payments, db.allocations, ...invoiceWriteTables(db), db.customers, db.bankLines, db.audit], async () => {
    const payment: Payment | undefined = await db.payments.get(paymentId)
    if (!payment) throw new DomainError('data.payment.notFound')
    const allocations: Allocation[] = await db.allocations.where('paymentId').equals(paymentId).toArray()
    const at = nowIso(ctx)
    for (const a of allocations) {
      const before = await db.invoices.get(a.invoiceId)
      if (!before) continue
      const after = toStoredInvoice({
        ...before,
        paidAmount: before.paidAmount - a.amount,
        discountTaken: before.discountTaken - a.discount,
        updatedAt: at,
      })
      await putInvoice(db, before, after)
      await writeAudit(ctx, 'invoice', before.id, 'update', { openAmount: before.openAmount, isOpen: before.isOpen }, { openAmount: after.openAmount, isOpen: after.isOpen, paymentDeleted: paymentId })
    }
    const discounts = allocations.reduce((s, a) => s + a.discount, 0)
    const customer = await db.customers.get(payment.customerId)
    if (customer) await setCustomerBalance(db, customer.id, customer.balance + payment.amount + discounts)
    await db.allocations.bulkDelete(allocations.map((a) => a.id))
    await db.payments.delete(paymentId)
    const lines = await db.bankLines.where('paymentId').equals(paymentId).toArray()
    for (const line of lines) {
      const back: BankLineRow = { ...line, status: 'unmatched', paymentId: '', note: '', decidedBy: '', decidedAt: '' }
      await db.bankLines.put(back)
      await writeAudit(ctx, 'bankLine', line.id, 'update', line, back)
    }
    await writeAudit(ctx, 'payment', paymentId, 'delete', { payment, allocations }, { reason: why })
  })
}
