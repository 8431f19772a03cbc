import { describe, expect, it } from 'vitest'
import { customerInterest, interestTotals } from '../../../../renderer/db/repos/collections/interest'
import { letterInputs } from '../../../../renderer/db/repos/collections/letters'
import { listRates } from '../../../../renderer/db/repos/collections/rates'
import { saveTemplate } from '../../../../renderer/db/repos/collections/templates'
import { issueCreditNote } from '../../../../renderer/db/repos/creditNotes'
import { createCustomer } from '../../../../renderer/db/repos/customers'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { lateInterest } from '../../../../renderer/domain/collections/interest'
import { buildLetterModel } from '../../../../renderer/domain/collections/letter'
import { DEFAULT_PROFILES } from '../../../../renderer/domain/collections/profiles'
import { customerInput, esSetup, line } from '../helpers'
import { issued } from './fixtures'

const TODAY = '2026-11-23'

describe('customerInterest', () => {
  it('computes interest on an invoice paid late in two parts as lateInterest does by hand', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, '2026-03-01', 125000) // net 30: due 2026-03-31
    await recordPayment(ctx, { customerId: customer.id, date: '2026-05-15', amount: 50000 })
    await recordPayment(ctx, { customerId: customer.id, date: '2026-08-10', amount: 75000 })

    const [row, ...rest] = await customerInterest(ctx, customer.id, TODAY)
    expect(rest).toEqual([])
    // By hand, ES statutory 10,15 % (2026-H1; 2026-H2 has no entry yet, so the H1 rate carries on), act/365:
    //   04-01..05-15  45 days on 1.250,00 -> 1.250,00 x 10,15 % x 45 / 365 = 15,642 -> 15,64
    //   05-16..06-30  46 days on   750,00 ->   750,00 x 10,15 % x 46 / 365 =  9,594 ->  9,59
    //   07-01..08-10  41 days on   750,00 ->   750,00 x 10,15 % x 41 / 365 =  8,551 ->  8,55
    expect(row?.segments.map((s) => [s.from, s.to, s.days, s.base, s.rate, s.interest])).toEqual([
      ['2026-04-01', '2026-05-15', 45, 125000, 1015, 1564],
      ['2026-05-16', '2026-06-30', 46, 75000, 1015, 959],
      ['2026-07-01', '2026-08-10', 41, 75000, 1015, 855],
    ])
    expect(row).toMatchObject({
      invoiceId: inv.id, fullNumber: inv.fullNumber, open: false, outstanding: 0, interest: 3378, claimableInterest: 3378,
      daysLate: 132, late: true, compensation: 4000, missingRatePeriods: ['2026-07-01'],
    })
    const byHand = lateInterest({
      dueDate: '2026-03-31', asOf: TODAY, principal: 125000,
      reductions: [{ date: '2026-05-15', amount: 50000 }, { date: '2026-08-10', amount: 75000 }],
      rates: await listRates(ctx, 'ES'), contractualRate: null, dayCount: 'act365',
    })
    expect(row?.interest).toBe(byHand.interest)
    expect(row?.segments).toEqual(byHand.segments)
  })

  it('counts credit notes from their issue date, uses the contractual rate, and skips invoices paid on time', async () => {
    const { ctx, customer } = await esSetup()
    const open = await issued(ctx, customer.id, '2026-09-01', 20000) // due 2026-10-01
    await issueCreditNote(ctx, { invoiceId: open.id, issueDate: '2026-10-21', reason: 'Cajas dañadas', lines: [line({ quantity: 1, unitPrice: 5000, vatRate: 0 })] })
    const onTime = await issued(ctx, customer.id, '2026-09-05', 7000) // due 2026-10-05, paid 10-05
    await recordPayment(ctx, { customerId: customer.id, date: '2026-10-05', amount: 7000, allocations: [{ invoiceId: onTime.id, amount: 7000 }] })
    const agreed = await createCustomer(ctx, customerInput({ legalName: 'Bar Sol, S.L.', taxId: 'B12345674', contractualRate: 1200 }))
    await issued(ctx, agreed.id, '2026-09-24', 100000) // due 2026-10-24: 30 days late on 11-23
    const notDue = await issued(ctx, customer.id, '2026-11-10', 9000)

    const rows = await customerInterest(ctx, customer.id, TODAY)
    expect(rows.map((r) => r.invoiceId)).toEqual([open.id])
    expect(rows.map((r) => r.invoiceId)).not.toContain(notDue.id)
    // 10-02..10-21: 20 days on 200,00 = 1,112 -> 1,11; 10-22..11-23: 33 days on 150,00 = 1,376 -> 1,38
    expect(rows[0]).toMatchObject({ open: true, outstanding: 15000, interest: 249, daysLate: 53, compensation: 4000 })
    expect(interestTotals(rows)).toEqual({ interest: 249, compensation: 4000, claimableInterest: 249, missingRatePeriods: ['2026-07-01'] })

    const [c] = await customerInterest(ctx, agreed.id, TODAY)
    // 1.000,00 x 12 % x 30 / 365 = 9,863 -> 9,86
    expect(c).toMatchObject({ interest: 986, daysLate: 30, maxRate: 1200, missingRatePeriods: [] })
  })
})

describe('letterInputs', () => {
  it('gathers what buildLetterModel needs, with the user template and the invoices\' reductions', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, '2026-09-01', 20000)
    const b = await issued(ctx, customer.id, '2026-09-20', 30000)
    await recordPayment(ctx, { customerId: customer.id, date: '2026-10-11', amount: 5000, allocations: [{ invoiceId: a.id, amount: 5000 }] })
    await saveTemplate(ctx, { templateKey: 'reminder1', language: 'es', subject: 'Aviso de {{company.name}}', body: 'Deben {{principal}}.' })

    const inputs = await letterInputs(ctx, customer.id, TODAY)
    expect(inputs.language).toBe('es')
    expect(inputs.invoices.map((x) => [x.invoice.id, x.reductions])).toEqual([
      [a.id, [{ date: '2026-10-11', amount: 5000 }]],
      [b.id, []],
    ])
    expect(inputs.templates['reminder1']).toMatchObject({ isDefault: false, subject: 'Aviso de {{company.name}}' })
    expect(inputs.templates['demand']?.isDefault).toBe(true)

    const step = DEFAULT_PROFILES[0]!.steps.find((s) => s.id === 'r1')!
    const letter = buildLetterModel({ ...inputs, step, template: inputs.templates['reminder1']!, remindersSent: 0 })
    expect(letter.principal).toBe(45000)
    expect(letter.subject).toBe('Aviso de Distribuciones Sierra Norte, S.L.')
    expect(letter.paragraphs.map((p) => p.replace(/\s/g, ' '))).toEqual(['Deben 450,00 €.'])
    expect(letter.invoices.map((r) => r.invoiceId)).toEqual([a.id, b.id])
  })
})
