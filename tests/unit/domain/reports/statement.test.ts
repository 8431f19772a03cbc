import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../../renderer/domain/errors'
import type { AgingCustomerRow } from '../../../../renderer/domain/reports/aging'
import { buildStatementModel, type StatementLedgerRow } from '../../../../renderer/domain/reports/statement'

const customer = {
  id: 'c1',
  code: 'C0001',
  legalName: 'Ultramarinos Ñuñez Pérez',
  taxId: 'B87654323',
  tradeRegister: '',
  address: { street: 'Calle Mayor 1', city: 'Cádiz', postalCode: '11001', region: 'Cádiz', country: 'ES' },
  language: 'es' as const,
}

const ledger: StatementLedgerRow[] = [
  { date: '2026-01-01', kind: 'opening', reference: '', dueDate: '', debit: 50_000, credit: 0, balance: 50_000 },
  { date: '2026-02-10', kind: 'invoice', reference: 'F2026-000010', dueDate: '2026-03-12', debit: 121_000, credit: 0, balance: 171_000 },
  { date: '2026-02-20', kind: 'payment', reference: 'TRF 1', dueDate: '', debit: 0, credit: 50_000, balance: 121_000 },
  { date: '2026-03-01', kind: 'creditNote', reference: 'R2026-000001', dueDate: '', debit: 0, credit: 12_100, balance: 108_900 },
  { date: '2026-03-05', kind: 'discount', reference: 'F2026-000010', dueDate: '', debit: 0, credit: 1_089, balance: 107_811 },
  { date: '2026-04-02', kind: 'invoice', reference: 'F2026-000031', dueDate: '2026-05-02', debit: 36_315, credit: 0, balance: 144_126 },
]

const agingRow = (customerId: string): AgingCustomerRow => ({
  customerId,
  name: 'x',
  buckets: [0, 0, 36_315, 0, 107_811],
  total: 144_126,
  oldestDaysPastDue: 110,
  invoices: [
    { invoiceId: 'i1', number: 'F2026-000010', issueDate: '2026-02-10', dueDate: '2026-03-12', daysPastDue: 110, open: 107_811, bucketIndex: 4 },
    { invoiceId: 'i2', number: 'F2026-000031', issueDate: '2026-04-02', dueDate: '2026-05-02', daysPastDue: 59, open: 36_315, bucketIndex: 2 },
  ],
})

const aging = { asOf: '2026-06-30', bounds: [0, 30, 60, 90], rows: [agingRow('other'), agingRow('c1')] }
const company = { currency: 'EUR' as const }

describe('buildStatementModel', () => {
  it('carries the opening balance, lists the period, totals it and closes at opening + debits - credits', () => {
    const m = buildStatementModel({ company, customer, ledger, aging, from: '2026-01-01', to: '2026-06-30' })
    expect(m.opening).toBe(50_000)
    expect(m.rows.map((r) => r.kind)).toEqual(['invoice', 'payment', 'creditNote', 'discount', 'invoice'])
    expect(m.totalDebit).toBe(157_315)
    expect(m.totalCredit).toBe(63_189)
    expect(m.closing).toBe(144_126)
    expect(m.closing).toBe(m.opening + m.totalDebit - m.totalCredit)
    expect(m.rows.map((r) => r.balance)).toEqual([171_000, 121_000, 108_900, 107_811, 144_126])
    expect(m.language).toBe('es')
    expect(m.currency).toBe('EUR')
    expect(m.customer).toMatchObject({ legalName: 'Ultramarinos Ñuñez Pérez', taxId: 'B87654323' })
  })

  it('takes the aging of this customer only, by bucket, with its total', () => {
    const m = buildStatementModel({ company, customer, ledger, aging, from: '2026-01-01', to: '2026-06-30', language: 'en' })
    expect(m.aging.buckets).toEqual([0, 0, 36_315, 0, 107_811])
    expect(m.aging.total).toBe(144_126)
    expect(m.aging.invoices.map((i) => i.number)).toEqual(['F2026-000010', 'F2026-000031'])
    expect(m.aging.asOf).toBe('2026-06-30')
    expect(m.language).toBe('en')
    const none = buildStatementModel({ company, customer, ledger, aging: { ...aging, rows: [agingRow('other')] }, from: '2026-01-01', to: '2026-06-30' })
    expect(none.aging.buckets).toEqual([0, 0, 0, 0, 0])
    expect(none.aging.total).toBe(0)
  })

  it('starts from 0 without an opening row, ignores rows outside the period and recomputes running balances', () => {
    const rows = ledger.slice(1).map((r) => ({ ...r, balance: 999 }))
    const m = buildStatementModel({ company, customer, ledger: rows, aging, from: '2026-02-15', to: '2026-03-31' })
    expect(m.opening).toBe(0)
    expect(m.rows.map((r) => r.reference)).toEqual(['TRF 1', 'R2026-000001', 'F2026-000010'])
    expect(m.rows.map((r) => r.balance)).toEqual([-50_000, -62_100, -63_189])
    expect(m.totalDebit).toBe(0)
    expect(m.totalCredit).toBe(63_189)
    expect(m.closing).toBe(-63_189)
  })

  it('carries a credit opening balance (customer credit) as negative', () => {
    const credit: StatementLedgerRow[] = [{ date: '2026-01-01', kind: 'opening', reference: '', dueDate: '', debit: 0, credit: 2_500, balance: -2_500 }]
    const m = buildStatementModel({ company, customer, ledger: credit, aging, from: '2026-01-01', to: '2026-01-31' })
    expect(m.opening).toBe(-2_500)
    expect(m.rows).toEqual([])
    expect(m.closing).toBe(-2_500)
  })

  it('refuses a period that ends before it starts', () => {
    expect(() => buildStatementModel({ company, customer, ledger, aging, from: '2026-07-01', to: '2026-06-30' })).toThrow(DomainError)
  })
})
