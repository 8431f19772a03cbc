import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { getCustomer } from '../../../../renderer/db/repos/customers'
import { getInvoice, issueInvoice, saveDraft } from '../../../../renderer/db/repos/invoices'
import { deletePayment } from '../../../../renderer/db/repos/paymentReversal'
import { allocationsOfInvoice, getPayment, recordPayment } from '../../../../renderer/db/repos/payments'
import { auditOf } from '../../../../renderer/db/repos/audit'
import { esSetup, expectRefused, line } from '../helpers'

async function issued(ctx: Ctx, customerId: string, cents: number, issueDate = '2026-09-01') {
  const d = await saveDraft(ctx, { customerId, issueDate, lines: [line({ quantity: 1, unitPrice: cents, vatRate: 0 })] })
  return issueInvoice(ctx, d.id)
}

describe('deletePayment (owner)', () => {
  it('reopens what the payment paid, restores the balance and keeps the payment in the trail', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, 10000)
    const b = await issued(ctx, customer.id, 20000, '2026-09-15')
    const pay = await recordPayment(ctx, { customerId: customer.id, date: '2026-10-16', amount: 15000, method: 'transfer' })
    expect((await getCustomer(ctx, customer.id))?.balance).toBe(15000)

    await deletePayment(ctx, pay.id, 'Duplicado: ya registrado el 15/10')
    expect(await getPayment(ctx, pay.id)).toBeUndefined()
    expect(await allocationsOfInvoice(ctx, a.id)).toEqual([])
    expect([(await getInvoice(ctx, a.id))?.openAmount, (await getInvoice(ctx, a.id))?.isOpen]).toEqual([10000, 1])
    expect((await getInvoice(ctx, b.id))?.openAmount).toBe(20000)
    expect((await getCustomer(ctx, customer.id))?.balance).toBe(30000)
    const trail = await auditOf(ctx, 'payment', pay.id)
    expect(trail.map((r) => r.action)).toEqual(['create', 'delete'])
    expect(trail[1]?.after).toEqual({ reason: 'Duplicado: ya registrado el 15/10' })
    expect((trail[1]?.before as { payment: { amount: number } }).payment.amount).toBe(15000)
  })

  it('needs a reason and an existing payment', async () => {
    const { ctx, customer } = await esSetup()
    await issued(ctx, customer.id, 10000)
    const pay = await recordPayment(ctx, { customerId: customer.id, date: '2026-10-16', amount: 5000, method: 'cash' })
    await expectRefused(ctx, () => deletePayment(ctx, pay.id, ' '), 'data.payment.deleteReasonRequired')
    await expectRefused(ctx, () => deletePayment(ctx, 'nope', 'porque sí'), 'data.payment.notFound')
  })
})
