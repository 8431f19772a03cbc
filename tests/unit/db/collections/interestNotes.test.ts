import { describe, expect, it } from 'vitest'
import { interestNoteInputs, recordInterestNote } from '../../../../renderer/db/repos/collections/interestNotes'
import { createCustomer } from '../../../../renderer/db/repos/customers'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { buildInterestNoteModel } from '../../../../renderer/domain/collections/interestNote'
import { customerInput, esSetup, expectRefused } from '../helpers'
import { issued } from './fixtures'

const TODAY = '2026-11-23'

describe('interest notes', () => {
  it('builds the note from an invoice paid late and records it as one timeline letter with its audit row', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, '2026-03-01', 125000) // due 2026-03-31
    await recordPayment(ctx, { customerId: customer.id, date: '2026-05-07', amount: 125000 }) // 37 days late
    const inputs = await interestNoteInputs(ctx, customer.id, TODAY)
    expect(inputs.invoices.map((x) => x.invoice.id)).toEqual([inv.id])
    const template = inputs.templates['interestNote']
    expect(template?.isDefault).toBe(true)
    const note = buildInterestNoteModel({ ...inputs, template: template as NonNullable<typeof template> })
    // 1.250,00 x 10,15 % x 37 / 365 = 12,861 -> 12,86; + 40,00 compensation
    expect([note.principal, note.interest, note.compensation, note.totalClaimed]).toEqual([0, 1286, 4000, 5286])

    const interaction = await recordInterestNote(ctx, {
      customerId: customer.id, invoiceIds: [inv.id], documentName: 'nota-intereses.pdf', today: TODAY,
      interest: note.interest, compensation: note.compensation,
    })
    const stored = await ctx.db.interactions.where('customerId').equals(customer.id).toArray()
    expect(stored).toEqual([interaction])
    expect(interaction).toMatchObject({ type: 'letter', documentName: 'nota-intereses.pdf', invoiceIds: [inv.id], outcome: '' })
    expect(interaction.text).toBe('Nota de liquidación de intereses de demora: 52,86\u00a0€')
    const audit = await ctx.db.audit.toArray()
    expect(audit.filter((a) => a.entity === 'interaction' && a.entityId === interaction.id)).toHaveLength(1)
    expect(await ctx.db.stepRecords.count()).toBe(0)
  })

  it('refuses a note without invoices, with nothing claimed, or with another customer’s invoice, writing nothing', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, '2026-03-01', 125000)
    const other = await createCustomer(ctx, customerInput({ legalName: 'Bar Sol, S.L.', taxId: 'B12345674' }))
    const base = { customerId: customer.id, invoiceIds: [inv.id], documentName: 'n.pdf', today: TODAY, interest: 1286, compensation: 4000 }
    await expectRefused(ctx, () => recordInterestNote(ctx, { ...base, invoiceIds: [] }), 'data.field.required')
    await expectRefused(ctx, () => recordInterestNote(ctx, { ...base, interest: 0, compensation: 0 }), 'letters.nothingToClaim')
    await expectRefused(ctx, () => recordInterestNote(ctx, { ...base, customerId: other.id }), 'data.interaction.foreignInvoice')
    expect(await ctx.db.interactions.count()).toBe(0)
  })
})
