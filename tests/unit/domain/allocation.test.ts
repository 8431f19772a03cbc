import { describe, expect, it } from 'vitest'
import {
  allocateOldestFirst,
  allocatedTotal,
  compareOpenItems,
  validateAllocations,
  type OpenItem,
} from '../../../renderer/domain/allocation'

function item(id: string, dueDate: string, openAmount: number, discountAvailable = 0, issueDate = '2026-09-01'): OpenItem {
  return { invoiceId: id, issueDate, dueDate, fullNumber: `F2026-${id}`, openAmount, discountAvailable }
}

const a = item('000001', '2026-10-10', 10000)
const b = item('000002', '2026-10-25', 20000)
const c = item('000003', '2026-11-10', 30000, 900) // 3 % of 300,00 available

describe('compareOpenItems', () => {
  it('orders by due date, then issue date, then number', () => {
    const x = item('000009', '2026-10-10', 1, 0, '2026-09-02')
    const y = item('000008', '2026-10-10', 1, 0, '2026-09-02')
    const z = item('000007', '2026-10-10', 1, 0, '2026-09-03')
    expect([z, x, b, y, a].sort(compareOpenItems).map((i) => i.invoiceId)).toEqual(['000001', '000008', '000009', '000007', '000002'])
  })
})

describe('allocateOldestFirst', () => {
  it('pays the oldest due first, leaving a partial on the next', () => {
    const r = allocateOldestFirst(25000, [c, b, a])
    expect(r.lines).toEqual([
      { invoiceId: '000001', amount: 10000, discount: 0 },
      { invoiceId: '000002', amount: 15000, discount: 0 },
    ])
    expect(r.unallocated).toBe(0)
  })

  it('leaves the excess unallocated (customer credit)', () => {
    const r = allocateOldestFirst(70000, [a, b, c])
    expect(r.lines.map((l) => l.amount)).toEqual([10000, 20000, 30000])
    expect(r.unallocated).toBe(10000)
    expect(allocatedTotal(r.lines)).toBe(60000)
  })

  it('with discounts, settles an invoice when open - discount is covered', () => {
    // a 100,00 + b 200,00 + c (300,00 - 9,00) = 591,00 settles all three
    const r = allocateOldestFirst(59100, [a, b, c], { applyDiscounts: true })
    expect(r.lines).toEqual([
      { invoiceId: '000001', amount: 10000, discount: 0 },
      { invoiceId: '000002', amount: 20000, discount: 0 },
      { invoiceId: '000003', amount: 29100, discount: 900 },
    ])
    expect(r.unallocated).toBe(0)
  })

  it('with discounts, a payment short of open - discount is a partial without discount', () => {
    const r = allocateOldestFirst(29000, [c], { applyDiscounts: true })
    expect(r.lines).toEqual([{ invoiceId: '000003', amount: 29000, discount: 0 }])
    expect(r.unallocated).toBe(0)
  })

  it('with discounts, a payment over the discounted amount keeps the rest unallocated', () => {
    const r = allocateOldestFirst(30000, [c], { applyDiscounts: true })
    expect(r.lines).toEqual([{ invoiceId: '000003', amount: 29100, discount: 900 }])
    expect(r.unallocated).toBe(900)
  })

  it('ignores discounts unless asked', () => {
    const r = allocateOldestFirst(30000, [c])
    expect(r.lines).toEqual([{ invoiceId: '000003', amount: 30000, discount: 0 }])
  })

  it('skips items with nothing open and handles a zero payment or no items', () => {
    const r = allocateOldestFirst(5000, [item('000000', '2026-01-01', 0), a])
    expect(r.lines).toEqual([{ invoiceId: '000001', amount: 5000, discount: 0 }])
    expect(allocateOldestFirst(0, [a])).toEqual({ lines: [], unallocated: 0 })
    expect(allocateOldestFirst(4200, [])).toEqual({ lines: [], unallocated: 4200 })
  })

  it('caps a discount at the open amount and refuses bad payments', () => {
    const weird = item('000004', '2026-10-01', 500, 900)
    expect(allocateOldestFirst(100, [weird], { applyDiscounts: true }).lines).toEqual([
      { invoiceId: '000004', amount: 0, discount: 500 },
    ])
    expect(() => allocateOldestFirst(-1, [a])).toThrow('payment.amountNegative')
    expect(() => allocateOldestFirst(10.5, [a])).toThrow('money.notInteger')
  })

  it('does not reorder the caller array', () => {
    const items = [c, b, a]
    allocateOldestFirst(1000, items)
    expect(items.map((i) => i.invoiceId)).toEqual(['000003', '000002', '000001'])
  })
})

describe('validateAllocations', () => {
  const codes = (amount: number, lines: Parameters<typeof validateAllocations>[1]) =>
    validateAllocations(amount, lines, [a, b, c]).map((e) => e.code)

  it('accepts valid allocations, including a full settlement with discount', () => {
    expect(codes(59100, allocateOldestFirst(59100, [a, b, c], { applyDiscounts: true }).lines)).toEqual([])
    expect(codes(5000, [{ invoiceId: '000002', amount: 5000, discount: 0 }])).toEqual([])
    expect(codes(5000, [])).toEqual([])
  })

  it('refuses an invoice not among the open items', () => {
    const problems = validateAllocations(1000, [{ invoiceId: 'other', amount: 1000, discount: 0 }], [a, b, c])
    expect(problems.map((p) => p.code)).toEqual(['allocation.unknownInvoice'])
    expect(problems[0]?.params).toEqual({ invoice: 'other' })
  })

  it('refuses more than is open on an invoice', () => {
    const problems = validateAllocations(20000, [{ invoiceId: '000001', amount: 10001, discount: 0 }], [a, b, c])
    expect(problems.map((p) => p.code)).toEqual(['allocation.exceedsOpen'])
    expect(problems[0]?.params).toEqual({ invoice: 'F2026-000001', openCents: 10000 })
    expect(codes(30000, [{ invoiceId: '000003', amount: 29200, discount: 900 }])).toEqual(['allocation.exceedsOpen'])
  })

  it('refuses a sum above the payment', () => {
    const problems = validateAllocations(25000, [
      { invoiceId: '000001', amount: 10000, discount: 0 },
      { invoiceId: '000002', amount: 15001, discount: 0 },
    ], [a, b, c])
    expect(problems.map((p) => p.code)).toEqual(['allocation.exceedsPayment'])
    expect(problems[0]?.params).toEqual({ allocatedCents: 25001, paymentCents: 25000 })
  })

  it('refuses negatives, duplicates and non-integers', () => {
    expect(codes(1000, [{ invoiceId: '000001', amount: -1, discount: 0 }])).toEqual(['allocation.negative'])
    expect(codes(1000, [{ invoiceId: '000001', amount: 10, discount: -5 }])).toEqual(['allocation.negative'])
    expect(codes(20000, [
      { invoiceId: '000001', amount: 100, discount: 0 },
      { invoiceId: '000001', amount: 100, discount: 0 },
    ])).toEqual(['allocation.duplicateInvoice'])
    expect(codes(1000, [{ invoiceId: '000001', amount: 0.5, discount: 0 }])).toEqual(['allocation.notInteger'])
  })

  it('refuses a discount larger than available or without settling the invoice', () => {
    expect(codes(29000, [{ invoiceId: '000003', amount: 29000, discount: 1000 }])).toEqual(['allocation.discountNotAvailable'])
    expect(codes(10000, [{ invoiceId: '000003', amount: 10000, discount: 900 }])).toEqual(['allocation.discountNeedsFullPayment'])
    expect(codes(9000, [{ invoiceId: '000001', amount: 9000, discount: 1000 }])).toEqual(['allocation.discountNotAvailable'])
  })

  it('reports every problem at once', () => {
    const list = codes(100, [
      { invoiceId: 'ghost', amount: 50, discount: 0 },
      { invoiceId: '000001', amount: 20000, discount: 0 },
    ])
    expect(list).toEqual(['allocation.unknownInvoice', 'allocation.exceedsOpen', 'allocation.exceedsPayment'])
  })
})
