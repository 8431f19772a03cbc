import { describe, expect, it } from 'vitest'
import { exportRowSchemas } from '../../../../electron/contract/exportSchemas'
import type { ExportKind } from '../../../../electron/contract/exports'
import { DomainError } from '../../../../renderer/domain/errors'
import type { AgingCustomerRow } from '../../../../renderer/domain/reports/aging'
import {
  agingExportRows,
  convertedTotals,
  creditNoteRows,
  customerRows,
  paymentRegisterRows,
  salesRegisterRows,
  statementExportRows,
} from '../../../../renderer/domain/reports/exportRows'
import type { StatementModel } from '../../../../renderer/domain/reports/statement'
import { computeTotals } from '../../../../renderer/domain/tax'
import type { Allocation, CreditNote, Customer, Invoice, InvoiceLine, Payment } from '../../../../renderer/domain/types'
import { address, invoice, invoiceLine } from '../fixtures'

function issued(id: string, number: number, issueDate: string, lines: InvoiceLine[], over: Partial<Invoice> = {}): Invoice {
  const recargo = over.recargoEquivalencia ?? false
  return invoice({
    id,
    lifecycle: 'issued',
    number,
    fullNumber: `F2026-${String(number).padStart(6, '0')}`,
    issueDate,
    lines,
    totals: computeTotals(lines, { recargoEquivalencia: recargo }),
    ...over,
  })
}

function creditNote(inv: Invoice, number: number, issueDate: string, lines: InvoiceLine[], over: Partial<CreditNote> = {}): CreditNote {
  return {
    id: `cn-${number}`,
    series: 'R',
    year: 2026,
    number,
    fullNumber: `R2026-${String(number).padStart(6, '0')}`,
    invoiceId: inv.id,
    invoiceNumber: inv.fullNumber,
    customerId: inv.customerId,
    customer: inv.customer,
    seller: inv.seller,
    language: inv.language,
    currency: inv.currency,
    exchangeRate: inv.exchangeRate,
    issueDate,
    reason: 'Devolución de mercancía',
    lines,
    totals: computeTotals(lines, { recargoEquivalencia: inv.recargoEquivalencia }),
    recargoEquivalencia: inv.recargoEquivalencia,
    createdAt: `${issueDate}T10:00:00Z`,
    ...over,
  }
}

function expectValid(kind: ExportKind, rows: readonly unknown[]): void {
  for (const [i, row] of rows.entries()) {
    const parsed = exportRowSchemas[kind].safeParse(row)
    expect(parsed.success, `${kind} row ${i}: ${parsed.error?.message ?? ''}`).toBe(true)
  }
}

describe('salesRegisterRows', () => {
  // A shop under recargo de equivalencia (21 % + 5.2 %, 4 % + 0.5 %) and a restaurant without it (21 %, 10 %).
  const shop = issued('a', 10, '2026-10-05', [invoiceLine(3, 1235, 2100), invoiceLine(10, 450, 400)], {
    recargoEquivalencia: true,
    deliveryDate: '2026-10-03',
  })
  const restaurant = issued('b', 9, '2026-10-05', [invoiceLine(7, 333, 2100, 500), invoiceLine(2, 1999, 1000)], {
    customer: { legalName: 'Restaurante El Puerto, S.L.', taxId: 'B87654323', tradeRegister: '', address: address('ES') },
  })
  const later = issued('c', 11, '2026-10-20', [invoiceLine(1, 10000, 2100)])
  const draft = invoice({ id: 'd', lifecycle: 'draft', issueDate: '2026-10-06' })
  const note = creditNote(shop, 1, '2026-10-06', [invoiceLine(1, 1235, 2100)])

  it('lists issued invoices and credit notes by date then number, credit notes negative with the corrected number', () => {
    const { rows } = salesRegisterRows([later, shop, draft, restaurant], [note], 'EUR')
    expect(rows.map((r) => [r.date, r.number, r.docType])).toEqual([
      ['2026-10-05', 'F2026-000009', 'invoice'],
      ['2026-10-05', 'F2026-000010', 'invoice'],
      ['2026-10-06', 'R2026-000001', 'creditNote'],
      ['2026-10-20', 'F2026-000011', 'invoice'],
    ])
    const n = rows[2]!
    expect(n.correctedNumber).toBe('F2026-000010')
    expect(n.series).toBe('R')
    // 12,35 at 21 % with recargo 5,2 %: VAT 2,59, recargo 0,64 -> total -15,58.
    expect(n.byRate).toEqual([{ vatRate: 2100, recargoRate: 520, base: -1235, vat: -259, recargo: -64 }])
    expect([n.base, n.vat, n.recargo, n.total]).toEqual([-1235, -259, -64, -1558])
    expect(rows[1]!.operationDate).toBe('2026-10-03')
    expect(rows[0]!.operationDate).toBe('')
    expect(rows[0]!.customerName).toBe('Restaurante El Puerto, S.L.')
    expect(rows[0]!.taxId).toBe('B87654323')
    expectValid('salesRegister', rows)
  })

  it('takes per-rate figures from the invoice totals; they add up to the invoice total to the cent', () => {
    const { rows } = salesRegisterRows([shop, restaurant], [], 'EUR')
    const shopRow = rows.find((r) => r.number === shop.fullNumber)!
    // 3 x 12,35 = 37,05 at 21 % (7,78 + 1,93 recargo); 10 x 4,50 = 45,00 at 4 % (1,80 + 0,23 recargo).
    expect(shopRow.byRate).toEqual([
      { vatRate: 2100, recargoRate: 520, base: 3705, vat: 778, recargo: 193 },
      { vatRate: 400, recargoRate: 50, base: 4500, vat: 180, recargo: 23 },
    ])
    expect(shopRow.total).toBe(shop.totals.total)
    expect(shopRow.total).toBe(3705 + 778 + 193 + 4500 + 180 + 23)
    for (const [row, inv] of [
      [shopRow, shop],
      [rows.find((r) => r.number === restaurant.fullNumber)!, restaurant],
    ] as const) {
      expect(row.base).toBe(inv.totals.base)
      expect(row.vat).toBe(inv.totals.vat)
      expect(row.recargo).toBe(inv.totals.recargo)
      expect(row.total).toBe(row.byRate.reduce((s, b) => s + b.base + b.vat + b.recargo, 0))
      expect([row.documentCurrency, row.documentTotal, row.exchangeRate]).toEqual(['', null, null])
    }
  })

  it('gives one rate column per VAT rate present, highest first, with its recargo rate', () => {
    const { rates } = salesRegisterRows([restaurant, shop, later], [note], 'EUR')
    expect(rates).toEqual([
      { vatRate: 2100, recargoRate: 520 },
      { vatRate: 1000, recargoRate: 0 },
      { vatRate: 400, recargoRate: 50 },
    ])
    expect(salesRegisterRows([restaurant], [], 'EUR').rates).toEqual([
      { vatRate: 2100, recargoRate: 0 },
      { vatRate: 1000, recargoRate: 0 },
    ])
    expect(salesRegisterRows([], [], 'EUR')).toEqual({ rows: [], rates: [] })
  })

  it('converts a euro invoice of a Romanian company per figure and rate, keeping total = base + VAT', () => {
    // 100,01 € at 21 % and 33,33 € at 11 %, 4,9750 lei per euro.
    const lines = [invoiceLine(1, 10001, 2100), invoiceLine(1, 3333, 1100)]
    const eur = issued('e', 5, '2026-11-02', lines, { currency: 'EUR', exchangeRate: 4.975 })
    expect(eur.totals.total).toBe(10001 + 2100 + 3333 + 367)
    const { rows } = salesRegisterRows([eur], [creditNote(eur, 2, '2026-11-03', [invoiceLine(1, 3333, 1100)])], 'RON')
    const [inv, cn] = rows as [(typeof rows)[0], (typeof rows)[0]]
    // 10001 x 4,975 = 49754,975 -> 49755; 2100 -> 10447,5 -> 10448; 3333 -> 16581,675 -> 16582; 367 -> 1825,825 -> 1826.
    expect(inv.byRate).toEqual([
      { vatRate: 2100, recargoRate: 0, base: 49755, vat: 10448, recargo: 0 },
      { vatRate: 1100, recargoRate: 0, base: 16582, vat: 1826, recargo: 0 },
    ])
    expect([inv.base, inv.vat, inv.total]).toEqual([66337, 12274, 78611])
    expect(inv.total).toBe(inv.base + inv.vat + inv.recargo)
    // Converting the euro total in one go would give 15801 x 4,975 = 78609,975 -> 78610: not what the rows add up to.
    expect(inv.total).not.toBe(78610)
    expect([inv.documentCurrency, inv.documentTotal, inv.exchangeRate]).toEqual(['EUR', 15801, 4.975])
    expect(cn.byRate).toEqual([{ vatRate: 1100, recargoRate: 0, base: -16582, vat: -1826, recargo: 0 }])
    expect([cn.total, cn.documentTotal]).toEqual([-18408, -3700])
    expectValid('salesRegister', rows)
  })

  it('refuses a foreign-currency document without an exchange rate', () => {
    const eur = issued('e', 5, '2026-11-02', [invoiceLine(1, 10001, 2100)], { currency: 'EUR', exchangeRate: null })
    expect(() => salesRegisterRows([eur], [], 'RON')).toThrow(DomainError)
    expect(() => convertedTotals(eur, 'RON')).toThrow(expect.objectContaining({ code: 'invoice.exchangeRateRequired' }))
  })
})

describe('paymentRegisterRows', () => {
  const customers = new Map([['cus-1', { code: 'C0001', legalName: 'Ultramarinos Pérez SL', taxId: 'A28015865' }]])
  const payment = (id: string, date: string, amount: number, unallocated: number): Payment => ({
    id,
    customerId: 'cus-1',
    date,
    amount,
    method: 'transfer',
    reference: `TR-${id}`,
    notes: '',
    unallocated,
    createdAt: `${date}T09:00:00Z`,
  })
  const alloc = (paymentId: string, invoiceId: string, amount: number, discount = 0): Allocation => ({
    id: `${paymentId}-${invoiceId}`,
    paymentId,
    invoiceId,
    customerId: 'cus-1',
    date: '2026-10-01',
    amount,
    discount,
  })
  const numbers = new Map([
    ['i1', 'F2026-000012'],
    ['i2', 'F2026-000015'],
  ])

  it('sums what each payment settled, the discounts granted and what is left as credit', () => {
    const rows = paymentRegisterRows(
      [payment('p2', '2026-10-09', 50000, 0), payment('p1', '2026-10-01', 100000, 12345), payment('p3', '2026-10-09', 700, 700)],
      [alloc('p1', 'i2', 40000), alloc('p1', 'i1', 47655, 1200), alloc('p2', 'i2', 50000)],
      numbers,
      customers,
    )
    expect(rows.map((r) => r.reference)).toEqual(['TR-p1', 'TR-p2', 'TR-p3'])
    expect(rows[0]).toEqual({
      date: '2026-10-01',
      customerCode: 'C0001',
      customerName: 'Ultramarinos Pérez SL',
      taxId: 'A28015865',
      method: 'transfer',
      reference: 'TR-p1',
      amount: 100000,
      allocated: 87655,
      discount: 1200,
      unallocated: 12345,
      invoices: 'F2026-000012, F2026-000015',
    })
    expect(rows[2]).toMatchObject({ allocated: 0, unallocated: 700, invoices: '' })
    for (const r of rows) expect(r.allocated + r.unallocated).toBe(r.amount)
    expectValid('payments', rows)
  })
})

describe('creditNoteRows', () => {
  it('lists credit notes by date then number with their printed (positive) amounts', () => {
    const inv = issued('a', 10, '2026-10-05', [invoiceLine(3, 1235, 2100)], { recargoEquivalencia: true })
    const n2 = creditNote(inv, 2, '2026-10-07', [invoiceLine(1, 1235, 2100)])
    const n1 = creditNote(inv, 1, '2026-10-07', [invoiceLine(2, 1235, 2100)])
    const rows = creditNoteRows([n2, n1], 'EUR')
    expect(rows.map((r) => r.number)).toEqual(['R2026-000001', 'R2026-000002'])
    expect(rows[0]).toEqual({
      date: '2026-10-07',
      number: 'R2026-000001',
      correctedNumber: 'F2026-000010',
      customerName: 'Ultramarinos Pérez SL',
      taxId: 'A28015865',
      reason: 'Devolución de mercancía',
      base: 2470,
      vat: 519,
      recargo: 128,
      total: 3117,
    })
    expectValid('creditNotes', rows)
  })
})

describe('agingExportRows', () => {
  it('keeps the buckets and total of each customer row, in the given order, with the oldest due date', () => {
    const rows: AgingCustomerRow[] = [
      {
        customerId: 'cus-2',
        name: 'Bar Sol',
        buckets: [0, 12000, 0, 0, 555],
        total: 12555,
        oldestDaysPastDue: 120,
        invoices: [
          { invoiceId: 'x', number: 'F1', issueDate: '2026-05-01', dueDate: '2026-06-01', daysPastDue: 120, open: 555, bucketIndex: 4 },
          { invoiceId: 'y', number: 'F2', issueDate: '2026-09-01', dueDate: '2026-09-20', daysPastDue: 20, open: 12000, bucketIndex: 1 },
        ],
      },
      { customerId: 'gone', name: 'Antiguo cliente', buckets: [100, 0, 0, 0, 0], total: 100, oldestDaysPastDue: 0, invoices: [] },
    ]
    const out = agingExportRows(rows, new Map([['cus-2', { code: 'C0002', taxId: 'B11111111' }]]))
    expect(out).toEqual([
      { customerCode: 'C0002', customerName: 'Bar Sol', taxId: 'B11111111', buckets: [0, 12000, 0, 0, 555], total: 12555, oldestDueDate: '2026-06-01' },
      { customerCode: '', customerName: 'Antiguo cliente', taxId: '', buckets: [100, 0, 0, 0, 0], total: 100, oldestDueDate: '' },
    ])
    expectValid('aging', out)
  })
})

describe('customerRows', () => {
  it('states terms through the given wording, no credit limit as 0 and the overdue amount by customer', () => {
    const c = {
      id: 'cus-1',
      code: 'C0001',
      legalName: 'Ultramarinos Pérez SL',
      tradeName: 'Pérez',
      taxId: 'A28015865',
      address: address('ES'),
      email: 'pagos@perez.es',
      phone: '+34 600 000 000',
      terms: { kind: 'net', days: 60 },
      creditLimit: null,
      balance: 123456,
      language: 'es',
      collectionProfile: 'smallShop',
    } as unknown as Customer
    const rows = customerRows([c, { ...c, id: 'cus-2', code: 'C0002', creditLimit: 500000, balance: -2500 }], new Map([['cus-1', 4500]]), (x) =>
      x.terms.kind === 'net' ? `Neto ${x.terms.days} días` : '',
    )
    expect(rows[0]).toEqual({
      code: 'C0001',
      legalName: 'Ultramarinos Pérez SL',
      tradeName: 'Pérez',
      taxId: 'A28015865',
      country: 'ES',
      city: 'Madrid',
      email: 'pagos@perez.es',
      phone: '+34 600 000 000',
      terms: 'Neto 60 días',
      creditLimit: 0,
      balance: 123456,
      overdue: 4500,
      language: 'es',
      collectionProfile: 'smallShop',
    })
    expect(rows[1]).toMatchObject({ creditLimit: 500000, balance: -2500, overdue: 0 })
    expectValid('customers', rows)
    const named = customerRows([c], new Map(), { terms: () => 'Contado', profile: (x) => (x.collectionProfile === 'smallShop' ? 'Comercio pequeño' : '?') })
    expect(named[0]).toMatchObject({ terms: 'Contado', collectionProfile: 'Comercio pequeño', overdue: 0 })
  })
})

describe('statementExportRows', () => {
  it('starts with the opening balance and chains every balance to the closing one', () => {
    const model = {
      from: '2026-10-01',
      to: '2026-12-31',
      opening: -1500,
      rows: [
        { date: '2026-10-02', kind: 'invoice', reference: 'F2026-000001', dueDate: '2026-11-01', debit: 32927, credit: 0, balance: 31427 },
        { date: '2026-10-20', kind: 'payment', reference: 'TR-1', dueDate: '', debit: 0, credit: 10000, balance: 21427 },
        { date: '2026-10-20', kind: 'discount', reference: 'F2026-000001', dueDate: '', debit: 0, credit: 494, balance: 20933 },
      ],
      closing: 20933,
    } as unknown as StatementModel
    const rows = statementExportRows(model)
    expect(rows[0]).toEqual({ date: '2026-10-01', kind: 'opening', reference: '', dueDate: '', debit: 0, credit: 0, balance: -1500 })
    expect(rows.map((r) => r.balance)).toEqual([-1500, 31427, 21427, 20933])
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.balance).toBe(rows[i - 1]!.balance + rows[i]!.debit - rows[i]!.credit)
    expect(rows.at(-1)!.balance).toBe(model.closing)
    expectValid('statement', rows)
  })
})
