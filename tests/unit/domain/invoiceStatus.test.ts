import { describe, expect, it } from 'vitest'
import {
  daysOverdue,
  excessAmount,
  invoiceStatus,
  isOpenFlag,
  openAmount,
  type StatusFields,
} from '../../../renderer/domain/invoiceStatus'

const totals = { base: 100000, vat: 21000, recargo: 0, total: 121000, byRate: [] }
function inv(over: Partial<StatusFields> = {}): StatusFields {
  return {
    lifecycle: 'issued',
    dueDate: '2026-11-30',
    openAmount: 121000,
    paidAmount: 0,
    discountTaken: 0,
    creditedAmount: 0,
    totals,
    ...over,
  }
}

describe('openAmount / excessAmount', () => {
  it('subtracts payments, discount and credits', () => {
    expect(openAmount(121000, 0, 0, 0)).toBe(121000)
    expect(openAmount(121000, 50000, 0, 0)).toBe(71000)
    expect(openAmount(121000, 117370, 3630, 0)).toBe(0)
    expect(openAmount(121000, 20000, 0, 12100)).toBe(88900)
  })

  it('never goes below zero: the excess is customer credit', () => {
    expect(openAmount(121000, 121000, 0, 12100)).toBe(0)
    expect(excessAmount(121000, 121000, 0, 12100)).toBe(12100)
    expect(excessAmount(121000, 1000, 0, 0)).toBe(0)
    expect(() => openAmount(121000, 0.5, 0, 0)).toThrow('money.notInteger')
  })
})

describe('invoiceStatus', () => {
  it('draft whatever the figures', () => {
    expect(invoiceStatus(inv({ lifecycle: 'draft', dueDate: '2020-01-01' }), '2026-12-01')).toBe('draft')
  })

  it('open until the due date, overdue from the day after', () => {
    expect(invoiceStatus(inv(), '2026-11-29')).toBe('open')
    expect(invoiceStatus(inv(), '2026-11-30')).toBe('open') // due today: not overdue yet
    expect(invoiceStatus(inv(), '2026-12-01')).toBe('overdue')
  })

  it('partially paid (or partly credited) and not yet due', () => {
    expect(invoiceStatus(inv({ paidAmount: 1000, openAmount: 120000 }), '2026-11-15')).toBe('partiallyPaid')
    expect(invoiceStatus(inv({ creditedAmount: 1000, openAmount: 120000 }), '2026-11-15')).toBe('partiallyPaid')
    // a partial payment past the due date is overdue
    expect(invoiceStatus(inv({ paidAmount: 1000, openAmount: 120000 }), '2026-12-15')).toBe('overdue')
  })

  it('paid when nothing is open, even past the due date', () => {
    expect(invoiceStatus(inv({ paidAmount: 121000, openAmount: 0 }), '2027-06-01')).toBe('paid')
    expect(invoiceStatus(inv({ paidAmount: 117370, discountTaken: 3630, openAmount: 0 }), '2026-11-10')).toBe('paid')
  })

  it('credited when credit notes cover the total', () => {
    expect(invoiceStatus(inv({ creditedAmount: 121000, openAmount: 0 }), '2026-12-15')).toBe('credited')
    // paid and then fully credited: credited (the money became customer credit)
    expect(invoiceStatus(inv({ paidAmount: 121000, creditedAmount: 121000, openAmount: 0 }), '2026-12-15')).toBe('credited')
    // partly credited and the rest paid: paid
    expect(invoiceStatus(inv({ paidAmount: 100000, creditedAmount: 21000, openAmount: 0 }), '2026-12-15')).toBe('paid')
  })

  it('a zero-total invoice is paid, not credited', () => {
    const zero = { ...totals, base: 0, vat: 0, total: 0 }
    expect(invoiceStatus(inv({ totals: zero, openAmount: 0 }), '2026-11-01')).toBe('paid')
  })

  it('works across a leap day', () => {
    expect(invoiceStatus(inv({ dueDate: '2028-02-29' }), '2028-02-29')).toBe('open')
    expect(invoiceStatus(inv({ dueDate: '2028-02-28' }), '2028-02-29')).toBe('overdue')
  })
})

describe('daysOverdue / isOpenFlag', () => {
  it('counts days past the due date, 0 when not overdue', () => {
    expect(daysOverdue('2026-11-30', '2026-11-29')).toBe(0)
    expect(daysOverdue('2026-11-30', '2026-11-30')).toBe(0)
    expect(daysOverdue('2026-11-30', '2026-12-01')).toBe(1)
    expect(daysOverdue('2026-11-30', '2027-01-30')).toBe(61)
    expect(daysOverdue('2028-02-01', '2028-03-01')).toBe(29)
    expect(daysOverdue('2026-02-01', '2026-03-01')).toBe(28)
  })

  it('flags open issued invoices only', () => {
    expect(isOpenFlag({ lifecycle: 'issued', openAmount: 1 })).toBe(1)
    expect(isOpenFlag({ lifecycle: 'issued', openAmount: 0 })).toBe(0)
    expect(isOpenFlag({ lifecycle: 'draft', openAmount: 5000 })).toBe(0)
  })
})
