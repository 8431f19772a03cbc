/** recordPayment with allocations by hand reads only the invoices it names (the payment form and bank matching). */
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { getInvoice, issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { allocationsOfPayment, recordPayment } from '../../../renderer/db/repos/payments'
import { addDays } from '../../../renderer/domain/dates'
import { customerInput, esSetup, expectRefused, line } from './helpers'

async function invoice(ctx: Ctx, customerId: string, issueDate: string, cents: number) {
  const d = await saveDraft(ctx, { customerId, issueDate, lines: [line({ quantity: 1, unitPrice: cents, vatRate: 0 })] })
  return issueInvoice(ctx, d.id)
}

/** The ids of the invoice rows read while `fn` runs. */
async function invoicesRead(ctx: Ctx, fn: () => Promise<unknown>): Promise<Set<string>> {
  const read = new Set<string>()
  const hook = (row: { id: string }) => {
    read.add(row.id)
    return row
  }
  ctx.db.invoices.hook('reading', hook)
  try {
    await fn()
  } finally {
    ctx.db.invoices.hook('reading').unsubscribe(hook)
  }
  return read
}

describe('recordPayment by hand', () => {
  it('reads only the invoices it allocates to, however many the customer has open', async () => {
    const { ctx, customer } = await esSetup()
    const open = []
    for (let i = 0; i < 12; i++) open.push(await invoice(ctx, customer.id, addDays('2026-08-01', i), 100_00 + i))
    const [a, b] = [open[3]!, open[9]!]
    let paymentId = ''
    const read = await invoicesRead(ctx, async () => {
      const p = await recordPayment(ctx, {
        customerId: customer.id,
        date: '2026-10-01',
        amount: 250_00,
        allocations: [{ invoiceId: a.id, amount: a.openAmount }, { invoiceId: b.id, amount: 50_00 }],
      })
      paymentId = p.id
    })
    expect([...read].sort()).toEqual([a.id, b.id].sort())
    expect((await allocationsOfPayment(ctx, paymentId)).map((x) => [x.invoiceId, x.amount]).sort()).toEqual([[a.id, a.openAmount], [b.id, 50_00]].sort())
    expect([(await getInvoice(ctx, a.id))?.isOpen, (await getInvoice(ctx, b.id))?.openAmount]).toEqual([0, b.openAmount - 50_00])
    // oldest first still looks at every open invoice of the customer
    const all = await invoicesRead(ctx, () => recordPayment(ctx, { customerId: customer.id, date: '2026-10-02', amount: 1_00 }))
    expect(all.size).toBe(11)
  })

  it('refuses on the first bad line, as the lines are given, and writes nothing', async () => {
    const { ctx, customer } = await esSetup()
    const other = await createCustomer(ctx, customerInput({ legalName: 'Otro Cliente' }))
    const mine = await invoice(ctx, customer.id, '2026-09-01', 100_00)
    const theirs = await invoice(ctx, other.id, '2026-09-02', 100_00)
    const paid = await invoice(ctx, customer.id, '2026-09-03', 10_00)
    await recordPayment(ctx, { customerId: customer.id, date: '2026-09-10', amount: 10_00, allocations: [{ invoiceId: paid.id, amount: 10_00 }] })
    const pay = (...ids: string[]) => () =>
      recordPayment(ctx, { customerId: customer.id, date: '2026-10-01', amount: 500_00, allocations: ids.map((invoiceId) => ({ invoiceId, amount: 1_00 })) })
    await expectRefused(ctx, pay(mine.id, theirs.id, 'nope'), 'data.payment.foreignInvoice')
    await expectRefused(ctx, pay(mine.id, 'nope', theirs.id), 'data.invoice.notFound')
    const e = await expectRefused(ctx, pay(mine.id, paid.id), 'data.payment.invoiceNotOpen')
    expect(e.params).toEqual({ invoice: paid.fullNumber })
    const twice = await expectRefused(ctx, pay(mine.id, mine.id), 'allocation.duplicateInvoice')
    expect(twice.params).toEqual({ invoice: mine.fullNumber })
  })
})
