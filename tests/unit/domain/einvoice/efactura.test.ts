/** RO e-Factura UBL: the XML of invoices and credit notes, parsed back and checked field by field. */
import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../../renderer/domain/demo'
import { CIUS_RO_ID, creditNoteXml, invoiceXml, rulesFor } from '../../../../renderer/domain/einvoice/efactura'
import { computeTotals } from '../../../../renderer/domain/tax'
import { companyRO, invoiceRO } from '../../main/fixtures'
import { childOrder, creditNoteRO, parse, text, type X } from './efacturaHelpers'

/** The UBL 2.1 xsd:sequence of the root elements we write, in schema order. */
const INVOICE_SEQUENCE = [
  'cbc:CustomizationID', 'cbc:ID', 'cbc:IssueDate', 'cbc:DueDate', 'cbc:InvoiceTypeCode', 'cbc:Note',
  'cbc:DocumentCurrencyCode', 'cbc:TaxCurrencyCode', 'cac:OrderReference', 'cac:DespatchDocumentReference',
  'cac:ContractDocumentReference', 'cac:AccountingSupplierParty', 'cac:AccountingCustomerParty', 'cac:Delivery',
  'cac:PaymentMeans', 'cac:TaxTotal', 'cac:LegalMonetaryTotal', 'cac:InvoiceLine',
]
const CREDIT_NOTE_SEQUENCE = [
  'cbc:CustomizationID', 'cbc:ID', 'cbc:IssueDate', 'cbc:CreditNoteTypeCode', 'cbc:Note', 'cbc:DocumentCurrencyCode',
  'cbc:TaxCurrencyCode', 'cac:BillingReference', 'cac:AccountingSupplierParty', 'cac:AccountingCustomerParty',
  'cac:PaymentTerms', 'cac:TaxTotal', 'cac:LegalMonetaryTotal', 'cac:CreditNoteLine',
]

describe('invoiceXml: the Romanian fixture invoice (EUR, Bucharest seller, Cluj buyer)', () => {
  const xml = invoiceXml(invoiceRO({ poNumber: 'PO-778' }), companyRO())
  const inv: X = parse(xml).Invoice

  it('has the CIUS-RO header, type 380 and the dates, and states VAT in RON', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(inv['@_xmlns']).toBe('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2')
    expect(inv['cbc:CustomizationID']).toBe('urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1')
    expect(inv['cbc:CustomizationID']).toBe(CIUS_RO_ID)
    expect(inv['cbc:ID']).toBe('CDB2026-000042')
    expect(inv['cbc:IssueDate']).toBe('2026-11-23')
    expect(inv['cbc:DueDate']).toBe('2027-01-15')
    expect(inv['cbc:InvoiceTypeCode']).toBe('380')
    expect(inv['cbc:DocumentCurrencyCode']).toBe('EUR')
    expect(inv['cbc:TaxCurrencyCode']).toBe('RON')
    expect(inv['cac:OrderReference']['cbc:ID']).toBe('PO-778')
    expect(inv['cac:DespatchDocumentReference']['cbc:ID']).toBe('AV-2026-1187')
    expect(inv['cac:ContractDocumentReference']['cbc:ID']).toBe('Contract cadru 17/2025')
    expect(inv['cac:Delivery']['cbc:ActualDeliveryDate']).toBe('2026-11-23')
  })

  it('writes the root elements in the order of the UBL 2.1 schema', () => {
    const order = childOrder(xml)
    expect(order).toEqual(INVOICE_SEQUENCE.filter((n) => order.includes(n)))
    expect(order).not.toContain('cbc:Note')
  })

  it('seller: VAT id with RO prefix, Reg. Com., Bucharest as RO-B with the sector as city, contact', () => {
    const party = inv['cac:AccountingSupplierParty']['cac:Party']
    expect(party['cac:PartyName']['cbc:Name']).toBe('Carpați Distribuție')
    expect(party['cac:PostalAddress']).toEqual({
      'cbc:StreetName': 'Str. Ștefan cel Mare nr. 12',
      'cbc:CityName': 'SECTOR2',
      'cbc:PostalZone': '020123',
      'cbc:CountrySubentity': 'RO-B',
      'cac:Country': { 'cbc:IdentificationCode': 'RO' },
    })
    expect(party['cac:PartyTaxScheme']).toEqual({ 'cbc:CompanyID': 'RO18765430', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } })
    expect(party['cac:PartyLegalEntity']).toEqual({ 'cbc:RegistrationName': 'Distribuție Carpați S.R.L.', 'cbc:CompanyID': 'J40/12345/2015' })
    expect(party['cac:Contact']['cbc:ElectronicMail']).toBe('contabilitate@carpati-distributie.ro')
  })

  it('buyer not a VAT payer: no VAT id, its CUI as legal registration id, county Cluj as RO-CJ', () => {
    const party = inv['cac:AccountingCustomerParty']['cac:Party']
    expect(party['cac:PartyTaxScheme']).toBeUndefined()
    expect(party['cac:PartyLegalEntity']).toEqual({ 'cbc:RegistrationName': 'Magazinul Țărănesc S.R.L.', 'cbc:CompanyID': '34567892' })
    expect(party['cac:PostalAddress']['cbc:CityName']).toBe('Cluj-Napoca')
    expect(party['cac:PostalAddress']['cbc:CountrySubentity']).toBe('RO-CJ')
  })

  it('pays by credit transfer (30) into the company IBAN', () => {
    const pm = inv['cac:PaymentMeans']
    expect(pm['cbc:PaymentMeansCode']).toBe('30')
    expect(pm['cbc:PaymentID']).toBe('CDB2026-000042')
    expect(pm['cac:PayeeFinancialAccount']['cbc:ID']).toBe('RO49AAAA1B31007593840000')
  })

  it('VAT per rate, the VAT total in EUR and, in a second TaxTotal, in RON at 4.975 (366.19 × 4.975 = 1821.795 -> 1821.80)', () => {
    const [eur, ron] = inv['cac:TaxTotal'] as X[]
    expect(inv['cac:TaxTotal']).toHaveLength(2)
    expect(eur['cbc:TaxAmount']).toEqual({ '#text': '366.19', '@_currencyID': 'EUR' })
    const subs = (eur['cac:TaxSubtotal'] as X[]).map((s) => [text(s['cbc:TaxableAmount']), text(s['cbc:TaxAmount']), s['cac:TaxCategory']['cbc:ID'], s['cac:TaxCategory']['cbc:Percent']])
    expect(subs).toEqual([
      ['1355.30', '284.61', 'S', '21'],
      ['741.66', '81.58', 'S', '11'],
    ])
    expect(ron['cbc:TaxAmount']).toEqual({ '#text': '1821.80', '@_currencyID': 'RON' })
    expect(ron['cac:TaxSubtotal']).toBeUndefined()
  })

  it('monetary totals', () => {
    const t = inv['cac:LegalMonetaryTotal']
    expect([t['cbc:LineExtensionAmount'], t['cbc:TaxExclusiveAmount'], t['cbc:TaxInclusiveAmount'], t['cbc:PayableAmount']].map(text)).toEqual([
      '2096.96', '2096.96', '2463.15', '2463.15',
    ])
    expect(t['cbc:PayableAmount']['@_currencyID']).toBe('EUR')
  })

  it('lines: id, quantity with unit code, amount, item, tax category, net price and the discount on the gross price', () => {
    const lines = inv['cac:InvoiceLine'] as X[]
    expect(lines.map((l) => [l['cbc:ID'], text(l['cbc:InvoicedQuantity']), l['cbc:InvoicedQuantity']['@_unitCode'], text(l['cbc:LineExtensionAmount'])])).toEqual([
      ['1', '40', 'H87', '504.00'],
      ['2', '25', 'XBX', '237.66'],
      ['3', '18', 'H87', '160.20'],
      ['4', '4', 'H87', '1195.10'],
    ])
    const sugar = lines[1]
    expect(sugar['cac:Item']['cbc:Name']).toBe('Zahăr tos 1 kg, bax 10 buc.')
    expect(sugar['cac:Item']['cac:SellersItemIdentification']['cbc:ID']).toBe('ZAH-001')
    expect(sugar['cac:Item']['cac:ClassifiedTaxCategory']).toEqual({ 'cbc:ID': 'S', 'cbc:Percent': '11', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } })
    // 9.75 at 2.5 % off: net 9.50625 (25 × 9.50625 = 237.65625 -> 237.66), discount 0.24375 per unit.
    expect(text(sugar['cac:Price']['cbc:PriceAmount'])).toBe('9.50625')
    expect(sugar['cac:Price']['cac:AllowanceCharge']).toEqual({
      'cbc:ChargeIndicator': 'false',
      'cbc:Amount': { '#text': '0.24375', '@_currencyID': 'EUR' },
      'cbc:BaseAmount': { '#text': '9.75', '@_currencyID': 'EUR' },
    })
    expect(lines[0]['cac:Price']['cac:AllowanceCharge']).toBeUndefined()
    expect(text(lines[0]['cac:Price']['cbc:PriceAmount'])).toBe('12.6')
  })
})

describe('invoiceXml: variants', () => {
  it('a RON invoice has no TaxCurrencyCode and a single TaxTotal', () => {
    const inv: X = parse(invoiceXml(invoiceRO({ currency: 'RON', exchangeRate: null }), companyRO())).Invoice
    expect(inv['cbc:TaxCurrencyCode']).toBeUndefined()
    expect(inv['cac:TaxTotal']).toHaveLength(1)
    expect(inv['cac:TaxTotal'][0]['cbc:TaxAmount']['@_currencyID']).toBe('RON')
  })

  it('a EUR invoice at 4.9771: VAT in lei rounded half-up once on the total (366.19 × 4.9771 = 1822.564 -> 1822.56)', () => {
    const inv: X = parse(invoiceXml(invoiceRO({ exchangeRate: 4.9771 }), companyRO())).Invoice
    expect(inv['cac:TaxTotal'][1]['cbc:TaxAmount']).toEqual({ '#text': '1822.56', '@_currencyID': 'RON' })
  })

  it('a Bucharest customer: RO-B with the sector as city, whether the sector is in the region, the city or the street', () => {
    const cases: [string, string, string, string][] = [
      ['Sector 6', 'București', 'Bd. Iuliu Maniu nr. 7', 'SECTOR6'],
      ['Municipiul București', 'Bucuresti, sectorul 3', 'Calea Moșilor nr. 2', 'SECTOR3'],
      ['București', 'București', 'Șos. Pantelimon nr. 9, Sector 2', 'SECTOR2'],
    ]
    for (const [region, city, street, sector] of cases) {
      const invoice = invoiceRO()
      invoice.customer.address = { street, city, postalCode: '060101', region, country: 'RO' }
      const addr = parse(invoiceXml(invoice, companyRO())).Invoice['cac:AccountingCustomerParty']['cac:Party']['cac:PostalAddress']
      expect([addr['cbc:CountrySubentity'], addr['cbc:CityName']], region).toEqual(['RO-B', sector])
      expect(rulesFor(invoice, companyRO())).toEqual([])
    }
  })

  it('a customer that is a VAT payer: VAT id RO… and its Reg. Com. as legal id', () => {
    const invoice = invoiceRO()
    invoice.customer.taxId = 'ro 14399840'
    const party = parse(invoiceXml(invoice, companyRO())).Invoice['cac:AccountingCustomerParty']['cac:Party']
    expect(party['cac:PartyTaxScheme']).toEqual({ 'cbc:CompanyID': 'RO14399840', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } })
    expect(party['cac:PartyLegalEntity']['cbc:CompanyID']).toBe('J12/3456/2019')
  })

  it('a seller not registered for VAT: bare CUI as tax registration id (scheme FC), category O without rate', () => {
    const lines = invoiceRO().lines.map((l) => ({ ...l, vatRate: 0 }))
    const invoice = invoiceRO({ lines, currency: 'RON', exchangeRate: null })
    invoice.seller.taxId = '18765430'
    const company = companyRO({ taxId: '18765430', vatRegistered: false })
    const inv: X = parse(invoiceXml(invoice, company)).Invoice
    const party = inv['cac:AccountingSupplierParty']['cac:Party']
    expect(party['cac:PartyTaxScheme']).toEqual({ 'cbc:CompanyID': '18765430', 'cac:TaxScheme': { 'cbc:ID': 'FC' } })
    const sub = inv['cac:TaxTotal'][0]['cac:TaxSubtotal'][0]
    expect(sub['cac:TaxCategory']).toEqual({ 'cbc:ID': 'O', 'cbc:TaxExemptionReasonCode': 'VATEX-EU-O', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } })
    expect(text(sub['cbc:TaxAmount'])).toBe('0.00')
    expect(inv['cac:InvoiceLine'][0]['cac:Item']['cac:ClassifiedTaxCategory']).toEqual({ 'cbc:ID': 'O', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } })
    expect(rulesFor(invoice, company)).toEqual([])
  })

  it('zero-rated lines of a VAT payer are category Z at 0 %', () => {
    const lines = [{ ...invoiceRO().lines[0]!, vatRate: 0 }]
    const inv: X = parse(invoiceXml(invoiceRO({ lines }), companyRO())).Invoice
    expect(inv['cac:TaxTotal'][0]['cac:TaxSubtotal'][0]['cac:TaxCategory']['cbc:ID']).toBe('Z')
    expect(inv['cac:TaxTotal'][0]['cac:TaxSubtotal'][0]['cac:TaxCategory']['cbc:Percent']).toBe('0')
  })

  it('one note per line of the invoice notes, escaped text read back as written', () => {
    const invoice = invoiceRO({ notes: 'Livrare la rampa 2 & 3 <urgent>\n\nPlata în 45 de zile' })
    invoice.customer.legalName = 'Alimente "Bune" & Co S.R.L.'
    const xml = invoiceXml(invoice, companyRO())
    const inv: X = parse(xml).Invoice
    expect(inv['cbc:Note']).toEqual(['Livrare la rampa 2 & 3 <urgent>', 'Plata în 45 de zile'])
    expect(xml).toContain('Livrare la rampa 2 &amp; 3 &lt;urgent&gt;')
    expect(inv['cac:AccountingCustomerParty']['cac:Party']['cac:PartyLegalEntity']['cbc:RegistrationName']).toBe('Alimente "Bune" & Co S.R.L.')
    expect(childOrder(xml).indexOf('cbc:Note')).toBe(childOrder(xml).indexOf('cbc:InvoiceTypeCode') + 1)
  })
})

describe('creditNoteXml', () => {
  const note = creditNoteRO()
  const xml = creditNoteXml(note, invoiceRO(), companyRO())
  const cn: X = parse(xml).CreditNote

  it('is a CreditNote (381) referring to the invoice it corrects, with positive amounts', () => {
    expect(cn['@_xmlns']).toBe('urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2')
    expect(cn['cbc:CustomizationID']).toBe(CIUS_RO_ID)
    expect(cn['cbc:ID']).toBe('ST2026-000007')
    expect(cn['cbc:IssueDate']).toBe('2026-11-30')
    expect(cn['cbc:CreditNoteTypeCode']).toBe('381')
    expect(cn['cbc:DueDate']).toBeUndefined()
    expect(cn['cac:BillingReference']).toEqual({ 'cac:InvoiceDocumentReference': { 'cbc:ID': 'CDB2026-000042', 'cbc:IssueDate': '2026-11-23' } })
    expect(cn['cbc:Note']).toEqual([note.reason])
    expect(cn['cac:PaymentTerms']['cbc:Note']).toBe(note.reason)
    expect(childOrder(xml)).toEqual(CREDIT_NOTE_SEQUENCE.filter((n) => childOrder(xml).includes(n)))
  })

  it('credited lines and totals: 126.00 at 11 % and 298.78 at 21 %; VAT 76.60, in lei 7660 × 4.975 = 381.085 -> 381.09', () => {
    const lines = cn['cac:CreditNoteLine'] as X[]
    expect(lines.map((l) => [text(l['cbc:CreditedQuantity']), l['cbc:CreditedQuantity']['@_unitCode'], text(l['cbc:LineExtensionAmount'])])).toEqual([
      ['10', 'H87', '126.00'],
      ['1', 'H87', '298.78'],
    ])
    const t = cn['cac:LegalMonetaryTotal']
    expect([t['cbc:LineExtensionAmount'], t['cbc:TaxExclusiveAmount'], t['cbc:TaxInclusiveAmount'], t['cbc:PayableAmount']].map(text)).toEqual([
      '424.78', '424.78', '501.38', '501.38',
    ])
    expect(text(cn['cac:TaxTotal'][0]['cbc:TaxAmount'])).toBe('76.60')
    expect(cn['cac:TaxTotal'][1]['cbc:TaxAmount']).toEqual({ '#text': '381.09', '@_currencyID': 'RON' })
  })
})

describe('every issued demo invoice (RO, 6 customers, 2 months)', () => {
  const demo = generateDemo({ country: 'RO', today: '2026-11-10', customers: 6, months: 2 })
  const issued = demo.invoices.filter((i) => i.lifecycle === 'issued')
  const cents = (s: string) => Math.round(Number(s) * 100)

  it('passes the local rules', () => {
    expect(issued.length).toBeGreaterThan(10)
    for (const invoice of issued) expect(rulesFor(invoice, demo.company), invoice.fullNumber).toEqual([])
  })

  it('has XML whose amounts have 2 decimals and add up (BR-CO-10, -13, -14, -15, -17), equal to the printed totals', () => {
    for (const invoice of issued) {
      const xml = invoiceXml(invoice, demo.company)
      const inv: X = parse(xml).Invoice
      const amounts = [...xml.matchAll(/<cbc:(\w+Amount) currencyID="\w+">([^<]+)</g)].filter((m) => m[1] !== 'PriceAmount' && m[1] !== 'BaseAmount')
      for (const m of amounts) expect(m[2], `${invoice.fullNumber} ${m[1]}`).toMatch(/^\d+\.\d{2}$/)
      const t = inv['cac:LegalMonetaryTotal']
      const lineSum = (inv['cac:InvoiceLine'] as X[]).reduce((a, l) => a + cents(text(l['cbc:LineExtensionAmount'])), 0)
      const tax = inv['cac:TaxTotal'][0]
      const subs = tax['cac:TaxSubtotal'] as X[]
      expect(lineSum).toBe(cents(text(t['cbc:LineExtensionAmount'])))
      expect(cents(text(t['cbc:TaxExclusiveAmount']))).toBe(cents(text(t['cbc:LineExtensionAmount'])))
      expect(subs.reduce((a, s) => a + cents(text(s['cbc:TaxAmount'])), 0)).toBe(cents(text(tax['cbc:TaxAmount'])))
      expect(subs.reduce((a, s) => a + cents(text(s['cbc:TaxableAmount'])), 0)).toBe(lineSum)
      for (const s of subs) {
        const expected = Math.round((cents(text(s['cbc:TaxableAmount'])) * Number(s['cac:TaxCategory']['cbc:Percent'])) / 100)
        expect(cents(text(s['cbc:TaxAmount']))).toBe(expected)
      }
      expect(cents(text(t['cbc:TaxExclusiveAmount'])) + cents(text(tax['cbc:TaxAmount']))).toBe(cents(text(t['cbc:TaxInclusiveAmount'])))
      expect(cents(text(t['cbc:PayableAmount']))).toBe(invoice.totals.total)
      expect(computeTotals(invoice.lines, { recargoEquivalencia: false }).total).toBe(invoice.totals.total)
      const seller = inv['cac:AccountingSupplierParty']['cac:Party']['cac:PostalAddress']
      expect([seller['cbc:CountrySubentity'], seller['cbc:CityName']]).toEqual(['RO-B', 'SECTOR4'])
    }
  })
})
