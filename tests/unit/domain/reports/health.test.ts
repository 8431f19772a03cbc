import { describe, expect, it } from 'vitest'
import type { Dispute } from '../../../../renderer/domain/collections/types'
import {
  checkPeriod,
  delayBucket,
  healthSignals,
  invoiceDeadline,
  mean1,
  median,
  monthsOf,
  sameTerms,
  shareBp,
  termsDifferences,
  type HealthInput,
} from '../../../../renderer/domain/reports/health'
import { computeTotals } from '../../../../renderer/domain/tax'
import type { CreditNote, Customer, Invoice, InvoiceLine } from '../../../../renderer/domain/types'
import { address, invoice } from '../fixtures'

const FROM = '2026-01-01'
const TO = '2026-03-31'
const TODAY = '2026-04-10'

function customer(id: string, legalName: string, over: Partial<Customer>): Customer {
  return {
    id, code: id.toUpperCase(), legalName, tradeName: '', taxId: 'B12345674', tradeRegister: '', address: address('ES'),
    deliveryAddresses: [], contacts: [], email: '', phone: '', language: 'es', terms: { kind: 'net', days: 30 }, paymentDays: [],
    earlyDiscount: null, lineDiscount: 0, creditLimit: null, requiresPO: false, requiresPrepayment: false, recargoEquivalencia: false,
    collectionProfile: 'business', notes: '', balance: 0, searchWords: [], archived: false, createdAt: '', updatedAt: '', ...over,
  }
}

/** c1: net 30, standing 5 % discount, requires a PO. c2: end of month + 30, pays on 10 and 25, 2 % early discount. */
const c1 = customer('c1', 'Bodegas Álvarez, S.L.', { lineDiscount: 500, requiresPO: true })
const c2 = customer('c2', 'Alimentación Zamora, S.A.', {
  terms: { kind: 'endOfMonth', days: 30 }, paymentDays: [10, 25], earlyDiscount: { percent: 200, days: 10 },
})

const line = (unitPrice: number, discount: number, quantity = 1, code = 'P1'): InvoiceLine => ({
  productId: null, code, description: `Producto ${code}`, quantity, unit: 'ud', unitPrice, discount, vatRate: 0,
})

function inv(id: string, c: Customer, issueDate: string, deliveryDate: string, lines: InvoiceLine[], over: Partial<Invoice> = {}): Invoice {
  const totals = computeTotals(lines, { recargoEquivalencia: false })
  return invoice({
    id, lifecycle: 'issued', fullNumber: `F-${id}`, customerId: c.id, customer: { legalName: `${c.legalName} (snapshot)`, taxId: c.taxId, tradeRegister: '', address: c.address },
    issueDate, deliveryDate, lines, totals, openAmount: totals.total, isOpen: 1,
    terms: c.terms, paymentDays: c.paymentDays, earlyDiscount: c.earlyDiscount, poNumber: c.requiresPO ? `PO-${id}` : '', ...over,
  })
}

// Period totals: 95.000 + 38.000 + 70.000 + 9.500 + 50.000 + 20.000 + 13.500 = 296.000 in 7 invoices.
const i1 = inv('i1', c1, '2026-01-10', '2026-01-10', [line(100_000, 500)]) // 95.000, invoiced on delivery
const i2 = inv('i2', c1, '2026-02-16', '2026-01-31', [line(40_000, 500)], { poNumber: '' }) // 38.000, 16 days: 1 past the 15th; no PO
const i3 = inv('i3', c1, '2026-02-15', '2026-01-31', [line(20_000, 500, 1, 'A'), line(30_000, 1500, 2, 'B')]) // 19.000 + 51.000; on the last legal day
const i8 = inv('i8', c1, '2026-03-10', '2026-03-02', [line(10_000, 500)]) // 9.500, 8 days
const i4 = inv('i4', c2, '2026-03-02', '2026-02-27', [line(50_000, 0)], {
  terms: { kind: 'net', days: 60 }, paymentDays: [25, 10], earlyDiscount: null, openAmount: 46_667,
}) // 50.000, 3 days, net 60 and no early discount for a customer on EOM+30 with 2 %
const i5 = inv('i5', c2, '2026-03-20', '', [line(20_000, 0)]) // no delivery date
const i6 = inv('i6', c2, '2026-03-25', '2026-03-30', [line(13_500, 0)]) // invoiced 5 days before delivery
const i7 = inv('i7', c2, '2025-12-20', '2025-12-20', [line(30_000, 0)], { openAmount: 0, isOpen: 0 }) // before the period
const draft = inv('d1', c1, '2026-02-01', '2026-02-01', [line(1_000_000, 0)], { lifecycle: 'draft', poNumber: '' })

function note(id: string, invoiceOf: Invoice, issueDate: string, total: number, reason: string): CreditNote {
  return {
    id, series: 'R', year: 2026, number: 1, fullNumber: `R-${id}`, invoiceId: invoiceOf.id, invoiceNumber: invoiceOf.fullNumber,
    customerId: invoiceOf.customerId, customer: invoiceOf.customer, seller: invoiceOf.seller, language: 'es', currency: 'EUR',
    exchangeRate: null, issueDate, reason, lines: [], totals: { base: total, vat: 0, recargo: 0, total, byRate: [] },
    recargoEquivalencia: false, createdAt: '',
  }
}

const notes = [
  note('n1', i1, '2026-01-20', 2_000, 'Devolución de mercancía dañada'),
  note('n2', i7, '2026-02-05', 1_000, '  devolución de  mercancía DAÑADA '),
  note('n3', i4, '2026-03-15', 3_333, 'Error de precio'),
  note('n0', i7, '2025-12-28', 9_999, 'Fuera del periodo'),
]

const dispute = (id: string, invoiceId: string, reason: Dispute['reason'], openedOn: string, resolvedOn: string): Dispute => ({
  id, invoiceId, customerId: invoiceId === 'i2' ? 'c1' : 'c2', reason, text: `texto ${id}`, openedOn, resolvedOn,
})
const disputes = [
  dispute('d1', 'i7', 'quality', '2026-01-05', '2026-01-25'), // 20 days
  dispute('d2', 'i2', 'notReceived', '2026-02-20', ''), // open 49 days on 10 April
  dispute('d3', 'i4', 'price', '2026-03-05', '2026-03-15'), // 10 days
  dispute('d4', 'i4', 'price', '2026-03-20', '2026-03-21'), // 1 day, same invoice
  dispute('d5', 'i7', 'other', '2025-12-30', '2026-01-02'), // opened before the period
]

function input(over: Partial<HealthInput> = {}): HealthInput {
  return {
    from: FROM, to: TO, today: TODAY, country: 'ES',
    invoices: [i1, i2, i3, i8, i4, i5, i6, draft],
    creditNotes: notes, disputes, disputedInvoices: [i7], customers: [c1, c2], ...over,
  }
}

describe('arithmetic', () => {
  it('computes shares to the basis point, rounding half-up', () => {
    expect(shareBp(1, 8)).toBe(1250)
    expect(shareBp(1, 3)).toBe(3333)
    expect(shareBp(2, 3)).toBe(6667)
    expect(shareBp(1, 20_000)).toBe(1) // 0,5 bp rounds up
    expect(shareBp(1, 20_001)).toBe(0)
    expect(shareBp(6_333, 296_000)).toBe(214) // 213,95 bp
    expect(shareBp(5, 0)).toBeNull()
  })

  it('averages to one decimal and takes the median', () => {
    expect(mean1([0, 16, 15, 3, 0, 8])).toBe(7)
    expect(mean1([20, 10, 1])).toBe(10.3)
    expect(mean1([])).toBeNull()
    expect(median([16, 0, 15, 3, 0, 8])).toBe(5.5)
    expect(median([4, 1, 9])).toBe(4)
    expect(median([])).toBeNull()
  })

  it('lists every month the period touches', () => {
    expect(monthsOf('2025-11-24', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })
})

describe('legal deadline to invoice a supply', () => {
  it('delivery 31 January: 15 February in Romania (art. 319 (16)) and before the 16th in Spain (RD 1619/2012 art. 11)', () => {
    expect(invoiceDeadline('RO', '2026-01-31')).toEqual({ lastDay: '2026-02-15', rule: 'RO-CF-art319' })
    expect(invoiceDeadline('ES', '2026-01-31')).toEqual({ lastDay: '2026-02-15', rule: 'ES-RD1619-art11' })
    expect(invoiceDeadline('ES', '2026-01-01').lastDay).toBe('2026-02-15')
    expect(invoiceDeadline('RO', '2026-12-05').lastDay).toBe('2027-01-15')
    expect(invoiceDeadline('ES', '2028-02-29').lastDay).toBe('2028-03-15')
  })

  it('issued on the 15th is on time, on the 16th one day late, in both countries', () => {
    for (const country of ['ES', 'RO'] as const) {
      const r = healthSignals(input({ country, invoices: [i2, i3], creditNotes: [], disputes: [] }))
      const rows = r.delivery.rows
      expect(rows.find((x) => x.invoiceId === 'i3')).toMatchObject({ days: 15, deadline: '2026-02-15', late: false, daysLate: 0 })
      expect(rows.find((x) => x.invoiceId === 'i2')).toMatchObject({ days: 16, deadline: '2026-02-15', late: true, daysLate: 1 })
      expect(r.delivery.lateCount).toBe(1)
      expect(r.delivery.rule).toBe(country === 'ES' ? 'ES-RD1619-art11' : 'RO-CF-art319')
    }
  })

  it('buckets delays: same day, 1-3, 4-7, 8-15, more than 15', () => {
    expect([0, 1, 3, 4, 7, 8, 15, 16, 40].map(delayBucket)).toEqual([
      'sameDay', 'days1to3', 'days1to3', 'days4to7', 'days4to7', 'days8to15', 'days8to15', 'over15', 'over15',
    ])
  })
})

describe('healthSignals', () => {
  const r = healthSignals(input())

  it('sets credit notes issued in the period against the invoices issued in it', () => {
    const s = r.creditNotes
    expect(s).toMatchObject({ invoiceCount: 7, invoiceAmount: 296_000, noteCount: 3, noteAmount: 6_333, shareBp: 214, countShareBp: 4286, level: 'warn' })
    expect(s.byMonth.map((m) => [m.month, m.invoiceAmount, m.noteAmount, m.shareBp])).toEqual([
      ['2026-01', 95_000, 2_000, 211],
      ['2026-02', 108_000, 1_000, 93],
      ['2026-03', 93_000, 3_333, 358],
    ])
    expect(s.byCustomer.map((c) => [c.customerId, c.customerName, c.invoiceAmount, c.noteAmount, c.shareBp])).toEqual([
      ['c2', 'Alimentación Zamora, S.A.', 83_500, 4_333, 519],
      ['c1', 'Bodegas Álvarez, S.L.', 212_500, 2_000, 94],
    ])
    expect(s.byReason).toEqual([
      { reason: 'Devolución de mercancía dañada', count: 2, amount: 3_000, creditNoteIds: ['n1', 'n2'] },
      { reason: 'Error de precio', count: 1, amount: 3_333, creditNoteIds: ['n3'] },
    ])
    expect(s.notes.map((n) => [n.creditNoteId, n.invoiceId, n.customerId])).toEqual([
      ['n3', 'i4', 'c2'],
      ['n2', 'i7', 'c2'],
      ['n1', 'i1', 'c1'],
    ])
  })

  it('measures days from delivery to invoice, skipping blank delivery dates', () => {
    const d = r.delivery
    expect(d).toMatchObject({
      invoiceCount: 7, measured: 6, withoutDeliveryDate: 1, beforeDelivery: 1,
      averageDays: 7, medianDays: 5.5, maxDays: 16, lateCount: 1, lateAmount: 38_000, lateShareBp: 1667, level: 'bad',
    })
    expect(d.buckets).toEqual([
      { bucket: 'sameDay', count: 2 },
      { bucket: 'days1to3', count: 1 },
      { bucket: 'days4to7', count: 0 },
      { bucket: 'days8to15', count: 2 },
      { bucket: 'over15', count: 1 },
    ])
    expect(d.rows.map((x) => [x.invoiceId, x.days, x.late])).toEqual([
      ['i2', 16, true],
      ['i3', 15, false],
      ['i8', 8, false],
      ['i4', 3, false],
    ])
  })

  it('lists invoices on terms other than the customer\'s, saying what differs', () => {
    const t = r.terms
    expect(t).toMatchObject({ invoiceCount: 7, count: 2, shareBp: 2857, amount: 120_000, extraDiscount: 6_000, level: 'bad' })
    expect(t.byKind).toEqual({ terms: 1, paymentDays: 0, earlyDiscount: 1, lineDiscount: 1 })
    expect(t.rows.map((x) => [x.invoiceId, x.customerId])).toEqual([['i4', 'c2'], ['i3', 'c1']])
    expect(t.rows[0]!.differences).toEqual([
      { kind: 'terms', invoice: { kind: 'net', days: 60 }, standard: { kind: 'endOfMonth', days: 30 } },
      { kind: 'earlyDiscount', invoice: null, standard: { percent: 200, days: 10 } },
    ])
    // Line B: 2 x 300,00 at 15 % = 510,00; at the standing 5 % it would be 570,00: 60,00 given away.
    expect(t.rows[1]!.differences).toEqual([
      { kind: 'lineDiscount', line: 2, code: 'B', description: 'Producto B', discount: 1500, standard: 500, amount: 6_000 },
    ])
  })

  it('treats payment days in another order and a 0 % early discount as the same conditions', () => {
    expect(termsDifferences({ ...i6, paymentDays: [25, 10, 10] }, c2)).toEqual([])
    expect(termsDifferences({ ...i1, earlyDiscount: { percent: 0, days: 10 } }, c1)).toEqual([])
    expect(termsDifferences({ ...i6, paymentDays: [] }, c2)).toEqual([{ kind: 'paymentDays', invoice: [], standard: [10, 25] }])
    expect(sameTerms({ kind: 'immediate' }, { kind: 'net', days: 0 })).toBe(false)
    expect(sameTerms({ kind: 'endOfMonth', days: 30 }, { kind: 'net', days: 30 })).toBe(false)
  })

  it('lists issued invoices without the PO their customer requires (drafts do not count)', () => {
    expect(r.po).toMatchObject({ customersRequiring: 1, requiredCount: 4, count: 1, shareBp: 2500, amount: 38_000, openAmount: 38_000, level: 'bad' })
    expect(r.po.rows.map((x) => [x.invoiceId, x.customerId, x.customerName])).toEqual([['i2', 'c1', 'Bodegas Álvarez, S.L.']])
  })

  it('counts disputes opened in the period by reason, open and resolved, with the disputed amounts', () => {
    const d = r.disputes
    expect(d).toMatchObject({
      count: 4, open: 1, resolved: 3, invoiceAmount: 118_000, openAmount: 84_667, averageDaysToResolve: 10.3,
      invoiceCount: 7, rateBp: 5714, stale: 1, level: 'bad',
    })
    const price = d.byReason.find((x) => x.reason === 'price')
    expect(price).toEqual({ reason: 'price', count: 2, open: 0, resolved: 2, invoiceAmount: 50_000, openAmount: 46_667, averageDaysToResolve: 5.5 })
    expect(d.byReason.map((x) => x.reason)).toEqual(['quality', 'quantity', 'price', 'notReceived', 'duplicate', 'other'])
    expect(d.byReason.find((x) => x.reason === 'quantity')).toMatchObject({ count: 0, averageDaysToResolve: null })
    expect(d.rows.map((x) => [x.disputeId, x.invoiceId, x.customerId, x.days])).toEqual([
      ['d2', 'i2', 'c1', 49],
      ['d4', 'i4', 'c2', 1],
      ['d3', 'i4', 'c2', 10],
      ['d1', 'i7', 'c2', 20],
    ])
  })

  it('gives every signal no light on an empty period, and green when all is well', () => {
    const empty = healthSignals(input({ invoices: [], creditNotes: [], disputes: [] }))
    expect([empty.creditNotes.level, empty.delivery.level, empty.terms.level, empty.po.level, empty.disputes.level]).toEqual(['none', 'none', 'none', 'none', 'none'])
    const clean = healthSignals(input({ invoices: [i1, i8], creditNotes: [], disputes: [] }))
    expect([clean.creditNotes.level, clean.terms.level, clean.po.level, clean.disputes.level]).toEqual(['good', 'good', 'good', 'good'])
    expect(clean.delivery).toMatchObject({ averageDays: 4, level: 'warn' }) // (0 + 8) / 2 > 3 days
  })

  it('refuses a period that ends before it starts', () => {
    expect(() => checkPeriod('2026-03-01', '2026-02-28')).toThrow(expect.objectContaining({ code: 'reports.statement.period' }))
    expect(() => healthSignals(input({ from: '2026-02-30' }))).toThrow(expect.objectContaining({ code: 'date.invalid' }))
  })
})
