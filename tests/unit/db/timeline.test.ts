import { describe, expect, it } from 'vitest'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { logInteraction, promisesDue, timelineOf } from '../../../renderer/db/repos/interactions'
import { issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { issueCreditNote } from '../../../renderer/db/repos/creditNotes'
import { customerLedger } from '../../../renderer/db/repos/statement'
import { getCustomer } from '../../../renderer/db/repos/customers'
import { customerInput, esSetup, expectRefused, line } from './helpers'

describe('interactions', () => {
  it('logs calls and promises, newest first; validates promises, notes and linked invoices', async () => {
    const { ctx, customer } = await esSetup()
    const other = await createCustomer(ctx, customerInput({ legalName: 'Otro' }))
    const d = await saveDraft(ctx, { customerId: other.id, issueDate: '2026-10-01', lines: [line()] })
    const foreign = await issueInvoice(ctx, d.id)
    const base = { customerId: customer.id, today: '2026-11-23' }
    await logInteraction({ ...ctx, now: () => new Date('2026-11-20T09:00:00Z') }, { ...base, type: 'call', outcome: 'notReached' })
    const promise = await logInteraction(ctx, {
      ...base,
      type: 'call',
      outcome: 'promise',
      text: 'Paga el viernes',
      promiseDate: '2026-11-27',
      promiseAmount: 52000,
    })
    expect([promise.promiseDate, promise.promiseAmount, promise.user, promise.at]).toEqual([
      '2026-11-27',
      52000,
      'tester',
      '2026-11-23T10:00:00.000Z',
    ])
    const laterCtx = { ...ctx, now: () => new Date('2026-11-23T11:30:00Z') }
    const call = await logInteraction(laterCtx, { ...base, type: 'email', promiseDate: '2026-12-01', promiseAmount: 5 })
    expect([call.promiseDate, call.promiseAmount]).toEqual(['', null])
    expect((await timelineOf(ctx, customer.id)).map((i) => [i.type, i.outcome])).toEqual([
      ['email', ''],
      ['call', 'promise'],
      ['call', 'notReached'],
    ])
    expect((await timelineOf(ctx, customer.id, 1)).map((i) => i.id)).toEqual([call.id])
    expect((await promisesDue(ctx, '2026-11-23', '2026-11-30')).map((i) => i.id)).toEqual([promise.id])

    await expectRefused(ctx, () => logInteraction(ctx, { ...base, type: 'promise', promiseDate: '2026-11-22', promiseAmount: 100 }), 'data.interaction.promiseDateInPast')
    await expectRefused(ctx, () => logInteraction(ctx, { ...base, type: 'promise', promiseDate: '2026-11-30' }), 'data.field.required')
    await expectRefused(ctx, () => logInteraction(ctx, { ...base, type: 'promise', promiseDate: '2026-11-30', promiseAmount: 0 }), 'data.field.mustBePositive')
    await expectRefused(ctx, () => logInteraction(ctx, { ...base, type: 'note', text: '   ' }), 'data.field.required')
    await expectRefused(ctx, () => logInteraction(ctx, { ...base, type: 'call', invoiceIds: [foreign.id] }), 'data.interaction.foreignInvoice')
  })
})

describe('customerLedger', () => {
  it('lists invoices, credit notes, payments and discounts by date with a running balance', async () => {
    const { ctx } = await esSetup()
    const c = await createCustomer(ctx, customerInput({ legalName: 'Con descuento', earlyDiscount: { percent: 200, days: 10 } }))
    const issue = async (issueDate: string, unitPrice: number) => {
      const d = await saveDraft(ctx, { customerId: c.id, issueDate, lines: [line({ quantity: 1, unitPrice, vatRate: 0 })] })
      return issueInvoice(ctx, d.id)
    }
    const a = await issue('2026-09-01', 10000)
    await recordPayment(ctx, { customerId: c.id, date: '2026-09-05', amount: 9800, applyDiscounts: true, reference: 'TR-9' })
    const b = await issue('2026-10-01', 20000)
    await issueCreditNote(ctx, { invoiceId: b.id, issueDate: '2026-10-03', reason: 'Precio', lines: [line({ quantity: 1, unitPrice: 5000, vatRate: 0 })] })
    await recordPayment(ctx, { customerId: c.id, date: '2026-11-20', amount: 20000 })
    const rows = await customerLedger(ctx, c.id)
    expect(rows.map((r) => [r.date, r.kind, r.reference, r.debit, r.credit, r.balance])).toEqual([
      ['2026-09-01', 'invoice', a.fullNumber, 10000, 0, 10000],
      ['2026-09-05', 'payment', 'TR-9', 0, 9800, 200],
      ['2026-09-05', 'discount', a.fullNumber, 0, 200, 0],
      ['2026-10-01', 'invoice', b.fullNumber, 20000, 0, 20000],
      ['2026-10-03', 'creditNote', 'R2026-000001', 0, 5000, 15000],
      ['2026-11-20', 'payment', '', 0, 20000, -5000],
    ])
    expect((await getCustomer(ctx, c.id))?.balance).toBe(-5000)
    const window = await customerLedger(ctx, c.id, { from: '2026-10-01', to: '2026-10-31' })
    expect(window.map((r) => [r.kind, r.debit, r.credit, r.balance])).toEqual([
      ['opening', 0, 0, 0],
      ['invoice', 20000, 0, 20000],
      ['creditNote', 0, 5000, 15000],
    ])
  })
})
