import { describe, expect, it } from 'vitest'
import { addDays } from '../../../../renderer/domain/dates'
import { Rng } from '../../../../renderer/domain/demo/prng'
import { agingAsOf } from '../../../../renderer/domain/reports/aging'
import {
  collectionEffectiveness,
  dashboardFigures,
  dashboardPeriod,
  meanBasisPoints,
  type DashboardInvoice,
} from '../../../../renderer/domain/reports/dashboard'
import type { Allocation, CreditNote } from '../../../../renderer/domain/types'
import enLocale from '../../../../locales/en/dashboard.json' with { type: 'json' }
import esLocale from '../../../../locales/es/dashboard.json' with { type: 'json' }
import roLocale from '../../../../locales/ro/dashboard.json' with { type: 'json' }

type Alloc = Pick<Allocation, 'invoiceId' | 'date' | 'amount' | 'discount'>
type Note = Pick<CreditNote, 'invoiceId' | 'issueDate' | 'totals'>

const totals = (total: number) => ({ base: total, vat: 0, recargo: 0, total, byRate: [] })
function inv(id: string, customerId: string, issueDate: string, dueDate: string, total: number, lifecycle: 'issued' | 'draft' = 'issued'): DashboardInvoice {
  return { id, lifecycle, issueDate, dueDate, totals: totals(total), fullNumber: `F-${id}`, customerId, customer: { legalName: `Snapshot ${customerId}` } }
}
const alloc = (invoiceId: string, date: string, amount: number, discount = 0): Alloc => ({ invoiceId, date, amount, discount })
const note = (invoiceId: string, issueDate: string, total: number): Note => ({ invoiceId, issueDate, totals: totals(total) })
const customers = [
  { id: 'c1', legalName: 'Bodegas Álvarez, S.L.' },
  { id: 'c2', legalName: 'Alimentación Zamora, S.A.' },
]

describe('dashboardPeriod', () => {
  it('takes the last N month-ends, the current one capped at today, the opening month-end and the DSO lookback', () => {
    const p = dashboardPeriod('2026-11-23')
    expect(p.months).toHaveLength(12)
    expect(p.months[0]).toEqual({ month: '2025-12', end: '2025-12-31', complete: true })
    expect(p.months[2]).toEqual({ month: '2026-02', end: '2026-02-28', complete: true })
    expect(p.months[11]).toEqual({ month: '2026-11', end: '2026-11-23', complete: false })
    expect(p.opening).toEqual({ month: '2025-11', end: '2025-11-30', complete: true })
    // 12 months + 5 more months of sales for the countback at the first month-end
    expect(p.salesFrom).toBe('2025-07-01')
    const endOfMonth = dashboardPeriod('2028-02-29', 2)
    expect(endOfMonth.months).toEqual([
      { month: '2028-01', end: '2028-01-31', complete: true },
      { month: '2028-02', end: '2028-02-29', complete: true },
    ])
  })

  it('refuses a number of months that is not 1 to 36 and a bad date', () => {
    expect(() => dashboardPeriod('2026-11-23', 0)).toThrow(RangeError)
    expect(() => dashboardPeriod('2026-11-23', 37)).toThrow(RangeError)
    expect(() => dashboardPeriod('2026-11-23', 1.5)).toThrow(RangeError)
    expect(() => dashboardPeriod('2026-11-31')).toThrow(/date.invalid/)
  })
})

describe('collectionEffectiveness', () => {
  it('is (opening + sales − closing) / (opening + sales − closing not yet due), in basis points, half-up', () => {
    // (1,000.00 + 500.00 − 700.00) / (1,000.00 + 500.00 − 200.00) = 800 / 1,300 = 61.538…% -> 6154 bp
    expect(collectionEffectiveness({ opening: 100_000, sales: 50_000, closing: 70_000, closingCurrent: 20_000 })).toBe(6154)
    // everything collectable was collected
    expect(collectionEffectiveness({ opening: 100_000, sales: 0, closing: 0, closingCurrent: 0 })).toBe(10_000)
    // 1 / 8 = 12.5% exactly; 1 / 3 = 33.333…% -> 3333
    expect(collectionEffectiveness({ opening: 8, sales: 0, closing: 7, closingCurrent: 0 })).toBe(1250)
    expect(collectionEffectiveness({ opening: 3, sales: 0, closing: 2, closingCurrent: 0 })).toBe(3333)
    // 2 / 3 = 66.666…% -> 6667 (half-up)
    expect(collectionEffectiveness({ opening: 3, sales: 0, closing: 1, closingCurrent: 0 })).toBe(6667)
  })

  it('is null when nothing was collectable and may go negative in odd months', () => {
    expect(collectionEffectiveness({ opening: 0, sales: 0, closing: 0, closingCurrent: 0 })).toBeNull()
    expect(collectionEffectiveness({ opening: 0, sales: 50_000, closing: 50_000, closingCurrent: 50_000 })).toBeNull()
    // a credit note on an invoice already paid lowers sales but not the receivable: (100 − 20 − 100) / (100 − 20 − 0)
    expect(collectionEffectiveness({ opening: 10_000, sales: -2_000, closing: 10_000, closingCurrent: 0 })).toBe(-2500)
  })

  it('averages the known values', () => {
    expect(meanBasisPoints([3077, 1935])).toBe(2506)
    expect(meanBasisPoints([null, 1000, 2001])).toBe(1501) // 1500.5 -> 1501
    expect(meanBasisPoints([null])).toBeNull()
    expect(meanBasisPoints([])).toBeNull()
  })
})

/**
 * Today 15/03/2026, three months (Jan, Feb, Mar to date); opening month-end 31/12/2025.
 *   A  c1  issued 10/12/2025 due 09/01/2026  1,000.00   paid 400.00 on 20/01, 600.00 on 25/02
 *   B  c2  issued 15/01/2026 due 14/02/2026  2,420.00   credit note 220.00 on 31/01, paid 1,000.00 on 10/03
 *   C  c1  issued 20/02/2026 due 22/03/2026    500.00
 *   D  c2  issued 05/10/2025 due 04/11/2025    300.00   never paid
 *   E  c1  draft (ignored);  F  c2  issued 16/03/2026, after today (ignored)
 *
 * Open at each month-end (days past due -> bucket):
 *   31/12: A 1,000 (not due) + D 300 (57 d, 31-60)                           = 1,300.00
 *   31/01: A 600 (22 d, 1-30) + B 2,200 (not due) + D 300 (88 d, 61-90)      = 3,100.00, overdue 900.00
 *   28/02: B 2,200 (14 d, 1-30) + C 500 (not due) + D 300 (116 d, 90+)       = 3,000.00, overdue 2,500.00
 *   15/03: B 1,200 (29 d, 1-30) + C 500 (not due) + D 300 (131 d, 90+)       = 2,000.00, overdue 1,500.00
 * Sales: Oct 300, Dec 1,000, Jan 2,420 − 220 = 2,200, Feb 500, Mar (to the 15th) 0.
 * CEI:
 *   Jan: (1,300 + 2,200 − 3,100) / (1,300 + 2,200 − 2,200) = 400 / 1,300 = 30.769…% -> 3077 bp
 *   Feb: (3,100 + 500 − 3,000) / (3,100 + 500 − 500)       = 600 / 3,100 = 19.354…% -> 1935 bp
 *   Mar: (3,000 + 0 − 2,000) / (3,000 + 0 − 500)           = 1,000 / 2,500 = 40%   -> 4000 bp
 *   last complete month: Feb 1935; mean of Jan and Feb (the only complete months): (3077 + 1935) / 2 = 2506
 * DSO (countback):
 *   31/01: 3,100 = Jan 2,200 (31 d) + 900 of Dec's 1,000 (31 × 0.9 = 27.9 d)            = 58.9 days
 *   28/02: 3,000 = Feb 500 (28 d) + Jan 2,200 (31 d) + 300 of Dec's 1,000 (9.3 d)        = 68.3 days
 *   15/03: 2,000 = Mar 0 (15 d) + Feb 500 (28 d) + 1,500 of Jan's 2,200 (31 × 15/22 = 21.14 d) = 64.1 days
 */
function handData() {
  const invoices = [
    inv('A', 'c1', '2025-12-10', '2026-01-09', 100_000),
    inv('B', 'c2', '2026-01-15', '2026-02-14', 242_000),
    inv('C', 'c1', '2026-02-20', '2026-03-22', 50_000),
    inv('D', 'c2', '2025-10-05', '2025-11-04', 30_000),
    inv('E', 'c1', '2026-01-10', '2026-02-09', 999_900, 'draft'),
    inv('F', 'c2', '2026-03-16', '2026-04-15', 77_700),
  ]
  const allocations = [alloc('A', '2026-01-20', 40_000), alloc('A', '2026-02-25', 60_000), alloc('B', '2026-03-10', 100_000)]
  const creditNotes = [note('B', '2026-01-31', 22_000)]
  return { invoices, allocations, creditNotes, customers }
}

describe('dashboardFigures', () => {
  it('computes the hand-worked example to the cent and the tenth of a day', () => {
    const d = dashboardFigures({ ...handData(), today: '2026-03-15', months: 3 })
    expect(d.openingReceivable).toBe(130_000)
    expect(d.months.map((m) => [m.month, m.end, m.complete, m.receivable, m.overdue, m.notDue, m.sales])).toEqual([
      ['2026-01', '2026-01-31', true, 310_000, 90_000, 220_000, 220_000],
      ['2026-02', '2026-02-28', true, 300_000, 250_000, 50_000, 50_000],
      ['2026-03', '2026-03-15', false, 200_000, 150_000, 50_000, 0],
    ])
    expect(d.months.map((m) => m.buckets)).toEqual([
      [220_000, 60_000, 0, 30_000, 0],
      [50_000, 220_000, 0, 0, 30_000],
      [50_000, 120_000, 0, 0, 30_000],
    ])
    expect(d.months.map((m) => m.cei)).toEqual([3077, 1935, 4000])
    expect(d.months.map((m) => m.dso)).toEqual([58.9, 68.3, 64.1])
    expect(d.months.every((m) => !m.dsoLowerBound)).toBe(true)
    expect(d).toMatchObject({
      today: '2026-03-15',
      receivable: 200_000,
      overdue: 150_000,
      overdueShare: 7500,
      dso: 64.1,
      ceiLastMonth: { month: '2026-02', cei: 1935 },
      ceiAverage3: 2506,
      debtors: 2,
    })
    expect(d.topDebtors).toEqual([
      { customerId: 'c2', name: 'Alimentación Zamora, S.A.', open: 150_000, overdue: 150_000, oldestDaysPastDue: 131, invoices: 2 },
      { customerId: 'c1', name: 'Bodegas Álvarez, S.L.', open: 50_000, overdue: 0, oldestDaysPastDue: 0, invoices: 1 },
    ])
  })

  it('flags a DSO that ran out of sales to count back against, and handles an empty company', () => {
    // 300.00 owed since October: at 31/12 the six months Jul–Dec hold only Oct's 300 and Dec's 1,000.
    const lone = dashboardFigures({
      invoices: [inv('D', 'c2', '2025-01-05', '2025-02-04', 30_000)],
      allocations: [],
      creditNotes: [],
      customers,
      today: '2025-12-31',
      months: 1,
    })
    // Dec, Nov, Oct, Sep, Aug, Jul without sales: 31 + 30 + 31 + 30 + 31 + 31 = 184 days, a lower bound
    expect(lone.months[0]).toMatchObject({ receivable: 30_000, overdue: 30_000, dso: 184, dsoLowerBound: true, cei: 0 })
    const empty = dashboardFigures({ invoices: [], allocations: [], creditNotes: [], customers: [], today: '2026-11-23' })
    expect(empty.months).toHaveLength(12)
    expect(empty).toMatchObject({ receivable: 0, overdue: 0, overdueShare: null, dso: 0, ceiAverage3: null, topDebtors: [], debtors: 0 })
    expect(empty.months.every((m) => m.cei === null && m.buckets.every((b) => b === 0))).toBe(true)
  })

  it('keeps the ten largest debtors, largest first, names in order on ties', () => {
    const invoices = Array.from({ length: 12 }, (_, i) =>
      inv(`I${i}`, `k${String(i).padStart(2, '0')}`, '2026-03-01', '2026-03-31', i < 2 ? 5_000 : 1_000 * (i + 1)),
    )
    const d = dashboardFigures({ invoices, allocations: [], creditNotes: [], customers: [], today: '2026-03-15', months: 1 })
    expect(d.debtors).toBe(12)
    expect(d.topDebtors.map((x) => x.customerId)).toEqual(['k11', 'k10', 'k09', 'k08', 'k07', 'k06', 'k05', 'k00', 'k01', 'k04'])
    expect(d.topDebtors[0]?.name).toBe('Snapshot k11')
  })

  it('at every month-end the buckets add up to the receivable and equal agingAsOf of that date (generated data)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rng = new Rng(seed * 7919)
      const invoices: DashboardInvoice[] = []
      const allocations: Alloc[] = []
      const creditNotes: Note[] = []
      const count = rng.int(0, 70)
      for (let i = 0; i < count; i++) {
        const issueDate = addDays('2025-01-01', rng.int(0, 600))
        const total = rng.int(1, 500_000)
        const id = `I${i}`
        invoices.push(inv(id, `c${rng.int(1, 2)}`, issueDate, addDays(issueDate, rng.int(0, 120)), total, rng.chance(0.1) ? 'draft' : 'issued'))
        for (let k = rng.int(0, 3); k > 0; k--) {
          allocations.push(alloc(id, addDays(issueDate, rng.int(-5, 200)), rng.int(0, total), rng.chance(0.2) ? rng.int(0, 5000) : 0))
        }
        if (rng.chance(0.2)) creditNotes.push(note(id, addDays(issueDate, rng.int(0, 200)), rng.int(1, total)))
      }
      const today = addDays('2025-06-01', rng.int(0, 420))
      const months = rng.int(1, 14)
      const buckets = rng.chance(0.5) ? undefined : [0, 15, 45]
      const d = dashboardFigures({ invoices, allocations, creditNotes, customers, today, months, buckets })
      expect(d.months).toHaveLength(months)
      for (const m of d.months) {
        expect(m.buckets.reduce((a, b) => a + b, 0)).toBe(m.receivable)
        expect(m.notDue + m.overdue).toBe(m.receivable)
        const aging = agingAsOf({ invoices, allocations, creditNotes, customers, asOf: m.end, buckets })
        expect(m.buckets).toEqual(aging.totals)
        expect(m.receivable).toBe(aging.grandTotal)
        expect(m.notDue).toBe(aging.totals[0])
      }
      const agingToday = agingAsOf({ invoices, allocations, creditNotes, customers, asOf: today })
      expect(d.receivable).toBe(agingToday.grandTotal)
      expect(d.topDebtors.reduce((s, x) => s + x.open, 0)).toBe(agingToday.grandTotal)
    }
  })
})

describe('locales/*/dashboard.json (the screen of these figures)', () => {
  type Tree = { [k: string]: string | Tree }
  const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
    const out = new Map<string, string>()
    for (const [k, v] of Object.entries(tree)) {
      const key = prefix ? `${prefix}.${k}` : k
      if (typeof v === 'string') out.set(key, v)
      else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
    }
    return out
  }
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

  it('has the same keys and placeholders in es, ro and en, none empty, in real Spanish and Romanian', () => {
    const langs = { es: flatten(esLocale as Tree), ro: flatten(roLocale as Tree), en: flatten(enLocale as Tree) }
    const keys = [...langs.en.keys()].sort()
    for (const [lang, map] of Object.entries(langs)) {
      expect([...map.keys()].sort(), lang).toEqual(keys)
      for (const key of keys) {
        expect(map.get(key)!.trim(), `${lang}:${key}`).not.toBe('')
        expect(placeholders(map.get(key)!), `${lang}:${key}`).toEqual(placeholders(langs.en.get(key)!))
      }
    }
    expect(langs.es.get('kpi.cei.label')).toBe('Eficacia de cobro (CEI)')
    expect(langs.ro.get('kpi.receivable.label')).toBe('De încasat')
    expect(langs.ro.get('debtors.title')).toBe('Principalii datornici')
  })
})
