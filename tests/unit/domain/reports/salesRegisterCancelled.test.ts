/**
 * Cancelled invoices (anuladas) in the sales register: each keeps its place by date and number, so the numbering an
 * accountant checks has no gap, marked cancelled with zero amounts and no rates; the totals, the per-rate sums and
 * the rate columns are those of the register without them. Romania cannot cancel: its register never has one.
 */
import { describe, expect, it } from 'vitest'
import { salesRegisterRowSchema } from '../../../../electron/contract/exportSchemas'
import { cancelProblems } from '../../../../renderer/domain/invoiceCancel'
import { cancelledInvoiceRegisterRow, salesRegisterRows } from '../../../../renderer/domain/reports/salesRegister'
import { computeTotals } from '../../../../renderer/domain/tax'
import type { CreditNote, Invoice, InvoiceLine } from '../../../../renderer/domain/types'
import { address, invoice, invoiceLine, roCompany } from '../fixtures'

function issued(id: string, number: number, issueDate: string, lines: InvoiceLine[], over: Partial<Invoice> = {}): Invoice {
  return invoice({
    id,
    lifecycle: 'issued',
    number,
    fullNumber: `F2026-${String(number).padStart(6, '0')}`,
    issueDate,
    lines,
    totals: computeTotals(lines, { recargoEquivalencia: false }),
    ...over,
  })
}

function cancelled(inv: Invoice, at: string, reason: string): Invoice {
  return { ...inv, lifecycle: 'cancelled', cancelledAt: at, cancelReason: reason }
}

const a = issued('a', 9, '2026-10-05', [invoiceLine(2, 1000, 2100)])
const b = issued('b', 10, '2026-10-05', [invoiceLine(1, 5000, 2100)])
// Cancelled two days after issue; the only invoice at 10 %, with a delivery date.
const c = cancelled(
  issued('c', 11, '2026-10-05', [invoiceLine(3, 700, 1000)], {
    deliveryDate: '2026-10-01',
    customer: { legalName: 'Hostal Peñíscola, S.L.', taxId: 'B98765432', tradeRegister: '', address: address('ES') },
  }),
  '2026-10-07T09:15:00.000Z',
  'Cliente equivocado',
)
const d = issued('d', 12, '2026-10-20', [invoiceLine(1, 1234, 400)])
const draft = invoice({ id: 'x', lifecycle: 'draft', issueDate: '2026-10-05' })
const note: CreditNote = {
  id: 'n1',
  series: 'R',
  year: 2026,
  number: 1,
  fullNumber: 'R2026-000001',
  invoiceId: b.id,
  invoiceNumber: b.fullNumber,
  customerId: b.customerId,
  customer: b.customer,
  seller: b.seller,
  language: b.language,
  currency: b.currency,
  exchangeRate: null,
  issueDate: '2026-10-05',
  reason: 'Devolución',
  lines: [invoiceLine(1, 1000, 2100)],
  totals: computeTotals([invoiceLine(1, 1000, 2100)], { recargoEquivalencia: false }),
  recargoEquivalencia: false,
  createdAt: '2026-10-05T10:00:00Z',
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)

describe('cancelled invoices in the sales register', () => {
  it('keep their place by date and number, between the invoices before and after them, before a credit note of the day', () => {
    const { rows } = salesRegisterRows([d, c, draft, b, a], [note], 'EUR')
    expect(rows.map((r) => [r.date, r.number, r.docType])).toEqual([
      ['2026-10-05', 'F2026-000009', 'invoice'],
      ['2026-10-05', 'F2026-000010', 'invoice'],
      ['2026-10-05', 'F2026-000011', 'cancelledInvoice'],
      ['2026-10-05', 'R2026-000001', 'creditNote'],
      ['2026-10-20', 'F2026-000012', 'invoice'],
    ])
    // The invoice numbers run without a gap.
    expect(rows.filter((r) => r.series === 'F').map((r) => r.number)).toEqual(['F2026-000009', 'F2026-000010', 'F2026-000011', 'F2026-000012'])
  })

  it('show the customer, zero amounts, no rates, no other currency, and when and why', () => {
    const row = salesRegisterRows([c], [], 'EUR').rows[0]!
    expect(row).toEqual({
      docType: 'cancelledInvoice',
      date: '2026-10-05',
      operationDate: '',
      series: 'F',
      number: 'F2026-000011',
      correctedNumber: '',
      customerName: 'Hostal Peñíscola, S.L.',
      taxId: 'B98765432',
      country: 'ES',
      byRate: [],
      base: 0,
      vat: 0,
      recargo: 0,
      total: 0,
      documentCurrency: '',
      documentTotal: null,
      exchangeRate: null,
      cancelledOn: '2026-10-07',
      cancelReason: 'Cliente equivocado',
    })
    expect(salesRegisterRowSchema.safeParse(row).success).toBe(true)
    // Without a recorded cancellation time and reason (older data), the cells stay blank.
    const bare = cancelledInvoiceRegisterRow({ ...c, cancelledAt: undefined, cancelReason: undefined })
    expect([bare.cancelledOn, bare.cancelReason]).toEqual(['', ''])
    // Every other row leaves them blank.
    for (const r of salesRegisterRows([a, b, d], [note], 'EUR').rows) expect([r.cancelledOn, r.cancelReason]).toEqual(['', ''])
  })

  it('change no total, no per-rate sum and no rate column; they count as rows', () => {
    const without = salesRegisterRows([a, b, d, draft], [note], 'EUR')
    const withCancelled = salesRegisterRows([a, b, c, d, draft], [note], 'EUR')
    expect(withCancelled.rows).toHaveLength(without.rows.length + 1)
    expect(withCancelled.rows).toHaveLength(5) // 3 issued + 1 cancelled + 1 credit note; the draft is left out
    expect(withCancelled.rows.filter((r) => r.docType === 'cancelledInvoice')).toHaveLength(1)
    for (const k of ['base', 'vat', 'recargo', 'total'] as const) {
      expect(sum(withCancelled.rows.map((r) => r[k])), k).toBe(sum(without.rows.map((r) => r[k])))
    }
    const atRate = (rows: typeof without.rows, vatRate: number) => sum(rows.flatMap((r) => r.byRate.filter((x) => x.vatRate === vatRate).map((x) => x.base)))
    for (const vatRate of [2100, 1000, 400]) expect(atRate(withCancelled.rows, vatRate)).toBe(atRate(without.rows, vatRate))
    // The 10 % of the cancelled invoice gets no column.
    expect(withCancelled.rates).toEqual(without.rates)
    expect(withCancelled.rates.map((r) => r.vatRate)).toEqual([2100, 400])
    for (const row of withCancelled.rows) expect(salesRegisterRowSchema.safeParse(row).success, row.number).toBe(true)
  })

  it('need no exchange rate: nothing of a cancelled invoice is converted', () => {
    const eur = cancelled(issued('e', 13, '2026-11-02', [invoiceLine(1, 10001, 2100)], { currency: 'EUR', exchangeRate: null }), '2026-11-03T08:00:00Z', 'Duplicada')
    const row = salesRegisterRows([eur], [], 'RON').rows[0]!
    expect([row.total, row.documentCurrency, row.documentTotal, row.exchangeRate]).toEqual([0, '', null, null])
  })

  it('never appear in a Romanian register: a Romanian company cannot cancel (it issues a credit note)', () => {
    const problems = cancelProblems(b, roCompany(), { allocations: 0, creditNotes: 0, reason: 'Emisă greșit' })
    expect(problems.map((p) => p.code)).toEqual(['data.invoice.cancel.romania'])
  })
})
