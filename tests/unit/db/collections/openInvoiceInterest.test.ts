/**
 * What the customer page shows up front (openInvoiceInterest: the open overdue invoices only, from the open items)
 * against the full computation over the customer's history (customerInterest): the same rows, figures and order
 * for the invoices still open; the paid-late ones come only with the full computation.
 */
import { describe, expect, it } from 'vitest'
import { customerInterest, openInvoiceInterest } from '../../../../renderer/db/repos/collections/interest'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { esSetup, freshCtx, line } from '../helpers'
import { issued } from './fixtures'

const TODAY = '2026-11-23'

describe('openInvoiceInterest', () => {
  it.each(['ES', 'RO'] as const)('gives customerInterest\'s open rows for every demo customer (%s)', async (country) => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country, today: TODAY, customersPerChunk: 40 })
    const customers = await ctx.db.customers.toArray()
    let openRows = 0
    let paidLateRows = 0
    for (const today of [TODAY, '2027-02-15']) {
      for (const c of customers) {
        const full = await customerInterest(ctx, c.id, today)
        const upFront = await openInvoiceInterest(ctx, c.id, today)
        expect(upFront.rows).toEqual(full.filter((r) => r.open))
        const closed = await ctx.db.invoices.where('customerId').equals(c.id).filter((i) => i.isOpen === 0).count()
        expect(upFront.closedInvoices).toBe(closed)
        openRows += upFront.rows.length
        paidLateRows += full.length - upFront.rows.length
      }
    }
    // The demo has both kinds, so the comparison covers both.
    expect(openRows).toBeGreaterThan(20)
    expect(paidLateRows).toBeGreaterThan(20)
  }, 60_000)

  it('counts an open invoice\'s part payments and credit notes, and leaves the paid-late invoice to the full computation', async () => {
    const { ctx, customer } = await esSetup()
    const paidLate = await issued(ctx, customer.id, '2026-03-01', 125000) // due 2026-03-31
    await recordPayment(ctx, { customerId: customer.id, date: '2026-05-15', amount: 125000, allocations: [{ invoiceId: paidLate.id, amount: 125000 }] })
    const open = await issued(ctx, customer.id, '2026-09-01', 20000) // due 2026-10-01
    await recordPayment(ctx, { customerId: customer.id, date: '2026-10-11', amount: 3000, allocations: [{ invoiceId: open.id, amount: 3000 }] })
    await issueCreditNote(ctx, { invoiceId: open.id, issueDate: '2026-10-21', reason: 'Cajas dañadas', lines: [line({ quantity: 1, unitPrice: 5000, vatRate: 0 })] })
    await issued(ctx, customer.id, '2026-11-10', 9000) // not due yet

    const upFront = await openInvoiceInterest(ctx, customer.id, TODAY)
    expect(upFront.closedInvoices).toBe(1)
    expect(upFront.rows.map((r) => [r.invoiceId, r.outstanding, r.open])).toEqual([[open.id, 12000, true]])
    // 10-02..10-11: 10 days on 200,00; 10-12..10-21: 10 days on 170,00; 10-22..11-23: 33 days on 120,00 (10,15 %).
    expect(upFront.rows[0]!.segments.map((s) => [s.days, s.base])).toEqual([[10, 20000], [10, 17000], [33, 12000]])
    const full = await customerInterest(ctx, customer.id, TODAY)
    expect(full.map((r) => r.invoiceId)).toEqual([paidLate.id, open.id])
    expect(full[1]).toEqual(upFront.rows[0])
  })
})
