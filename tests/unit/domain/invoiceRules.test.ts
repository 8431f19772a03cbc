import { describe, expect, it } from 'vitest'
import { creditNoteProblems, issueProblems } from '../../../renderer/domain/invoiceRules'
import { address, company, invoice, invoiceLine, roCompany } from './fixtures'

const noPO = { requiresPO: false }
const codes = (list: { code: string }[]) => list.map((p) => p.code)

describe('issueProblems', () => {
  it('a complete Spanish draft has none', () => {
    expect(issueProblems(invoice(), company(), noPO)).toEqual([])
    expect(issueProblems(invoice({ recargoEquivalencia: true }), company(), noPO)).toEqual([])
  })

  it('a complete Romanian draft has none (RON, and EUR with an exchange rate)', () => {
    const lines = [invoiceLine(2, 5000, 2100), invoiceLine(1, 1000, 1100)]
    const buyer = { legalName: 'Magazin Alimentar SRL', taxId: '18547290', tradeRegister: 'J12/34/2015', address: address('RO') }
    expect(issueProblems(invoice({ lines, customer: buyer, currency: 'RON' }), roCompany(), noPO)).toEqual([])
    expect(issueProblems(invoice({ lines, customer: buyer, currency: 'EUR', exchangeRate: 4.975 }), roCompany(), noPO)).toEqual([])
  })

  it('lists every missing seller datum at once', () => {
    const seller = company({ legalName: ' ', taxId: '', address: { ...address('ES'), street: '', city: '' } })
    expect(codes(issueProblems(invoice(), seller, noPO))).toEqual(['invoice.sellerLegalName', 'invoice.sellerTaxId', 'invoice.sellerAddress'])
    expect(codes(issueProblems(invoice(), company({ taxId: 'B12345675' }), noPO))).toEqual(['invoice.sellerTaxIdInvalid'])
  })

  it('RO seller needs the trade register number', () => {
    const lines = [invoiceLine(1, 1000, 2100)]
    const buyer = { legalName: 'Client SRL', taxId: 'RO14399840', tradeRegister: '', address: address('RO') }
    expect(codes(issueProblems(invoice({ lines, customer: buyer, currency: 'RON' }), roCompany({ tradeRegister: '' }), noPO))).toEqual([
      'invoice.sellerTradeRegister',
    ])
  })

  it('lists missing or invalid buyer data', () => {
    const customer = { legalName: '', taxId: '', tradeRegister: '', address: { ...address('ES'), postalCode: '' } }
    expect(codes(issueProblems(invoice({ customer }), company(), noPO))).toEqual([
      'invoice.buyerLegalName',
      'invoice.buyerTaxId',
      'invoice.buyerAddress',
    ])
    const badId = { legalName: 'X SL', taxId: 'B12345670', tradeRegister: '', address: address('ES') }
    const p = issueProblems(invoice({ customer: badId }), company(), noPO)
    expect(p).toEqual([{ code: 'invoice.buyerTaxIdInvalid', params: { taxId: 'B12345670' } }])
  })

  it('validates a foreign buyer tax id by its own country', () => {
    const customer = { legalName: 'Handel GmbH', taxId: 'DE123456789', tradeRegister: '', address: address('DE') }
    expect(issueProblems(invoice({ customer }), company(), noPO)).toEqual([])
  })

  it('needs at least one line, each with a description and a non-zero quantity', () => {
    expect(codes(issueProblems(invoice({ lines: [] }), company(), noPO))).toEqual(['invoice.noLines'])
    const lines = [invoiceLine(1, 100, 2100), { ...invoiceLine(0, 100, 2100), description: '  ' }, invoiceLine(0.0004, 100, 2100)]
    expect(issueProblems(invoice({ lines }), company(), noPO)).toEqual([
      { code: 'invoice.lineDescription', params: { line: 2 } },
      { code: 'invoice.lineQuantity', params: { line: 2 } },
      { code: 'invoice.lineQuantity', params: { line: 3 } },
    ])
  })

  it('refuses negative prices, bad discounts and rates not in force', () => {
    const lines = [invoiceLine(1, 100, 2100), invoiceLine(1, 100, 1900), invoiceLine(1, 100, 1000, 12000)]
    // 19 % is not a Spanish rate; a 120 % discount cannot be computed (so no totals check)
    expect(issueProblems(invoice({ lines, totals: { base: 0, vat: 0, recargo: 0, total: 0, byRate: [] } }), company(), noPO)).toEqual([
      { code: 'invoice.lineDiscount', params: { line: 3 } },
      { code: 'invoice.vatRateNotAllowed', params: { line: 2, rate: 19 } },
    ])
    const neg = [invoiceLine(1, -100, 2100)]
    expect(codes(issueProblems(invoice({ lines: neg }), company(), noPO))).toEqual(['invoice.linePrice', 'invoice.totalNegative'])
  })

  it('applies the rates of the company country (RO: 19 % and 9 % are gone)', () => {
    const lines = [invoiceLine(1, 100, 1900), invoiceLine(1, 100, 900), invoiceLine(1, 100, 500), invoiceLine(1, 100, 1100)]
    const buyer = { legalName: 'Client SRL', taxId: '14399840', tradeRegister: '', address: address('RO') }
    expect(issueProblems(invoice({ lines, customer: buyer, currency: 'RON' }), roCompany(), noPO)).toEqual([
      { code: 'invoice.vatRateNotAllowed', params: { line: 1, rate: 19 } },
      { code: 'invoice.vatRateNotAllowed', params: { line: 2, rate: 9 } },
      { code: 'invoice.vatRateNotAllowed', params: { line: 3, rate: 5 } },
    ])
  })

  it('a company not registered for VAT can only invoice at 0 %', () => {
    const lines = [invoiceLine(1, 100, 0), invoiceLine(1, 100, 2100)]
    expect(issueProblems(invoice({ lines }), company({ vatRegistered: false }), noPO)).toEqual([
      { code: 'invoice.vatNotRegistered', params: { line: 2, rate: 21 } },
    ])
  })

  it('recargo de equivalencia only in Spain', () => {
    const lines = [invoiceLine(1, 1000, 2100)]
    const buyer = { legalName: 'Client SRL', taxId: '14399840', tradeRegister: '', address: address('RO') }
    expect(codes(issueProblems(invoice({ lines, customer: buyer, currency: 'RON', recargoEquivalencia: true }), roCompany(), noPO))).toEqual([
      'invoice.recargoOnlyES',
    ])
  })

  it('checks dates', () => {
    expect(codes(issueProblems(invoice({ issueDate: '2026-02-30' }), company(), noPO))).toEqual(['invoice.issueDateInvalid'])
    expect(codes(issueProblems(invoice({ dueDate: '' }), company(), noPO))).toEqual(['invoice.dueDateInvalid'])
    expect(codes(issueProblems(invoice({ dueDate: '2026-11-22' }), company(), noPO))).toEqual(['invoice.dueBeforeIssue'])
    expect(issueProblems(invoice({ dueDate: '2026-11-23' }), company(), noPO)).toEqual([]) // immediate is fine
    expect(issueProblems(invoice({ issueDate: '2028-02-29', dueDate: '2028-03-30' }), company(), noPO)).toEqual([])
    expect(codes(issueProblems(invoice({ deliveryDate: '2026-13-01' }), company(), noPO))).toEqual(['invoice.deliveryDateInvalid'])
  })

  it('requires a PO number when the customer does', () => {
    expect(codes(issueProblems(invoice(), company(), { requiresPO: true }))).toEqual(['invoice.requiresPO'])
    expect(issueProblems(invoice({ poNumber: 'PO-778' }), company(), { requiresPO: true })).toEqual([])
  })

  it('RO invoice in EUR needs an exchange rate > 0', () => {
    const lines = [invoiceLine(1, 1000, 2100)]
    const buyer = { legalName: 'Client SRL', taxId: '14399840', tradeRegister: '', address: address('RO') }
    for (const exchangeRate of [null, 0, -1, Number.NaN]) {
      expect(codes(issueProblems(invoice({ lines, customer: buyer, currency: 'EUR', exchangeRate }), roCompany(), noPO))).toEqual([
        'invoice.exchangeRateRequired',
      ])
    }
    // Spanish invoices in EUR need none
    expect(issueProblems(invoice({ exchangeRate: null }), company(), noPO)).toEqual([])
  })

  it('refuses an already issued invoice and stale totals', () => {
    expect(codes(issueProblems(invoice({ lifecycle: 'issued' }), company(), noPO))).toEqual(['invoice.alreadyIssued'])
    const inv = invoice()
    expect(codes(issueProblems({ ...inv, totals: { ...inv.totals, total: inv.totals.total + 1 } }, company(), noPO))).toEqual([
      'invoice.totalsMismatch',
    ])
  })

  it('returns all problems of a thoroughly bad draft', () => {
    const bad = invoice({
      customer: { legalName: '', taxId: 'nope', tradeRegister: '', address: address('ES') },
      lines: [],
      dueDate: '2026-01-01',
    })
    expect(codes(issueProblems(bad, company({ legalName: '' }), { requiresPO: true }))).toEqual([
      'invoice.sellerLegalName',
      'invoice.buyerLegalName',
      'invoice.buyerTaxIdInvalid',
      'invoice.noLines',
      'invoice.dueBeforeIssue',
      'invoice.requiresPO',
    ])
  })
})

describe('creditNoteProblems', () => {
  // original: 3 x 12,35 at 21 % + 10 x 4,50 at 4 % -> base 3705 + 4500; VAT 778 + 180; total 9163
  const original = invoice({ lifecycle: 'issued', number: 1, fullNumber: 'F2026-000001' })

  it('the original total is 91,63 €', () => {
    expect(original.totals.total).toBe(9163)
  })

  it('a whole credit note of an uncredited invoice is fine', () => {
    expect(creditNoteProblems(original, original.lines, 'Devolución total', 0)).toEqual([])
  })

  it('a partial credit note is fine while within what remains', () => {
    // 1 x 12,35 at 21 %: 1235 + 259.35 -> 259 = 1494
    expect(creditNoteProblems(original, [invoiceLine(1, 1235, 2100)], 'Botella rota', 9163 - 1494)).toEqual([])
  })

  it('cannot exceed what remains creditable', () => {
    const p = creditNoteProblems(original, [invoiceLine(1, 1235, 2100)], 'Botella rota', 9163 - 1493)
    expect(p).toEqual([{ code: 'creditNote.exceedsCreditable', params: { creditableCents: 1493, totalCents: 1494 } }])
    expect(codes(creditNoteProblems(original, original.lines, 'Otra vez', 9163))).toEqual(['creditNote.exceedsCreditable'])
  })

  it('needs a reason, lines, and positive quantities', () => {
    expect(codes(creditNoteProblems(original, [invoiceLine(1, 100, 2100)], '  ', 0))).toEqual(['creditNote.reasonRequired'])
    expect(codes(creditNoteProblems(original, [], 'Motivo', 0))).toEqual(['creditNote.noLines'])
    expect(creditNoteProblems(original, [invoiceLine(-1, 100, 2100)], 'Motivo', 0)).toEqual([
      { code: 'creditNote.lineQuantity', params: { line: 1 } },
      { code: 'creditNote.totalNotPositive' },
    ])
    expect(codes(creditNoteProblems(original, [invoiceLine(1, 0, 2100)], 'Motivo', 0))).toEqual(['creditNote.totalNotPositive'])
  })

  it('only VAT rates present on the invoice', () => {
    expect(creditNoteProblems(original, [invoiceLine(1, 100, 1000)], 'Motivo', 0)).toEqual([
      { code: 'creditNote.vatRateNotOnInvoice', params: { line: 1, rate: 10 } },
    ])
  })

  it('only issued invoices can be credited', () => {
    expect(codes(creditNoteProblems(invoice(), [invoiceLine(1, 100, 2100)], 'Motivo', 0))).toEqual(['creditNote.invoiceNotIssued'])
  })

  it('uses the invoice recargo regime for the credit note total', () => {
    const withRecargo = invoice({ lifecycle: 'issued', recargoEquivalencia: true, lines: [invoiceLine(3, 1235, 2100)] })
    expect(withRecargo.totals.total).toBe(4676) // 3705 + 778 + 193
    expect(creditNoteProblems(withRecargo, withRecargo.lines, 'Devolución', 0)).toEqual([])
    expect(codes(creditNoteProblems(withRecargo, withRecargo.lines, 'Devolución', 1))).toEqual(['creditNote.exceedsCreditable'])
  })
})
