import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { createCustomer, customerExposure, customerOverdue, getCustomer } from '../../../renderer/db/repos/customers'
import { getInvoice, issueInvoice, openInvoicesOf, saveDraft } from '../../../renderer/db/repos/invoices'
import {
  allocationsOfInvoice,
  allocationsOfPayment,
  paymentsOf,
  recordPayment,
} from '../../../renderer/db/repos/payments'
import { customerInput, esSetup, expectRefused, line } from './helpers'

/** Issues an invoice of `cents` (one 0 % line) dated `issueDate`. */
async function invoice(ctx: Ctx, customerId: string, issueDate: string, cents: number) {
  const d = await saveDraft(ctx, { customerId, issueDate, lines: [line({ quantity: 1, unitPrice: cents, vatRate: 0 })] })
  return issueInvoice(ctx, d.id)
}

describe('recordPayment', () => {
  it('allocates oldest due first, partially, and keeps the rest as customer credit', async () => {
    const { ctx, customer } = await esSetup()
    const a = await invoice(ctx, customer.id, '2026-09-01', 10000) // due 2026-10-01
    const b = await invoice(ctx, customer.id, '2026-09-15', 20000) // due 2026-10-15
    const c = await invoice(ctx, customer.id, '2026-10-20', 5000) // due 2026-11-19
    expect(await customerOverdue(ctx, customer.id, '2026-10-16')).toBe(30000)

    const p1 = await recordPayment(ctx, { customerId: customer.id, date: '2026-10-16', amount: 15000, method: 'transfer', reference: 'TR-1' })
    expect(p1.unallocated).toBe(0)
    const allocs = (await allocationsOfPayment(ctx, p1.id)).map((x) => [x.invoiceId, x.amount, x.discount])
    expect(allocs.sort((x, y) => Number(y[1]) - Number(x[1]))).toEqual([
      [a.id, 10000, 0],
      [b.id, 5000, 0],
    ])
    const ia = await getInvoice(ctx, a.id)
    const ib = await getInvoice(ctx, b.id)
    expect([ia?.paidAmount, ia?.openAmount, ia?.isOpen]).toEqual([10000, 0, 0])
    expect([ib?.paidAmount, ib?.openAmount, ib?.isOpen]).toEqual([5000, 15000, 1])
    expect((await getCustomer(ctx, customer.id))?.balance).toBe(35000 - 15000)
    expect(await customerOverdue(ctx, customer.id, '2026-10-16')).toBe(15000)
    expect((await openInvoicesOf(ctx, customer.id)).map((i) => i.id)).toEqual([b.id, c.id])

    const p2 = await recordPayment(ctx, { customerId: customer.id, date: '2026-11-02', amount: 25000, method: 'cash' })
    expect(p2.unallocated).toBe(5000)
    expect(await openInvoicesOf(ctx, customer.id)).toEqual([])
    expect((await getCustomer(ctx, customer.id))?.balance).toBe(-5000)
    expect((await paymentsOf(ctx, customer.id)).map((p) => p.id)).toEqual([p2.id, p1.id])
    expect((await allocationsOfInvoice(ctx, b.id)).map((x) => x.amount)).toEqual([5000, 15000])
  })

  it('grants the early-payment discount within the window and settles the invoice', async () => {
    const { ctx } = await esSetup()
    const cust = await createCustomer(ctx, customerInput({ legalName: 'Pronto Pago', earlyDiscount: { percent: 200, days: 10 } }))
    const inv = await invoice(ctx, cust.id, '2026-10-01', 12345)
    // 2 % of 123.45 = 2.469 -> 2.47; pays 120.98 on day 10
    const p = await recordPayment(ctx, { customerId: cust.id, date: '2026-10-11', amount: 12098, applyDiscounts: true })
    expect(p.unallocated).toBe(0)
    expect((await allocationsOfPayment(ctx, p.id)).map((x) => [x.amount, x.discount])).toEqual([[12098, 247]])
    const after = await getInvoice(ctx, inv.id)
    expect([after?.paidAmount, after?.discountTaken, after?.openAmount, after?.isOpen]).toEqual([12098, 247, 0, 0])
    expect((await getCustomer(ctx, cust.id))?.balance).toBe(0)

    // One day late: no discount, the invoice stays open for the difference.
    const late = await invoice(ctx, cust.id, '2026-10-01', 12345)
    await recordPayment(ctx, { customerId: cust.id, date: '2026-10-12', amount: 12098, applyDiscounts: true })
    expect((await getInvoice(ctx, late.id))?.openAmount).toBe(247)
    expect(await customerExposure(ctx, cust.id)).toEqual({ balance: 247, creditLimit: null, overLimit: false })
  })

  it('takes allocations by hand, checked against the open items', async () => {
    const { ctx, customer } = await esSetup()
    const a = await invoice(ctx, customer.id, '2026-09-01', 10000)
    const b = await invoice(ctx, customer.id, '2026-09-15', 20000)
    const p = await recordPayment(ctx, {
      customerId: customer.id,
      date: '2026-10-01',
      amount: 9000,
      allocations: [{ invoiceId: b.id, amount: 8000 }],
    })
    expect(p.unallocated).toBe(1000)
    expect((await getInvoice(ctx, b.id))?.openAmount).toBe(12000)
    expect((await getInvoice(ctx, a.id))?.openAmount).toBe(10000)
    const e = await expectRefused(
      ctx,
      () => recordPayment(ctx, { customerId: customer.id, date: '2026-10-02', amount: 5000, allocations: [{ invoiceId: a.id, amount: 6000 }] }),
      'allocation.exceedsPayment',
    )
    expect(e.params).toEqual({ allocatedCents: 6000, paymentCents: 5000 })
    await expectRefused(
      ctx,
      () => recordPayment(ctx, { customerId: customer.id, date: '2026-10-02', amount: 50000, allocations: [{ invoiceId: a.id, amount: 10001 }] }),
      'allocation.exceedsOpen',
    )
    await expectRefused(
      ctx,
      () => recordPayment(ctx, { customerId: customer.id, date: '2026-10-02', amount: 50000, allocations: [{ invoiceId: a.id, amount: 9000, discount: 1000 }] }),
      'allocation.discountNotAvailable',
    )
  })

  it('never allocates to another customer’s invoice, and rejects bad amounts and dates — writing nothing', async () => {
    const { ctx, customer } = await esSetup()
    const other = await createCustomer(ctx, customerInput({ legalName: 'Otro Cliente' }))
    const theirs = await invoice(ctx, other.id, '2026-09-01', 10000)
    const draft = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-01', lines: [line()] })
    const pay = (over: Record<string, unknown>) => () =>
      recordPayment(ctx, { customerId: customer.id, date: '2026-10-01', amount: 1000, ...over })
    const e = await expectRefused(ctx, pay({ allocations: [{ invoiceId: theirs.id, amount: 1000 }] }), 'data.payment.foreignInvoice')
    expect(e.params).toEqual({ invoice: 'F2026-000001' })
    await expectRefused(ctx, pay({ allocations: [{ invoiceId: draft.id, amount: 1000 }] }), 'data.payment.invoiceNotOpen')
    await expectRefused(ctx, pay({ allocations: [{ invoiceId: 'nope', amount: 1000 }] }), 'data.invoice.notFound')
    await expectRefused(ctx, pay({ amount: 0 }), 'data.field.mustBePositive')
    await expectRefused(ctx, pay({ amount: -5 }), 'data.field.mustBePositive')
    await expectRefused(ctx, pay({ amount: 10.5 }), 'data.field.notInteger')
    await expectRefused(ctx, pay({ date: '2026-13-01' }), 'data.field.invalidDate')
    await expectRefused(ctx, pay({ method: 'bitcoin' }), 'data.field.invalid')
    await expectRefused(ctx, pay({ customerId: 'nope' }), 'data.customer.notFound')
    expect((await getInvoice(ctx, theirs.id))?.openAmount).toBe(10000)
  })
})
