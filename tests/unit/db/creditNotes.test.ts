import { describe, expect, it } from 'vitest'
import { countByStatus, getInvoice, issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { creditNotesOf, creditNotesOfInvoice, issueCreditNote } from '../../../renderer/db/repos/creditNotes'
import { getCustomer } from '../../../renderer/db/repos/customers'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { IssueRefusedError } from '../../../renderer/db/repos/invoices'
import { esSetup, expectRefused, line } from './helpers'

async function setup() {
  const { ctx, customer } = await esSetup()
  const d = await saveDraft(ctx, {
    customerId: customer.id,
    issueDate: '2026-10-01',
    lines: [line({ quantity: 4 }), line({ description: 'Vino tinto Rioja', quantity: 6, unitPrice: 850, vatRate: 2100 })],
  })
  // 4 x 25.00 = 100.00 at 4 % -> 104.00; 6 x 8.50 = 51.00 at 21 % -> 61.71; total 165.71
  const inv = await issueInvoice(ctx, d.id)
  return { ctx, customer, inv }
}

describe('credit notes', () => {
  it('reduces the invoice open amount and the balance; own series, correlative', async () => {
    const { ctx, customer, inv } = await setup()
    expect(inv.totals.total).toBe(16571)
    const cn1 = await issueCreditNote(ctx, {
      invoiceId: inv.id,
      issueDate: '2026-10-05',
      reason: 'Botella rota en el transporte',
      lines: [line({ description: 'Vino tinto Rioja', quantity: 1, unitPrice: 850, vatRate: 2100 })],
    })
    expect([cn1.fullNumber, cn1.invoiceNumber, cn1.totals.total]).toEqual(['R2026-000001', 'F2026-000001', 1029])
    const after = await getInvoice(ctx, inv.id)
    expect([after?.creditedAmount, after?.openAmount, after?.isOpen]).toEqual([1029, 15542, 1])
    expect((await getCustomer(ctx, customer.id))?.balance).toBe(15542)
    expect((await countByStatus(ctx, '2026-10-06')).partiallyPaid).toBe(1)

    const e = await expectRefused(
      ctx,
      () => issueCreditNote(ctx, { invoiceId: inv.id, issueDate: '2026-10-06', reason: 'Anulación', whole: true }),
      'data.creditNote.issueRefused',
    )
    expect((e as IssueRefusedError).problems.map((p) => p.code)).toEqual(['creditNote.exceedsCreditable'])
    await expectRefused(
      ctx,
      () => issueCreditNote(ctx, { invoiceId: inv.id, issueDate: '2026-10-06', reason: '', whole: true }),
      'data.field.required',
    )
    const cn2 = await issueCreditNote(ctx, {
      invoiceId: inv.id,
      issueDate: '2026-10-06',
      reason: 'Devolución',
      lines: [line({ quantity: 4 })],
    })
    expect(cn2.fullNumber).toBe('R2026-000002')
    expect((await creditNotesOfInvoice(ctx, inv.id)).map((n) => n.fullNumber)).toEqual(['R2026-000001', 'R2026-000002'])
    expect((await creditNotesOf(ctx, customer.id)).map((n) => n.fullNumber)).toEqual(['R2026-000002', 'R2026-000001'])
    expect((await getInvoice(ctx, inv.id))?.openAmount).toBe(16571 - 1029 - 10400)
  })

  it('after full payment the credit becomes customer credit (negative balance); whole credit -> credited', async () => {
    const { ctx, customer, inv } = await setup()
    await recordPayment(ctx, { customerId: customer.id, date: '2026-10-10', amount: 16571 })
    const cn = await issueCreditNote(ctx, { invoiceId: inv.id, issueDate: '2026-10-12', reason: 'Anulación por duplicado', whole: true })
    expect(cn.totals.total).toBe(16571)
    const after = await getInvoice(ctx, inv.id)
    expect([after?.paidAmount, after?.creditedAmount, after?.openAmount, after?.isOpen]).toEqual([16571, 16571, 0, 0])
    expect((await getCustomer(ctx, customer.id))?.balance).toBe(-16571)
    expect(await countByStatus(ctx, '2026-10-12')).toEqual({ draft: 0, open: 0, overdue: 0, partiallyPaid: 0, paid: 0, credited: 1, cancelled: 0 })
  })

  it('refuses a date before the invoice or before the last credit note, and drafts; uses no number', async () => {
    const { ctx, customer, inv } = await setup()
    const draft = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-02', lines: [line()] })
    const e1 = await expectRefused(
      ctx,
      () => issueCreditNote(ctx, { invoiceId: inv.id, issueDate: '2026-09-30', reason: 'x', lines: [line({ quantity: 1 })] }),
      'data.creditNote.issueRefused',
    )
    expect((e1 as IssueRefusedError).problems.map((p) => p.code)).toEqual(['data.creditNote.beforeInvoice'])
    const e2 = await expectRefused(
      ctx,
      () => issueCreditNote(ctx, { invoiceId: draft.id, issueDate: '2026-10-05', reason: 'x', whole: true }),
      'data.creditNote.issueRefused',
    )
    expect((e2 as IssueRefusedError).problems.map((p) => p.code)).toContain('creditNote.invoiceNotIssued')
    await issueCreditNote(ctx, { invoiceId: inv.id, issueDate: '2026-10-08', reason: 'x', lines: [line({ quantity: 1 })] })
    const e3 = await expectRefused(
      ctx,
      () => issueCreditNote(ctx, { invoiceId: inv.id, issueDate: '2026-10-07', reason: 'x', lines: [line({ quantity: 1 })] }),
      'data.creditNote.issueRefused',
    )
    expect((e3 as IssueRefusedError).problems.map((p) => p.code)).toEqual(['data.creditNote.dateBeforeLastIssued'])
    const next = await issueCreditNote(ctx, { invoiceId: inv.id, issueDate: '2026-10-09', reason: 'x', lines: [line({ quantity: 1 })] })
    expect(next.fullNumber).toBe('R2026-000002')
  })
})
