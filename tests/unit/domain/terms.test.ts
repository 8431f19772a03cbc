import { describe, expect, it } from 'vitest'
import {
  ES_MAX_TERMS_DAYS,
  checkPaymentDays,
  dueDate,
  earlyDiscountDeadline,
  earlyDiscountFor,
  nextPaymentDay,
  nominalDueDate,
  termsDays,
} from '../../../renderer/domain/terms'
import type { EarlyPaymentDiscount, InvoiceTotals } from '../../../renderer/domain/types'

const net = (days: number) => ({ kind: 'net' as const, days })
const eom = (days: number) => ({ kind: 'endOfMonth' as const, days })
const immediate = { kind: 'immediate' as const }

describe('nominal due dates', () => {
  it('net N adds N days', () => {
    expect(dueDate('2026-11-23', net(30), [])).toBe('2026-12-23')
    expect(dueDate('2026-12-15', net(30), [])).toBe('2027-01-14')
    expect(dueDate('2028-01-01', net(60), [])).toBe('2028-03-01') // 31 (Jan) + 29 (Feb 2028)
    expect(dueDate('2026-01-01', net(60), [])).toBe('2026-03-02') // 31 + 28 + 1
    expect(dueDate('2026-11-23', net(0), [])).toBe('2026-11-23')
  })

  it('end of month + N', () => {
    expect(dueDate('2026-01-15', eom(0), [])).toBe('2026-01-31')
    expect(dueDate('2026-01-15', eom(30), [])).toBe('2026-03-02') // Jan 31 + 30 = Mar 2 (Feb has 28)
    expect(dueDate('2028-01-10', eom(30), [])).toBe('2028-03-01') // Jan 31 + 30 = Mar 1 (Feb has 29)
    expect(dueDate('2028-02-29', eom(0), [])).toBe('2028-02-29')
    expect(dueDate('2026-02-01', eom(15), [])).toBe('2026-03-15')
    expect(dueDate('2026-12-31', eom(60), [])).toBe('2027-03-01') // Dec 31 + 60 = Mar 1 2027
  })

  it('immediate is the issue date', () => {
    expect(dueDate('2026-11-23', immediate, [])).toBe('2026-11-23')
    expect(nominalDueDate('2028-02-29', immediate)).toBe('2028-02-29')
    expect(() => nominalDueDate('2026-02-29', immediate)).toThrow('date.invalid')
  })

  it('refuses negative or fractional days', () => {
    expect(() => dueDate('2026-11-23', net(-1), [])).toThrow('terms.invalidDays')
    expect(() => dueDate('2026-11-23', eom(2.5), [])).toThrow('terms.invalidDays')
  })
})

describe('customer payment days', () => {
  it('moves a due date to the next payment day (10th and 25th)', () => {
    // issue 2026-10-27 + 30 = 2026-11-26 -> after the 25th -> 10 December
    expect(dueDate('2026-10-27', net(30), [10, 25])).toBe('2026-12-10')
    expect(nextPaymentDay('2026-11-26', [10, 25])).toBe('2026-12-10')
    expect(nextPaymentDay('2026-11-25', [10, 25])).toBe('2026-11-25') // already a payment day
    expect(nextPaymentDay('2026-11-11', [10, 25])).toBe('2026-11-25')
    expect(nextPaymentDay('2026-11-01', [10, 25])).toBe('2026-11-10')
    expect(nextPaymentDay('2026-12-26', [10, 25])).toBe('2027-01-10') // across the year end
  })

  it('a payment day beyond a short month means its last day', () => {
    expect(nextPaymentDay('2026-02-05', [31])).toBe('2026-02-28')
    expect(nextPaymentDay('2028-02-05', [31])).toBe('2028-02-29')
    expect(nextPaymentDay('2026-02-28', [31])).toBe('2026-02-28')
    expect(nextPaymentDay('2026-04-30', [31])).toBe('2026-04-30')
    expect(nextPaymentDay('2026-03-01', [31])).toBe('2026-03-31')
    expect(nextPaymentDay('2026-02-15', [30])).toBe('2026-02-28')
    expect(nextPaymentDay('2026-02-15', [5, 30])).toBe('2026-02-28')
    expect(nextPaymentDay('2026-03-01', [5, 30])).toBe('2026-03-05')
    // end of month + 0 in February with payment day 30: Feb 28 (the 30th does not exist)
    expect(dueDate('2026-02-10', eom(0), [30])).toBe('2026-02-28')
  })

  it('accepts unsorted and repeated days; empty means any day', () => {
    expect(nextPaymentDay('2026-11-12', [25, 10, 25])).toBe('2026-11-25')
    expect(checkPaymentDays([25, 10, 25])).toEqual([10, 25])
    expect(nextPaymentDay('2026-11-12', [])).toBe('2026-11-12')
    expect(dueDate('2026-11-20', immediate, [15])).toBe('2026-12-15')
  })

  it('refuses impossible payment days', () => {
    expect(() => nextPaymentDay('2026-11-12', [0])).toThrow('terms.invalidPaymentDay')
    expect(() => nextPaymentDay('2026-11-12', [32])).toThrow('terms.invalidPaymentDay')
    expect(() => dueDate('2026-11-12', net(30), [10.5])).toThrow('terms.invalidPaymentDay')
  })
})

describe('termsDays', () => {
  it('gives nominal days (worst case for end of month)', () => {
    expect(termsDays(immediate)).toBe(0)
    expect(termsDays(net(45))).toBe(45)
    expect(termsDays(eom(30))).toBe(60)
    expect(termsDays(eom(31)) > ES_MAX_TERMS_DAYS).toBe(true)
    expect(ES_MAX_TERMS_DAYS).toBe(60)
  })
})

describe('early-payment discount', () => {
  const d: EarlyPaymentDiscount = { percent: 300, days: 10 }
  const totals: InvoiceTotals = { base: 100000, vat: 21000, recargo: 0, total: 121000, byRate: [] }
  const inv = { issueDate: '2026-11-02', earlyDiscount: d, totals, openAmount: 121000, discountTaken: 0 }

  it('deadline is issue date + days, inclusive', () => {
    expect(earlyDiscountDeadline('2026-11-02', d)).toBe('2026-11-12')
    expect(earlyDiscountDeadline('2028-02-25', d)).toBe('2028-03-06') // through 29 February
  })

  it('is available on or before the deadline: 3 % of 1 210,00 = 36,30', () => {
    expect(earlyDiscountFor(inv, '2026-11-02')).toBe(3630)
    expect(earlyDiscountFor(inv, '2026-11-12')).toBe(3630)
    expect(earlyDiscountFor(inv, '2026-10-30')).toBe(3630) // paid before issue (prepayment)
  })

  it('is refused after the deadline', () => {
    expect(earlyDiscountFor(inv, '2026-11-13')).toBe(0)
    expect(earlyDiscountFor(inv, '2027-01-01')).toBe(0)
  })

  it('is refused when already taken, when nothing is open, or when the invoice has none', () => {
    expect(earlyDiscountFor({ ...inv, discountTaken: 3630, openAmount: 0 }, '2026-11-05')).toBe(0)
    expect(earlyDiscountFor({ ...inv, discountTaken: 1 }, '2026-11-05')).toBe(0)
    expect(earlyDiscountFor({ ...inv, openAmount: 0 }, '2026-11-05')).toBe(0)
    expect(earlyDiscountFor({ ...inv, earlyDiscount: null }, '2026-11-05')).toBe(0)
    expect(earlyDiscountFor({ ...inv, earlyDiscount: { percent: 0, days: 10 } }, '2026-11-05')).toBe(0)
  })

  it('rounds half-up and never exceeds what is open', () => {
    // 2 % of 10,25 = 0,205 -> 0,21
    const small = { ...inv, earlyDiscount: { percent: 200, days: 10 }, totals: { ...totals, total: 1025 }, openAmount: 1025 }
    expect(earlyDiscountFor(small, '2026-11-03')).toBe(21)
    expect(earlyDiscountFor({ ...inv, openAmount: 2000 }, '2026-11-03')).toBe(2000)
  })
})
