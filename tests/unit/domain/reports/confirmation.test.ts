import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../../renderer/domain/errors'
import {
  attentionOf,
  balancesAsOf,
  buildBalanceConfirmation,
  confirmationAddsUp,
  confirmationReference,
  defaultAsOf,
  replyDifference,
  type BuildConfirmationInput,
} from '../../../../renderer/domain/reports/confirmation'
import type { Contact } from '../../../../renderer/domain/types'

const contact = (name: string, role: string, approvesInvoices = false): Contact => ({ name, role, email: '', phone: '', approvesInvoices })

function input(over: Partial<BuildConfirmationInput> = {}): BuildConfirmationInput {
  return {
    company: { currency: 'EUR' },
    customer: {
      id: 'c12',
      code: 'C0012',
      legalName: 'Ultramarinos Ñuñez, S.L.',
      taxId: 'B87654323',
      address: { street: 'Calle Mayor 1', city: 'Cádiz', postalCode: '11001', region: 'Cádiz', country: 'ES' },
      language: 'es',
      contacts: [contact('Ana Gil', 'Compras', true), contact('Luis Mora', 'Contabilidad')],
    },
    asOf: '2026-12-31',
    date: '2027-01-08',
    invoices: [
      { number: 'F2026-000410', issueDate: '2026-12-01', dueDate: '2026-12-31', open: 36_315 },
      { number: 'F2026-000210', issueDate: '2026-09-10', dueDate: '2026-10-10', open: 107_811 },
      { number: 'F2026-000300', issueDate: '2026-10-15', dueDate: '2026-11-14', open: 0 },
    ],
    unappliedCredit: 20_000,
    ...over,
  }
}

function code(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError)
    return (e as DomainError).code
  }
  throw new Error('did not throw')
}

describe('buildBalanceConfirmation', () => {
  it('states the balance as the open documents less the unapplied credit, oldest due first, with a reply date', () => {
    const m = buildBalanceConfirmation(input())
    // 1.078,11 + 363,15 - 200,00 = 1.241,26
    expect(m.balance).toBe(124_126)
    expect(m.documents.map((d) => d.number)).toEqual(['F2026-000210', 'F2026-000410'])
    expect(m.unappliedCredit).toBe(20_000)
    expect(m.reference).toBe('CS-20261231-C0012')
    expect(m.replyBy).toBe('2027-01-23')
    expect(m.language).toBe('es')
    expect(m.currency).toBe('EUR')
    expect(m.customer.attention).toBe('Luis Mora')
    expect(confirmationAddsUp(m)).toBe(true)
    expect(confirmationAddsUp({ ...m, balance: m.balance + 1 })).toBe(false)
  })

  it('gives a credit balance when the unapplied credit exceeds what is open, and a zero balance with nothing open', () => {
    const credit = buildBalanceConfirmation(input({ invoices: [{ number: 'F1', issueDate: '2026-12-01', dueDate: '2026-12-31', open: 5_000 }], unappliedCredit: 12_000 }))
    expect(credit.balance).toBe(-7_000)
    const zero = buildBalanceConfirmation(input({ invoices: [], unappliedCredit: 0, replyDays: 30, language: 'ro' }))
    expect(zero).toMatchObject({ balance: 0, documents: [], replyBy: '2027-02-07', language: 'ro' })
  })

  it('refuses dates that make no sense and bad figures, with translated codes', () => {
    expect(code(() => buildBalanceConfirmation(input({ asOf: '2026-02-30' })))).toBe('confirmations.asOfInvalid')
    expect(code(() => buildBalanceConfirmation(input({ date: 'mañana' })))).toBe('confirmations.dateInvalid')
    expect(code(() => buildBalanceConfirmation(input({ date: '2026-12-30' })))).toBe('confirmations.dateBeforeAsOf')
    expect(code(() => buildBalanceConfirmation(input({ replyDays: 0 })))).toBe('confirmations.replyDaysInvalid')
    expect(code(() => buildBalanceConfirmation(input({ replyDays: 121 })))).toBe('confirmations.replyDaysInvalid')
    expect(code(() => buildBalanceConfirmation(input({ unappliedCredit: -1 })))).toBe('confirmations.unappliedCreditInvalid')
    expect(code(() => buildBalanceConfirmation(input({ unappliedCredit: 0.5 })))).toBe('confirmations.unappliedCreditInvalid')
  })
})

describe('helpers', () => {
  it('replyDifference is our balance less the customer’s amount, to the cent', () => {
    expect(replyDifference({ balance: 124_126 }, 104_126)).toBe(20_000)
    expect(replyDifference({ balance: 124_126 }, 130_000)).toBe(-5_874)
    expect(replyDifference({ balance: -7_000 }, 0)).toBe(-7_000)
    expect(() => replyDifference({ balance: 100 }, 0.5)).toThrow()
  })

  it('reference, default as-of date and whom the letter is for', () => {
    expect(confirmationReference(' C 0012/b ', '2026-06-30')).toBe('CS-20260630-C0012b')
    expect(confirmationReference('', '2026-06-30')).toBe('CS-20260630-X')
    expect(defaultAsOf('2026-11-23')).toBe('2026-10-31')
    expect(defaultAsOf('2026-03-01')).toBe('2026-02-28')
    expect(defaultAsOf('2026-01-15')).toBe('2025-12-31')
    expect(attentionOf({ contacts: [contact('Ana', 'Compras'), contact('Ion', 'Director', true)] })).toBe('Ion')
    expect(attentionOf({ contacts: [contact('', 'Contabilitate'), contact('Maria', 'Vânzări')] })).toBe('Maria')
    expect(attentionOf({ contacts: [contact('Maria', 'Contabilitate')] })).toBe('Maria')
    expect(attentionOf({ contacts: [] })).toBe('')
  })

  it('balancesAsOf: invoices - credit notes - payments - discounts dated up to the date; drafts and later rows ignored', () => {
    const totals = (total: number) => ({ total, base: total, vat: 0, recargo: 0, byRate: [] })
    const balances = balancesAsOf({
      asOf: '2026-06-30',
      invoices: [
        { customerId: 'a', lifecycle: 'issued', issueDate: '2026-05-01', totals: totals(121_000) },
        { customerId: 'a', lifecycle: 'issued', issueDate: '2026-07-01', totals: totals(50_000) },
        { customerId: 'a', lifecycle: 'draft', issueDate: '2026-05-02', totals: totals(99_999) },
        { customerId: 'b', lifecycle: 'issued', issueDate: '2026-06-30', totals: totals(10_000) },
      ],
      creditNotes: [
        { customerId: 'a', issueDate: '2026-06-01', totals: totals(12_100) },
        { customerId: 'b', issueDate: '2026-07-02', totals: totals(10_000) },
      ],
      payments: [
        { customerId: 'a', date: '2026-06-10', amount: 100_000 },
        { customerId: 'c', date: '2026-06-11', amount: 3_000 },
        { customerId: 'b', date: '2026-07-01', amount: 10_000 },
      ],
      allocations: [
        { customerId: 'a', date: '2026-06-10', discount: 1_089 },
        { customerId: 'a', date: '2026-07-10', discount: 500 },
      ],
    })
    // a: 1.210,00 - 121,00 - 1.000,00 - 10,89 = 78,11; b: 100,00; c: an unapplied payment, -30,00
    expect(Object.fromEntries(balances)).toEqual({ a: 7_811, b: 10_000, c: -3_000 })
  })
})
