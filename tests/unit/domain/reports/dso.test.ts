import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../../renderer/domain/errors'
import { dsoCountback, monthlySales } from '../../../../renderer/domain/reports/dso'

const totals = (total: number) => ({ base: total, vat: 0, recargo: 0, total, byRate: [] })

describe('dsoCountback', () => {
  it('counts back the worked example: 30 + 31 x 50/80 = 49.4 days', () => {
    const dso = dsoCountback({
      receivable: 15_000_000,
      monthlySales: [
        { month: '2026-11', sales: 10_000_000, days: 30 },
        { month: '2026-10', sales: 8_000_000, days: 31 },
        { month: '2026-09', sales: 9_000_000, days: 30 },
      ],
    })
    expect(dso).toBe(49.4)
  })

  it('stops exactly at a month boundary and handles a partial first month', () => {
    const months = [
      { month: '2026-11', sales: 10_000, days: 30 },
      { month: '2026-10', sales: 8_000, days: 31 },
    ]
    expect(dsoCountback({ receivable: 10_000, monthlySales: months })).toBe(30)
    expect(dsoCountback({ receivable: 18_000, monthlySales: months })).toBe(61)
    expect(dsoCountback({ receivable: 2_500, monthlySales: months })).toBe(7.5)
    expect(dsoCountback({ receivable: 1, monthlySales: [{ month: '2026-11', sales: 3, days: 30 }] })).toBe(10)
  })

  it('documents its edge cases', () => {
    const months = [
      { month: '2026-11', sales: 10_000, days: 30 },
      { month: '2026-10', sales: 0, days: 31 },
      { month: '2026-09', sales: -500, days: 30 },
      { month: '2026-08', sales: 4_000, days: 31 },
    ]
    // nothing receivable
    expect(dsoCountback({ receivable: 0, monthlySales: months })).toBe(0)
    expect(dsoCountback({ receivable: -300, monthlySales: months })).toBe(0)
    // no months to count back against
    expect(dsoCountback({ receivable: 100, monthlySales: [] })).toBeNull()
    // months without (or with negative) sales consume nothing and add all their days
    expect(dsoCountback({ receivable: 12_000, monthlySales: months })).toBe(30 + 31 + 30 + 15.5)
    // receivable above all the sales: every month's days (a lower bound)
    expect(dsoCountback({ receivable: 999_999, monthlySales: months })).toBe(122)
    expect(dsoCountback({ receivable: 5, monthlySales: [{ month: '2026-11', sales: 0, days: 30 }] })).toBe(30)
  })
})

describe('monthlySales', () => {
  const invoices = [
    { lifecycle: 'issued' as const, issueDate: '2026-11-03', totals: totals(60_000) },
    { lifecycle: 'issued' as const, issueDate: '2026-11-20', totals: totals(40_000) },
    { lifecycle: 'issued' as const, issueDate: '2026-11-25', totals: totals(7_000) },
    { lifecycle: 'draft' as const, issueDate: '2026-11-05', totals: totals(123_456) },
    { lifecycle: 'issued' as const, issueDate: '2026-10-31', totals: totals(80_000) },
    { lifecycle: 'issued' as const, issueDate: '2026-08-15', totals: totals(5_000) },
    { lifecycle: 'issued' as const, issueDate: '2026-12-01', totals: totals(1_000) },
  ]
  const notes = [
    { issueDate: '2026-11-02', totals: totals(10_000) },
    { issueDate: '2026-09-10', totals: totals(2_000) },
  ]

  it('sums issued invoices net of credit notes by issue month, newest first, empty months included', () => {
    expect(monthlySales(invoices, notes, '2026-09', '2026-11')).toEqual([
      { month: '2026-11', sales: 97_000, days: 30 },
      { month: '2026-10', sales: 80_000, days: 31 },
      { month: '2026-09', sales: -2_000, days: 30 },
    ])
    expect(monthlySales(invoices, notes, '2024-02', '2024-02')).toEqual([{ month: '2024-02', sales: 0, days: 29 }])
    expect(monthlySales(invoices, notes, '2025-12', '2026-01').map((m) => m.month)).toEqual(['2026-01', '2025-12'])
  })

  it('with asOf leaves later documents out and counts the current month up to that day', () => {
    const months = monthlySales(invoices, notes, '2026-10', '2026-12', '2026-11-23')
    expect(months).toEqual([
      { month: '2026-12', sales: 0, days: 0 },
      { month: '2026-11', sales: 90_000, days: 23 },
      { month: '2026-10', sales: 80_000, days: 31 },
    ])
    // 150,000 receivable: 23 days + 31 x 60/80
    expect(dsoCountback({ receivable: 150_000, monthlySales: months })).toBe(46.3)
  })

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => monthlySales([], [], '2026-13', '2026-12')).toThrow(DomainError)
    expect(() => monthlySales([], [], '2026-1', '2026-12')).toThrow(DomainError)
  })
})
