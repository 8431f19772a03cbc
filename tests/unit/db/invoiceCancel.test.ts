/**
 * Cancelling an issued invoice (anulación, issue 8): what moves (status, counts, open items, balance, the
 * VERI*FACTU chain, the change log) and what is refused with nothing changed.
 */
import { describe, expect, it } from 'vitest'
import { issueCreditNote } from '../../../renderer/db/repos/creditNotes'
import { verifyFiscalChains } from '../../../renderer/db/repos/fiscal/verify'
import { cancelInvoice } from '../../../renderer/db/repos/invoiceCancel'
import { countByStatus, listInvoices } from '../../../renderer/db/repos/invoices'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { deletePayment } from '../../../renderer/db/repos/paymentReversal'
import { saveCompany } from '../../../renderer/db/repos/company'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { saveDraft } from '../../../renderer/db/repos/invoices'
import { cancelProblems } from '../../../renderer/domain/invoiceCancel'
import { invoiceStatus } from '../../../renderer/domain/invoiceStatus'
import { issued } from './collections/fixtures'
import { customerInput, esSetup, expectRefused, freshCtx, line, RO_COMPANY } from './helpers'

const DAY = '2026-11-23'

describe('cancelProblems (domain)', () => {
  const inv = { lifecycle: 'issued' as const, fullNumber: 'F2026-000001', paidAmount: 0, discountTaken: 0, creditedAmount: 0 }
  const es = { country: 'ES' as const }
  const facts = { allocations: 0, creditNotes: 0, reason: 'Emitida por error' }
  it('lets an unpaid, uncredited Spanish invoice with a reason through, and names every obstacle otherwise', () => {
    expect(cancelProblems(inv, es, facts)).toEqual([])
    expect(cancelProblems({ ...inv, paidAmount: 1 }, es, facts).map((p) => p.code)).toEqual(['data.invoice.cancel.hasPayments'])
    // A payment reversed leaves no allocation and nothing paid: cancellable again.
    expect(cancelProblems(inv, es, { ...facts, allocations: 1 }).map((p) => p.code)).toEqual(['data.invoice.cancel.hasPayments'])
    expect(cancelProblems({ ...inv, discountTaken: 5 }, es, facts).map((p) => p.code)).toEqual(['data.invoice.cancel.hasPayments'])
    expect(cancelProblems(inv, es, { ...facts, creditNotes: 1 }).map((p) => p.code)).toEqual(['data.invoice.cancel.hasCreditNotes'])
    expect(cancelProblems(inv, { country: 'RO' }, { ...facts, reason: ' ' }).map((p) => p.code)).toEqual([
      'data.invoice.cancel.romania',
      'data.invoice.cancel.reasonRequired',
    ])
    // The reason goes on the invoice and into the register export: 500 characters at most (spaces around it trimmed).
    expect(cancelProblems(inv, es, { ...facts, reason: ` ${'x'.repeat(500)} ` })).toEqual([])
    expect(cancelProblems(inv, es, { ...facts, reason: 'x'.repeat(501) })).toEqual([{ code: 'data.invoice.cancel.reasonTooLong', params: { max: '500' } }])
    expect(cancelProblems({ ...inv, lifecycle: 'draft' }, es, facts).map((p) => p.code)).toEqual(['data.invoice.cancel.notIssued'])
    expect(cancelProblems({ ...inv, lifecycle: 'cancelled' }, es, facts).map((p) => p.code)).toEqual(['data.invoice.cancel.already'])
  })
})

describe('cancelInvoice', () => {
  it('takes the invoice out of the receivables, keeps its row and number, chains an anulación record and logs the change', async () => {
    const { ctx, customer } = await esSetup()
    const keep = await issued(ctx, customer.id, '2026-10-01', 500_00)
    const wrong = await issued(ctx, customer.id, '2026-10-02', 1_210_00)
    expect((await ctx.db.customers.get(customer.id))!.balance).toBe(1_710_00)
    const before = await countByStatus(ctx, DAY)

    const after = await cancelInvoice(ctx, wrong.id, { reason: '  Emitida por error a otro cliente ' })
    expect(after).toMatchObject({ lifecycle: 'cancelled', fullNumber: wrong.fullNumber, openAmount: 0, isOpen: 0, cancelReason: 'Emitida por error a otro cliente', cancelledAt: '2026-11-23T10:00:00.000Z' })
    expect(invoiceStatus(after, DAY)).toBe('cancelled')
    expect(await ctx.db.invoices.get(wrong.id)).toEqual(after)
    expect((await ctx.db.customers.get(customer.id))!.balance).toBe(500_00)
    expect(await ctx.db.openItems.get(wrong.id)).toBeUndefined()
    expect(await ctx.db.openItems.get(keep.id)).toBeDefined()
    expect(await countByStatus(ctx, DAY)).toEqual({ ...before, overdue: before.overdue - 1, cancelled: 1 })

    const cancelledList = await listInvoices(ctx, { status: 'cancelled', asOf: DAY, limit: 50 })
    expect(cancelledList.map((i) => i.id)).toEqual([wrong.id])
    expect((await listInvoices(ctx, { status: 'overdue', asOf: DAY, limit: 50 })).map((i) => i.id)).toEqual([keep.id])
    expect((await listInvoices(ctx, { status: 'paid', asOf: DAY, limit: 50 })).map((i) => i.id)).toEqual([])

    const records = await ctx.db.fiscalRecords.orderBy('seq').toArray()
    expect(records.map((r) => [r.kind, r.number])).toEqual([
      ['alta', keep.fullNumber],
      ['alta', wrong.fullNumber],
      ['anulacion', wrong.fullNumber],
    ])
    expect(records[2]!.previousHash).toBe(records[1]!.hash)
    expect((await verifyFiscalChains(ctx)).records).toEqual({ ok: true, checked: 3 })

    const audit = await ctx.db.audit.where('[entity+entityId]').equals(['invoice', wrong.id]).toArray()
    expect(audit.map((a) => a.action)).toEqual(['create', 'issue', 'cancel'])

    // Cancelled once is final.
    await expectRefused(ctx, () => cancelInvoice(ctx, wrong.id, { reason: 'otra vez' }), 'data.invoice.cancel.already')
  })

  it('refuses, changing nothing: paid, credited, a draft, no reason, a clerk, a Romanian company', async () => {
    const { ctx, customer } = await esSetup()
    const paid = await issued(ctx, customer.id, '2026-10-01', 300_00)
    await recordPayment(ctx, { customerId: customer.id, date: '2026-10-20', amount: 100_00, allocations: [{ invoiceId: paid.id, amount: 100_00 }] })
    await expectRefused(ctx, () => cancelInvoice(ctx, paid.id, { reason: 'Error' }), 'data.invoice.cancel.hasPayments')

    const credited = await issued(ctx, customer.id, '2026-10-02', 300_00)
    await issueCreditNote(ctx, { invoiceId: credited.id, issueDate: '2026-10-05', reason: 'Rotura', lines: [line({ quantity: 1, unitPrice: 10_00, vatRate: 0 })] })
    await expectRefused(ctx, () => cancelInvoice(ctx, credited.id, { reason: 'Error' }), 'data.invoice.cancel.hasCreditNotes')

    const draft = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-03', lines: [line()] })
    await expectRefused(ctx, () => cancelInvoice(ctx, draft.id, { reason: 'Error' }), 'data.invoice.cancel.notIssued')

    const fresh = await issued(ctx, customer.id, '2026-10-04', 300_00)
    await expectRefused(ctx, () => cancelInvoice(ctx, fresh.id, { reason: ' a ' }), 'data.invoice.cancel.reasonRequired')
    await expectRefused(ctx, () => cancelInvoice({ ...ctx, role: 'clerk', user: 'Lucía' }, fresh.id, { reason: 'Error' }), 'rights.denied')
    await expectRefused(ctx, () => cancelInvoice(ctx, 'nope', { reason: 'Error' }), 'data.invoice.notFound')

    // A payment deleted (reversed) leaves nothing paid and no allocation: the invoice can be cancelled then.
    const payment = (await ctx.db.payments.toArray())[0]!
    await deletePayment(ctx, payment.id, 'Pago duplicado')
    expect((await cancelInvoice(ctx, paid.id, { reason: 'Emitida por error' })).lifecycle).toBe('cancelled')

    const ro = freshCtx()
    await saveCompany(ro, RO_COMPANY)
    const buyer = await createCustomer(ro, customerInput({ legalName: 'Client Test SRL', taxId: 'RO18547290', address: { street: 'Str. Lipscani 10', postalCode: '030031', city: 'Sector 3', region: 'RO-B', country: 'RO' } }))
    const roInvoice = await issued(ro, buyer.id, '2026-10-04', 300_00)
    await expectRefused(ro, () => cancelInvoice(ro, roInvoice.id, { reason: 'Emisă din greșeală' }), 'data.invoice.cancel.romania')
  })
})
