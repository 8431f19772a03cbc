import { describe, expect, it } from 'vitest'
import { applyDecision, buildMatchIndex, proposeMatches, type MatchedPayment } from '../../../../renderer/domain/bank/matching'
import { DomainError } from '../../../../renderer/domain/errors'
import { credit, customers, IBAN_B, IBAN_NEW, knownPayers, openInvoices, promises } from './matchingFixtures'

const index = buildMatchIndex({ customers, openInvoices, knownPayers, promises })

function refusal(run: () => unknown): { code: string; params: Record<string, unknown> } {
  try {
    run()
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, params: e.params }
    throw e
  }
  throw new Error('expected a DomainError')
}

/** amount = allocated money + unallocated, to the cent. */
function addsUp(r: MatchedPayment): boolean {
  return r.payment.allocations.reduce((s, a) => s + a.amount, 0) + r.unallocated === r.payment.amount
}

describe('applyDecision: confirmed proposals', () => {
  it('an exact match becomes a payment with one allocation', () => {
    const line = credit(121000, { remittance: 'PAGO F2026-000123', counterpartyName: 'DISTRIBUCIONES NUNEZ SL', counterpartyIban: IBAN_NEW })
    const [top] = proposeMatches(index, line)
    const r = applyDecision(index, line, top!)
    expect(r.payment).toEqual({
      customerId: 'cA',
      date: '2026-11-10',
      amount: 121000,
      method: 'transfer',
      reference: 'PAGO F2026-000123',
      notes: `DISTRIBUCIONES NUNEZ SL / ${IBAN_NEW} / REF-0001`,
      allocations: [{ invoiceId: 'a123', amount: 121000, discount: 0 }],
      applyDiscounts: false,
    })
    expect(r.unallocated).toBe(0)
    expect(r.writeOff).toBeNull()
    expect(r.payerMismatch).toBe(false)
    // The new IBAN is remembered for the customer.
    expect(r.learnedPayer).toEqual({ customerId: 'cA', iban: IBAN_NEW })
    expect(addsUp(r)).toBe(true)
  })

  it('one payment for two invoices (1 payment : N invoices)', () => {
    const line = credit(80000, { counterpartyIban: IBAN_B })
    const r = applyDecision(index, line, proposeMatches(index, line)[0]!)
    expect(r.payment.allocations).toEqual([
      { invoiceId: 'b200', amount: 50000, discount: 0 },
      { invoiceId: 'b201', amount: 30000, discount: 0 },
    ])
    expect(r.learnedPayer).toBeNull()
    expect(addsUp(r)).toBe(true)
  })

  it('an overpayment keeps the rest as customer credit', () => {
    const line = credit(55000, { counterpartyIban: IBAN_B, remittance: 'F2026-000200' })
    const r = applyDecision(index, line, proposeMatches(index, line)[0]!)
    expect(r.unallocated).toBe(5000)
    expect(addsUp(r)).toBe(true)
  })

  it('an early-payment discount settles the invoice with less money', () => {
    const line = credit(98000, { valueDate: '2026-11-08', remittance: 'F2026-000400' })
    const r = applyDecision(index, line, proposeMatches(index, line)[0]!)
    expect(r.payment.date).toBe('2026-11-08')
    expect(r.payment.allocations).toEqual([{ invoiceId: 'c400', amount: 98000, discount: 2000 }])
    expect(r.unallocated).toBe(0)
  })

  it('a write-off of bank charges closes the invoice', () => {
    const line = credit(60150, { remittance: 'F2026-000124' })
    const r = applyDecision(index, line, proposeMatches(index, line)[0]!)
    expect(r.payment.allocations).toEqual([{ invoiceId: 'a124', amount: 60150, discount: 0 }])
    expect(r.writeOff).toEqual({ invoiceId: 'a124', amount: 350, reason: 'bankCharges' })
    expect(r.unallocated).toBe(0)
  })
})

describe('applyDecision: wrong payer', () => {
  const line = credit(121000, { counterpartyIban: IBAN_B, remittance: 'F2026-000123' })
  const mismatch = proposeMatches(index, line)[0]!

  it('refuses a payer mismatch without explicit allowance', () => {
    expect(mismatch.needsDecision).toBe(true)
    expect(refusal(() => applyDecision(index, line, mismatch))).toEqual({
      code: 'matching.payerMismatch',
      params: { payerCustomer: 'Restaurante Casa Pepe SL', invoiceCustomer: 'Distribuciones Núñez, S.L.' },
    })
  })

  it('also for a manual split to another customer than the payer', () => {
    const split = { customerId: 'cA', allocations: [{ invoiceId: 'a123', amount: 121000, discount: 0 }] }
    expect(refusal(() => applyDecision(index, line, split)).code).toBe('matching.payerMismatch')
  })

  it('applies it when the user allows it, without learning the IBAN for that customer', () => {
    const r = applyDecision(index, line, mismatch, { allowPayerMismatch: true })
    expect(r.payment.customerId).toBe('cA')
    expect(r.payment.allocations).toEqual([{ invoiceId: 'a123', amount: 121000, discount: 0 }])
    expect(r.payerMismatch).toBe(true)
    expect(r.learnedPayer).toBeNull()
  })
})

describe('applyDecision: manual splits and refusals', () => {
  const line = credit(100000, { remittance: 'varias' })

  it('a manual split over two invoices with the rest as credit', () => {
    const r = applyDecision(index, line, {
      customerId: 'cB',
      allocations: [
        { invoiceId: 'b201', amount: 30000, discount: 0 },
        { invoiceId: 'b202', amount: 20000, discount: 0 },
      ],
    })
    expect(r.unallocated).toBe(50000)
    expect(addsUp(r)).toBe(true)
  })

  it('refuses allocations across two customers', () => {
    const split = {
      customerId: 'cB',
      allocations: [
        { invoiceId: 'b201', amount: 30000, discount: 0 },
        { invoiceId: 'a124', amount: 60500, discount: 0 },
      ],
    }
    expect(refusal(() => applyDecision(index, line, split))).toEqual({
      code: 'matching.otherCustomer',
      params: { invoice: 'F2026-000124', customer: 'Distribuciones Núñez, S.L.' },
    })
  })

  it('refuses more than is open on an invoice', () => {
    const split = { customerId: 'cB', allocations: [{ invoiceId: 'b201', amount: 30001, discount: 0 }] }
    expect(refusal(() => applyDecision(index, line, split))).toEqual({
      code: 'allocation.exceedsOpen',
      params: { invoice: 'F2026-000201', openCents: 30000 },
    })
  })

  it('refuses more than the payment', () => {
    const split = {
      customerId: 'cA',
      allocations: [
        { invoiceId: 'a123', amount: 90000, discount: 0 },
        { invoiceId: 'a124', amount: 10001, discount: 0 },
      ],
    }
    expect(refusal(() => applyDecision(index, line, split)).code).toBe('allocation.exceedsPayment')
  })

  it('refuses an invoice that is not open', () => {
    const split = { customerId: 'cA', allocations: [{ invoiceId: 'gone', amount: 100, discount: 0 }] }
    expect(refusal(() => applyDecision(index, line, split)).code).toBe('matching.invoiceNotOpen')
  })

  it('refuses a proposal whose figures do not add up', () => {
    const line2 = credit(55000, { counterpartyIban: IBAN_B, remittance: 'F2026-000200' })
    const p = proposeMatches(index, line2)[0]!
    expect(refusal(() => applyDecision(index, line2, { ...p, unallocated: 4999 }))).toEqual({
      code: 'matching.sumMismatch',
      params: { allocatedCents: 50000, unallocatedCents: 4999, paymentCents: 55000 },
    })
  })

  it('refuses a write-off above the threshold, without a reason, or that does not settle', () => {
    const short = credit(59900, { remittance: 'F2026-000124' })
    const allocations = [{ invoiceId: 'a124', amount: 59900, discount: 0 }]
    const split = (amount: number, reason = 'Gastos') => ({ customerId: 'cA', allocations, writeOff: { invoiceId: 'a124', amount, reason } })
    expect(refusal(() => applyDecision(index, short, split(600)))).toEqual({
      code: 'matching.writeOffTooLarge',
      params: { amountCents: 600, thresholdCents: 500 },
    })
    expect(applyDecision(index, short, split(600), { writeOffThreshold: 600 }).writeOff).toEqual({ invoiceId: 'a124', amount: 600, reason: 'Gastos' })
    expect(refusal(() => applyDecision(index, short, split(600, '  '), { writeOffThreshold: 600 })).code).toBe('matching.writeOffReasonRequired')
    expect(refusal(() => applyDecision(index, short, split(400))).code).toBe('matching.writeOffMustSettle')
  })

  it('refuses debits and unknown customers', () => {
    const split = { customerId: 'cA', allocations: [] }
    expect(refusal(() => applyDecision(index, credit(-500), split)).code).toBe('matching.notCredit')
    expect(refusal(() => applyDecision(index, line, { customerId: 'nobody', allocations: [] })).code).toBe('matching.unknownCustomer')
  })

  it('a customer with nothing allocated: all customer credit', () => {
    const r = applyDecision(index, line, { customerId: 'cD', allocations: [] })
    expect(r.unallocated).toBe(100000)
    expect(r.payment.allocations).toEqual([])
  })
})
