import { describe, expect, it } from 'vitest'
import { auditOf } from '../../../renderer/db/repos/audit'
import { createCustomer, getCustomer, updateCustomer } from '../../../renderer/db/repos/customers'
import {
  deleteDraft,
  getInvoice,
  invoicesOf,
  issueInvoice,
  IssueRefusedError,
  saveDraft,
} from '../../../renderer/db/repos/invoices'
import { customerInput, esSetup, expectRefused, line } from './helpers'

describe('drafts', () => {
  it('computes totals and due date from the customer terms, discount and recargo; drafts owe nothing', async () => {
    const { ctx, customer } = await esSetup()
    const shop = await createCustomer(
      ctx,
      customerInput({
        legalName: 'Ultramarinos Mari',
        taxId: '12345678Z',
        recargoEquivalencia: true,
        lineDiscount: 500,
        terms: { kind: 'endOfMonth', days: 30 },
        paymentDays: [10, 25],
        earlyDiscount: { percent: 200, days: 10 },
        language: 'en',
      }),
    )
    const d = await saveDraft(ctx, {
      customerId: shop.id,
      issueDate: '2026-10-07',
      lines: [line(), line({ description: 'Cerveza 24x33cl', quantity: 3, unitPrice: 1890, vatRate: 2100, discount: 0 })],
    })
    // line 1: 2 x 25.00 - 5 % = 47.50 at 4 % (+0.5 % recargo); line 2: 3 x 18.90 = 56.70 at 21 % (+5.2 %)
    expect(d.totals.byRate).toEqual([
      { vatRate: 2100, recargoRate: 520, base: 5670, vat: 1191, recargo: 295 },
      { vatRate: 400, recargoRate: 50, base: 4750, vat: 190, recargo: 24 },
    ])
    expect(d.totals.total).toBe(5670 + 1191 + 295 + 4750 + 190 + 24)
    expect(d.dueDate).toBe('2026-12-10') // end of October + 30 = 30 Nov -> next payment day 10 Dec
    expect([d.lifecycle, d.number, d.fullNumber, d.openAmount, d.isOpen]).toEqual(['draft', 0, '', 0, 0])
    expect([d.language, d.currency, d.recargoEquivalencia, d.earlyDiscount]).toEqual(['en', 'EUR', true, { percent: 200, days: 10 }])
    const again = await saveDraft(ctx, { id: d.id, customerId: customer.id, issueDate: '2026-10-08', lines: [line()] })
    expect(again.id).toBe(d.id)
    expect(again.totals.total).toBe(5200)
    expect(again.recargoEquivalencia).toBe(false)
    expect((await getCustomer(ctx, customer.id))?.balance).toBe(0)
    expect((await auditOf(ctx, 'invoice', d.id)).map((a) => a.action)).toEqual(['create', 'update'])
  })

  it('refuses bad lines and unknown customers without writing', async () => {
    const { ctx, customer } = await esSetup()
    await expectRefused(ctx, () => saveDraft(ctx, { customerId: 'nope', issueDate: '2026-10-01', lines: [] }), 'data.customer.notFound')
    await expectRefused(ctx, () => saveDraft(ctx, { customerId: customer.id, issueDate: '2026-02-30', lines: [] }), 'data.field.invalidDate')
    const e = await expectRefused(
      ctx,
      () => saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-01', lines: [line({ quantity: 1.0005 })] }),
      'data.field.tooManyDecimals',
    )
    expect(e.params).toEqual({ field: 'quantity', path: 'lines.0.quantity' })
    await expectRefused(ctx, () => saveDraft(ctx, { id: 'nope', customerId: customer.id, issueDate: '2026-10-01' }), 'data.invoice.notFound')
  })
})

describe('issue', () => {
  it('numbers correlatively per series and year, freezes snapshots, adds to the balance', async () => {
    const { ctx, customer } = await esSetup()
    const a = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-01', lines: [line()] })
    const b = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-02', lines: [line({ quantity: 1 })] })
    const c = await saveDraft(ctx, { customerId: customer.id, issueDate: '2027-01-04', lines: [line()] })
    const ia = await issueInvoice(ctx, a.id, { today: '2026-10-01' })
    const ib = await issueInvoice(ctx, b.id)
    const ic = await issueInvoice(ctx, c.id)
    expect([ia.fullNumber, ib.fullNumber, ic.fullNumber]).toEqual(['F2026-000001', 'F2026-000002', 'F2027-000001'])
    expect([ia.lifecycle, ia.openAmount, ia.isOpen, ia.issuedAt]).toEqual(['issued', 5200, 1, '2026-11-23T10:00:00.000Z'])
    expect((await getCustomer(ctx, customer.id))?.balance).toBe(5200 + 2600 + 5200)
    expect(await ctx.db.series.get('F-2026')).toEqual({ id: 'F-2026', code: 'F', kind: 'invoice', year: 2026, lastNumber: 2 })
    // The customer moves: issued invoices keep the old address.
    await updateCustomer(ctx, customer.id, customerInput({ address: { ...customerInput().address, street: 'Calle Nueva 1' } }))
    expect((await getInvoice(ctx, ia.id))?.customer.address.street).toBe('Avenida de Andalucía 4')
    await expectRefused(ctx, () => saveDraft(ctx, { id: ia.id, customerId: customer.id, issueDate: '2026-10-01' }), 'data.invoice.notDraft')
    await expectRefused(ctx, () => deleteDraft(ctx, ia.id), 'data.invoice.notDraft')
    await expectRefused(ctx, () => issueInvoice(ctx, ia.id), 'data.invoice.notDraft')
    expect((await invoicesOf(ctx, customer.id)).map((i) => i.fullNumber)).toEqual(['F2027-000001', 'F2026-000002', 'F2026-000001'])
  })

  it('a refused issue lists its problems, writes nothing and uses no number', async () => {
    const { ctx, customer } = await esSetup()
    const po = await createCustomer(ctx, customerInput({ legalName: 'Hipermercados Norte, S.A.', requiresPO: true }))
    const ok1 = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-01', lines: [line()] })
    const bad = await saveDraft(ctx, {
      customerId: po.id,
      issueDate: '2026-10-02',
      lines: [line(), line({ description: ' ', quantity: 0 })],
    })
    const ok2 = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-03', lines: [line()] })
    await issueInvoice(ctx, ok1.id)
    const err = await expectRefused(ctx, () => issueInvoice(ctx, bad.id), 'data.invoice.issueRefused')
    expect(err).toBeInstanceOf(IssueRefusedError)
    const codes = (err as IssueRefusedError).problems.map((p) => p.code)
    expect(codes).toEqual(expect.arrayContaining(['invoice.requiresPO', 'invoice.lineDescription', 'invoice.lineQuantity']))
    expect(err.params).toEqual({ count: codes.length })
    expect((await issueInvoice(ctx, ok2.id)).fullNumber).toBe('F2026-000002')
  })

  it('refuses an issue date after today or before the last issued invoice of the series', async () => {
    const { ctx, customer } = await esSetup()
    const later = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-11-20', lines: [line()] })
    const earlier = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-11-10', lines: [line()] })
    const future = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-11-24', lines: [line()] })
    await issueInvoice(ctx, later.id, { today: '2026-11-23' })
    const e1 = await expectRefused(ctx, () => issueInvoice(ctx, earlier.id), 'data.invoice.issueRefused')
    expect((e1 as IssueRefusedError).problems).toEqual([
      { code: 'data.invoice.dateBeforeLastIssued', params: { date: '2026-11-20', number: 'F2026-000001' } },
    ])
    const e2 = await expectRefused(ctx, () => issueInvoice(ctx, future.id, { today: '2026-11-23' }), 'data.invoice.issueRefused')
    expect((e2 as IssueRefusedError).problems.map((p) => p.code)).toEqual(['data.invoice.issueDateInFuture'])
    await deleteDraft(ctx, earlier.id)
    expect(await getInvoice(ctx, earlier.id)).toBeUndefined()
    expect((await auditOf(ctx, 'invoice', earlier.id)).map((a) => a.action)).toEqual(['create', 'delete'])
  })
})
