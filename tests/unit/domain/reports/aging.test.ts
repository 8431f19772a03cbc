import { describe, expect, it } from 'vitest'
import { addDays } from '../../../../renderer/domain/dates'
import { Rng } from '../../../../renderer/domain/demo/prng'
import { DomainError } from '../../../../renderer/domain/errors'
import {
  DEFAULT_BUCKETS,
  agingAsOf,
  bucketIndexOf,
  bucketProblem,
  bucketRanges,
  openAmountAsOf,
  validateBuckets,
} from '../../../../renderer/domain/reports/aging'
import type { Allocation, CreditNote, Invoice } from '../../../../renderer/domain/types'

const AS_OF = '2026-06-30'

type Inv = Pick<Invoice, 'id' | 'lifecycle' | 'issueDate' | 'dueDate' | 'totals' | 'fullNumber' | 'customerId' | 'customer'>
type Alloc = Pick<Allocation, 'invoiceId' | 'date' | 'amount' | 'discount'>
type Note = Pick<CreditNote, 'invoiceId' | 'issueDate' | 'totals'>

function inv(id: string, over: Partial<Omit<Inv, 'totals'>> & { total?: number } = {}): Inv {
  const { total = 100_000, ...rest } = over
  return {
    id,
    lifecycle: 'issued',
    issueDate: '2026-05-01',
    dueDate: '2026-05-31',
    fullNumber: `F2026-${id}`,
    customerId: 'c1',
    customer: { legalName: 'Snapshot S.L.' },
    totals: { base: total, vat: 0, recargo: 0, total, byRate: [] },
    ...rest,
  } as Inv
}
const alloc = (invoiceId: string, date: string, amount: number, discount = 0): Alloc => ({ invoiceId, date, amount, discount })
const note = (invoiceId: string, issueDate: string, total: number): Note => ({
  invoiceId,
  issueDate,
  totals: { base: total, vat: 0, recargo: 0, total, byRate: [] },
})
const customers = [
  { id: 'c1', legalName: 'Bodegas Álvarez, S.L.' },
  { id: 'c2', legalName: 'Alimentación Zamora, S.A.' },
]

describe('buckets', () => {
  it('defaults to current, 1-30, 31-60, 61-90, 90+', () => {
    expect([...DEFAULT_BUCKETS]).toEqual([0, 30, 60, 90])
    expect(bucketRanges(DEFAULT_BUCKETS)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 30 },
      { from: 31, to: 60 },
      { from: 61, to: 90 },
      { from: 91, to: null },
    ])
  })

  it('places the boundary days in the right bucket', () => {
    const at = (days: number) => bucketIndexOf(days, DEFAULT_BUCKETS)
    expect([0, 1, 30, 31, 60, 61, 90, 91, 400].map(at)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4])
  })

  it('refuses bounds that are not ascending whole days', () => {
    expect(bucketProblem([0, 30, 60])).toBeNull()
    expect(bucketProblem([0, 30, 30])).toBe(2)
    expect(bucketProblem([0, 60, 30])).toBe(2)
    expect(bucketProblem([-1, 30])).toBe(0)
    expect(bucketProblem([0, 7.5])).toBe(1)
    expect(bucketProblem([])).toBe(-1)
    expect(bucketProblem(Array.from({ length: 13 }, (_, i) => i))).toBe(-1)
    const err = (() => {
      try {
        validateBuckets([0, 30, 20])
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(DomainError)
    expect((err as DomainError).code).toBe('reports.buckets.invalid')
    expect((err as DomainError).params).toEqual({ index: 3 })
    expect(() => agingAsOf({ invoices: [], allocations: [], creditNotes: [], customers, asOf: AS_OF, buckets: [30, 0] })).toThrow(
      DomainError,
    )
  })

  it('ages invoices exactly 0, 30, 31, 90 and 91 days past due into their buckets', () => {
    const invoices = [0, 30, 31, 90, 91, -5].map((days, i) =>
      inv(`00000${i}`, { issueDate: '2026-01-01', dueDate: addDays(AS_OF, -days), total: 1000 * (i + 1) }),
    )
    const report = agingAsOf({ invoices, allocations: [], creditNotes: [], customers, asOf: AS_OF })
    expect(report.rows).toHaveLength(1)
    const rows = report.rows[0]?.invoices ?? []
    const byNumber = Object.fromEntries(rows.map((r) => [r.invoiceId, [r.daysPastDue, r.bucketIndex]]))
    expect(byNumber).toEqual({
      '000000': [0, 0],
      '000001': [30, 1],
      '000002': [31, 2],
      '000003': [90, 3],
      '000004': [91, 4],
      '000005': [0, 0],
    })
    expect(report.totals).toEqual([1000 + 6000, 2000, 3000, 4000, 5000])
    expect(report.grandTotal).toBe(21_000)
    expect(report.rows[0]?.oldestDaysPastDue).toBe(91)
    expect(rows.map((r) => r.invoiceId)).toEqual(['000004', '000003', '000002', '000001', '000000', '000005'])
  })
})

describe('openAmountAsOf', () => {
  const invoice = inv('1', { total: 121_000 })

  it('shows the remainder as of a date between a partial and the final payment', () => {
    const allocations = [alloc('1', '2026-06-10', 50_000), alloc('1', '2026-07-15', 69_790, 1_210), alloc('2', '2026-06-01', 7)]
    expect(openAmountAsOf(invoice, allocations, [], '2026-06-09')).toBe(121_000)
    expect(openAmountAsOf(invoice, allocations, [], '2026-06-10')).toBe(71_000)
    expect(openAmountAsOf(invoice, allocations, [], AS_OF)).toBe(71_000)
    expect(openAmountAsOf(invoice, allocations, [], '2026-07-15')).toBe(0)
  })

  it('counts credit notes issued up to the date, ignores later ones, never goes below 0', () => {
    const notes = [note('1', '2026-06-20', 21_000), note('1', '2026-07-01', 100_000)]
    expect(openAmountAsOf(invoice, [], notes, AS_OF)).toBe(100_000)
    expect(openAmountAsOf(invoice, [alloc('1', '2026-06-25', 90_000)], notes, AS_OF)).toBe(10_000)
    expect(openAmountAsOf(invoice, [alloc('1', '2026-06-25', 90_000)], notes, '2026-07-01')).toBe(0)
  })

  it('is 0 for an invoice issued after the date and for drafts', () => {
    expect(openAmountAsOf(inv('1', { issueDate: '2026-07-01' }), [], [], AS_OF)).toBe(0)
    expect(openAmountAsOf(inv('1', { issueDate: AS_OF }), [], [], AS_OF)).toBe(100_000)
    expect(openAmountAsOf(inv('1', { lifecycle: 'draft' }), [], [], AS_OF)).toBe(0)
  })
})

describe('agingAsOf', () => {
  it('reports by customer with drill-down, excluding later invoices and later credit notes', () => {
    const invoices = [
      inv('A1', { customerId: 'c1', dueDate: '2026-06-15', total: 121_000 }),
      inv('A2', { customerId: 'c1', dueDate: '2026-03-01', total: 50_000 }),
      inv('B1', { customerId: 'c2', dueDate: '2026-07-10', total: 30_000 }),
      inv('B2', { customerId: 'c2', issueDate: '2026-07-02', dueDate: '2026-08-01', total: 99_999 }),
      inv('C1', { customerId: 'c9', dueDate: '2026-06-01', total: 10_000 }),
    ]
    const allocations = [alloc('A1', '2026-06-10', 50_000), alloc('A1', '2026-07-15', 71_000), alloc('A2', '2026-04-01', 50_000)]
    const creditNotes = [note('B1', '2026-07-05', 30_000)]
    const report = agingAsOf({ invoices, allocations, creditNotes, customers, asOf: AS_OF })
    expect(report.rows.map((r) => [r.customerId, r.name, r.total, r.buckets, r.oldestDaysPastDue])).toEqual([
      ['c2', 'Alimentación Zamora, S.A.', 30_000, [30_000, 0, 0, 0, 0], 0],
      ['c1', 'Bodegas Álvarez, S.L.', 71_000, [0, 71_000, 0, 0, 0], 15],
      ['c9', 'Snapshot S.L.', 10_000, [0, 10_000, 0, 0, 0], 29],
    ])
    expect(report.rows[1]?.invoices).toEqual([
      { invoiceId: 'A1', number: 'F2026-A1', issueDate: '2026-05-01', dueDate: '2026-06-15', daysPastDue: 15, open: 71_000, bucketIndex: 1 },
    ])
    expect(report.totals).toEqual([30_000, 81_000, 0, 0, 0])
    expect(report.grandTotal).toBe(111_000)
    const later = agingAsOf({ invoices, allocations, creditNotes, customers, asOf: '2026-07-31', buckets: [0, 30] })
    expect(later.totals).toEqual([99_999, 0, 10_000])
    expect(later.rows.map((r) => r.customerId)).toEqual(['c2', 'c9'])
  })

  it('grand total and bucket totals always equal the sum of open amounts (generated data)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rng = new Rng(seed)
      const invoices: Inv[] = []
      const allocations: Alloc[] = []
      const creditNotes: Note[] = []
      const count = rng.int(0, 60)
      for (let i = 0; i < count; i++) {
        const issueDate = addDays('2026-01-01', rng.int(0, 300))
        const total = rng.int(1, 500_000)
        const id = `I${i}`
        invoices.push(
          inv(id, {
            customerId: `c${rng.int(1, 6)}`,
            lifecycle: rng.chance(0.1) ? 'draft' : 'issued',
            issueDate,
            dueDate: addDays(issueDate, rng.int(0, 120)),
            total,
          }),
        )
        const payments = rng.int(0, 3)
        for (let k = 0; k < payments; k++) {
          allocations.push(alloc(id, addDays(issueDate, rng.int(0, 200)), rng.int(0, total), rng.chance(0.2) ? rng.int(0, 5000) : 0))
        }
        if (rng.chance(0.2)) creditNotes.push(note(id, addDays(issueDate, rng.int(0, 200)), rng.int(1, total)))
      }
      const asOf = addDays('2026-01-01', rng.int(0, 400))
      const buckets = rng.chance(0.5) ? DEFAULT_BUCKETS : [0, 15, 45]
      const report = agingAsOf({ invoices, allocations, creditNotes, customers, asOf, buckets })
      const opens = invoices.map((i) => openAmountAsOf(i, allocations, creditNotes, asOf))
      const sumOpen = opens.reduce((a, b) => a + b, 0)
      expect(opens.every((o) => o >= 0 && Number.isInteger(o))).toBe(true)
      expect(report.grandTotal).toBe(sumOpen)
      expect(report.totals.reduce((a, b) => a + b, 0)).toBe(sumOpen)
      expect(report.rows.reduce((a, r) => a + r.total, 0)).toBe(sumOpen)
      for (const r of report.rows) {
        expect(r.buckets.reduce((a, b) => a + b, 0)).toBe(r.total)
        expect(r.invoices.reduce((a, x) => a + x.open, 0)).toBe(r.total)
      }
      expect(report.rows.flatMap((r) => r.invoices).length).toBe(opens.filter((o) => o > 0).length)
    }
  })
})
