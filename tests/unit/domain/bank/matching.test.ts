import { describe, expect, it } from 'vitest'
import { buildMatchIndex, proposeMatches, type MatchProposal } from '../../../../renderer/domain/bank/matching'
import { credit, customers, IBAN_B, knownPayers, openInvoices, promises, settledInvoices } from './matchingFixtures'

const index = buildMatchIndex({ customers, openInvoices, knownPayers, promises, settledInvoices })
const codes = (p: MatchProposal | undefined) => (p?.reasons ?? []).map((r) => r.code)
const warningCodes = (p: MatchProposal | undefined) => (p?.warnings ?? []).map((w) => w.code)
const points = (p: MatchProposal | undefined) => (p?.reasons ?? []).reduce((s, r) => s + r.points, 0)

describe('proposeMatches: exact', () => {
  it('matches the invoice number in the remittance, the payer name and the exact amount', () => {
    const [top, ...rest] = proposeMatches(index, credit(121000, { remittance: 'TRANSFERENCIA PAGO F2026-000123', counterpartyName: 'DISTRIBUCIONES NUNEZ SL' }))
    expect(rest).toEqual([])
    expect(top).toMatchObject({ customerId: 'cA', unallocated: 0, writeOff: null, needsDecision: false, warnings: [] })
    expect(top?.allocations).toEqual([{ invoiceId: 'a123', amount: 121000, discount: 0 }])
    expect(top?.reasons).toEqual([
      { code: 'match.payerName', params: { score: 100 }, points: 30 },
      { code: 'match.invoiceNumber', params: { numbers: 'F2026-000123', count: 1 }, points: 50 },
      { code: 'match.exactAmount', params: {}, points: 30 },
    ])
    expect(top?.confidence).toBe(100)
  })

  it('explains the confidence by the points of its reasons', () => {
    const [top] = proposeMatches(index, credit(121000, { remittance: 'F2026-000123' }))
    expect(codes(top)).toEqual(['match.invoiceNumber', 'match.exactAmount'])
    expect(top?.confidence).toBe(80)
    expect(points(top)).toBe(80)
  })

  it.each([
    ['F2026/123'],
    ['F 2026 000123'],
    ['F2026000123'],
    ['FACT. 2026-123'],
    ['Fra. 123/2026'],
    ['FRA 123'],
    ['CV FACT 123'],
    ['contravaloare factura nr. 123 din 12.10.2026'],
    ['Pago factura nº 123 de 1.210,00 EUR'],
  ])('reads the invoice number in %j', (remittance) => {
    const [top] = proposeMatches(index, credit(121000, { remittance }))
    expect(top?.customerId).toBe('cA')
    expect(top?.allocations).toEqual([{ invoiceId: 'a123', amount: 121000, discount: 0 }])
    expect(codes(top)).toContain('match.invoiceNumber')
  })

  it('reads a list of numbers: factura 123 y 124', () => {
    const [top] = proposeMatches(index, credit(181500, { remittance: 'factura 123 y 124', counterpartyTaxId: 'ESB12345674' }))
    expect(top?.customerId).toBe('cA')
    expect(top?.allocations).toEqual([
      { invoiceId: 'a123', amount: 121000, discount: 0 },
      { invoiceId: 'a124', amount: 60500, discount: 0 },
    ])
    expect(top?.reasons.find((r) => r.code === 'match.invoiceNumber')?.params).toEqual({ numbers: 'F2026-000123, F2026-000124', count: 2 })
    expect(codes(top)).toEqual(['match.payerTaxId', 'match.invoiceNumber', 'match.exactAmount'])
  })

  it('the payer name alone with the exact amount of one invoice', () => {
    const [top, ...rest] = proposeMatches(index, credit(40000, { counterpartyName: 'BAR EL PUERTO', remittance: 'TRANSFERENCIA' }))
    expect(rest).toEqual([])
    expect(top?.allocations).toEqual([{ invoiceId: 'd301', amount: 40000, discount: 0 }])
    expect(top?.reasons).toEqual([
      { code: 'match.payerName', params: { score: 100 }, points: 30 },
      { code: 'match.exactAmount', params: {}, points: 30 },
    ])
  })

  it('a number alone is read among the payer\'s invoices when it repeats across years', () => {
    const twoYears = buildMatchIndex({
      customers,
      knownPayers,
      openInvoices: [
        ...openInvoices,
        { ...openInvoices[3]!, id: 'b25-123', fullNumber: 'F2025-000123', openAmount: 7700, dueDate: '2025-12-30' },
      ],
    })
    const [byPayer] = proposeMatches(twoYears, credit(7700, { counterpartyIban: IBAN_B, remittance: 'FRA 123' }))
    expect(byPayer?.customerId).toBe('cB')
    expect(byPayer?.allocations).toEqual([{ invoiceId: 'b25-123', amount: 7700, discount: 0 }])
    expect(byPayer?.reasons.find((r) => r.code === 'match.invoiceNumber')?.points).toBe(35)
    // Without a payer, 'FRA 123' names two invoices: no reference is read, only the amount speaks.
    const [unknown] = proposeMatches(twoYears, credit(7700, { remittance: 'FRA 123' }))
    expect(codes(unknown)).toEqual(['match.exactAmount'])
    expect(unknown?.confidence).toBe(30)
  })

  it('identifies the payer by the tax id written in the remittance', () => {
    const [top] = proposeMatches(index, credit(60500, { remittance: 'NIF B-12345674 PAGO' }))
    expect(top?.customerId).toBe('cA')
    expect(codes(top)).toEqual(['match.payerTaxId', 'match.exactAmount'])
    expect(top?.allocations).toEqual([{ invoiceId: 'a124', amount: 60500, discount: 0 }])
  })
})

describe('proposeMatches: combinations, partial and overpayment', () => {
  it('a known IBAN paying the two oldest invoices', () => {
    const [top] = proposeMatches(index, credit(80000, { counterpartyIban: IBAN_B, remittance: 'PAGO PROVEEDORES' }))
    expect(top?.customerId).toBe('cB')
    expect(top?.allocations).toEqual([
      { invoiceId: 'b200', amount: 50000, discount: 0 },
      { invoiceId: 'b201', amount: 30000, discount: 0 },
    ])
    expect(top?.reasons).toEqual([
      { code: 'match.payerIban', params: {}, points: 40 },
      { code: 'match.combination', params: { count: 2 }, points: 20 },
    ])
    expect(top?.confidence).toBe(60)
  })

  it('a known IBAN paying two invoices that are not the oldest run (subset sum)', () => {
    const [top] = proposeMatches(index, credit(70000, { counterpartyIban: 'es91 2100 0418 4502 0005 1332' }))
    expect(top?.allocations).toEqual([
      { invoiceId: 'b200', amount: 50000, discount: 0 },
      { invoiceId: 'b202', amount: 20000, discount: 0 },
    ])
    expect(codes(top)).toEqual(['match.payerIban', 'match.combination'])
  })

  it('a partial payment of a named invoice', () => {
    const [top] = proposeMatches(index, credit(50000, { remittance: 'F2026-000123 a cuenta' }))
    expect(top?.allocations).toEqual([{ invoiceId: 'a123', amount: 50000, discount: 0 }])
    expect(top?.unallocated).toBe(0)
    expect(top?.writeOff).toBeNull()
    expect(top?.reasons.at(-1)).toEqual({ code: 'match.partial', params: { open: 121000 }, points: 0 })
  })

  it('a partial payment from a known payer without reference goes oldest first', () => {
    const [top] = proposeMatches(index, credit(65000, { counterpartyIban: IBAN_B }))
    expect(top?.allocations).toEqual([
      { invoiceId: 'b200', amount: 50000, discount: 0 },
      { invoiceId: 'b201', amount: 15000, discount: 0 },
    ])
    expect(codes(top)).toEqual(['match.payerIban', 'match.oldestFirst', 'match.partial'])
    expect(top?.confidence).toBe(40)
  })

  it('an overpayment leaves the rest as customer credit, with a warning', () => {
    const [top] = proposeMatches(index, credit(55000, { counterpartyIban: IBAN_B, remittance: 'F2026-000200' }))
    expect(top?.allocations).toEqual([{ invoiceId: 'b200', amount: 50000, discount: 0 }])
    expect(top?.unallocated).toBe(5000)
    expect(top?.warnings).toEqual([{ code: 'match.amountExceeds', params: { amount: 55000, open: 50000 } }])
    expect(top?.reasons.at(-1)).toEqual({ code: 'match.overpayment', params: { amount: 5000 }, points: 0 })
    expect(top?.needsDecision).toBe(false)
  })

  it('a named invoice plus others that add up to the rest', () => {
    const [top] = proposeMatches(index, credit(70000, { counterpartyIban: IBAN_B, remittance: 'F2026-000202' }))
    expect(top?.allocations).toEqual([
      { invoiceId: 'b202', amount: 20000, discount: 0 },
      { invoiceId: 'b200', amount: 50000, discount: 0 },
    ])
    expect(top?.unallocated).toBe(0)
    expect(codes(top)).toContain('match.extraInvoices')
  })

  it('more than everything open: all invoices, the rest as credit', () => {
    const [top] = proposeMatches(index, credit(150000, { counterpartyIban: IBAN_B }))
    expect(top?.allocations.map((a) => a.amount)).toEqual([50000, 30000, 20000])
    expect(top?.unallocated).toBe(50000)
    expect(warningCodes(top)).toEqual(['match.amountExceeds'])
  })
})

describe('proposeMatches: early discount and bank charges', () => {
  it('open amount less the early-payment discount within the window', () => {
    const [top] = proposeMatches(index, credit(98000, { valueDate: '2026-11-08', counterpartyName: 'MURESAN TRANS SRL' }))
    expect(top?.customerId).toBe('cC')
    expect(top?.allocations).toEqual([{ invoiceId: 'c400', amount: 98000, discount: 2000 }])
    expect(top?.reasons.at(-1)).toEqual({ code: 'match.earlyDiscount', params: { discount: 2000 }, points: 25 })
  })

  it('no discount after the window: a partial payment instead', () => {
    const [top] = proposeMatches(index, credit(98000, { valueDate: '2026-11-12', counterpartyName: 'MURESAN TRANS SRL' }))
    expect(top?.allocations).toEqual([{ invoiceId: 'c400', amount: 98000, discount: 0 }])
    expect(codes(top)).not.toContain('match.earlyDiscount')
    expect(codes(top)).toContain('match.partial')
  })

  it('a named invoice paid less its discount', () => {
    const [top] = proposeMatches(index, credit(98000, { valueDate: '2026-11-11', remittance: 'F2026-000400' }))
    expect(top?.allocations).toEqual([{ invoiceId: 'c400', amount: 98000, discount: 2000 }])
  })

  it('a shortfall within the threshold is proposed as a write-off', () => {
    const [top] = proposeMatches(index, credit(60150, { remittance: 'F2026-000124' }))
    expect(top?.allocations).toEqual([{ invoiceId: 'a124', amount: 60150, discount: 0 }])
    expect(top?.writeOff).toEqual({ invoiceId: 'a124', amount: 350, reason: 'bankCharges' })
    expect(top?.reasons.at(-1)).toEqual({ code: 'match.writeOff', params: { amount: 350 }, points: 15 })
  })

  it('a shortfall beyond the threshold is a partial payment, unless the threshold is raised', () => {
    const [top] = proposeMatches(index, credit(59900, { remittance: 'F2026-000124' }))
    expect(top?.writeOff).toBeNull()
    expect(codes(top)).toContain('match.partial')
    const [raised] = proposeMatches(index, credit(59900, { remittance: 'F2026-000124' }), { writeOffThreshold: 1000 })
    expect(raised?.writeOff).toEqual({ invoiceId: 'a124', amount: 600, reason: 'bankCharges' })
  })

  it('a known payer short by bank charges on one invoice, without reference', () => {
    const [top] = proposeMatches(index, credit(29700, { counterpartyIban: IBAN_B }))
    expect(top?.allocations).toEqual([{ invoiceId: 'b201', amount: 29700, discount: 0 }])
    expect(top?.writeOff).toEqual({ invoiceId: 'b201', amount: 300, reason: 'bankCharges' })
  })
})

describe('proposeMatches: promises, wrong payer, ambiguity, nothing', () => {
  it('a promise of that amount a day before', () => {
    const [top] = proposeMatches(index, credit(33333))
    expect(top?.customerId).toBe('cD')
    expect(top?.allocations).toEqual([{ invoiceId: 'd301', amount: 33333, discount: 0 }])
    expect(top?.reasons).toEqual([{ code: 'match.promise', params: { date: '2026-11-09', amount: 33333 }, points: 25 }])
  })

  it('no promise match outside the window', () => {
    expect(proposeMatches(index, credit(33333, { bookingDate: '2026-11-20', valueDate: '2026-11-20' }))).toEqual([])
  })

  it("customer B's IBAN with customer A's invoice number: a warning that needs a decision", () => {
    const proposals = proposeMatches(index, credit(121000, { counterpartyIban: IBAN_B, remittance: 'F2026-000123' }))
    const [top, second] = proposals
    expect(top?.customerId).toBe('cA')
    expect(top?.allocations).toEqual([{ invoiceId: 'a123', amount: 121000, discount: 0 }])
    expect(top?.warnings).toEqual([
      { code: 'match.payerMismatch', params: { payerCustomer: 'Restaurante Casa Pepe SL', invoiceCustomer: 'Distribuciones Núñez, S.L.' } },
    ])
    expect(top?.needsDecision).toBe(true)
    expect(top?.confidence).toBe(50)
    expect(second?.customerId).toBe('cB')
    expect(second?.needsDecision).toBe(false)
  })

  it('an amount open at two customers, nobody identified: low confidence, both proposed', () => {
    const proposals = proposeMatches(index, credit(50000, { remittance: 'TRANSFERENCIA' }))
    expect(proposals.map((p) => p.customerId).sort()).toEqual(['cB', 'cD'])
    for (const p of proposals) {
      expect(p.confidence).toBe(25)
      expect(p.reasons).toEqual([
        { code: 'match.exactAmount', params: {}, points: 30 },
        { code: 'match.ambiguous', params: { count: 2 }, points: -5 },
      ])
    }
  })

  it('an amount open at one customer only, nobody identified', () => {
    const [top, ...rest] = proposeMatches(index, credit(24200))
    expect(rest).toEqual([])
    expect(top).toMatchObject({ customerId: 'cA', confidence: 30 })
  })

  it('a remittance naming an invoice that is already paid', () => {
    const [top] = proposeMatches(index, credit(70000, { remittance: 'F2026-000100' }))
    expect(top?.customerId).toBe('cA')
    expect(warningCodes(top)).toContain('match.invoiceAlreadyPaid')
    expect(top?.warnings[0]?.params).toEqual({ number: 'F2026-000100' })
  })

  it('nothing credible: no proposal', () => {
    expect(proposeMatches(index, credit(12345, { remittance: 'RECIBO LUZ OCTUBRE', counterpartyName: 'IBERDROLA CLIENTES SAU' }))).toEqual([])
  })

  it('ignores debits, even with a reference', () => {
    expect(proposeMatches(index, credit(-121000, { remittance: 'F2026-000123', counterpartyIban: IBAN_B }))).toEqual([])
  })

  it('ignores invoices in another currency', () => {
    expect(proposeMatches(index, credit(121000, { currency: 'RON', remittance: 'F2026-000123' }))).toEqual([])
  })
})
