/** RO e-Factura: counties and sectors, unit codes, and each local CIUS-RO rule failing on a crafted document. */
import { describe, expect, it } from 'vitest'
import {
  creditNoteRulesFor,
  EFACTURA_RULES,
  RO_SUBENTITIES,
  resolveAddress,
  rulesFor,
  unitCode,
  type Problem,
} from '../../../../renderer/domain/einvoice/efactura'
import type { Address, Invoice } from '../../../../renderer/domain/types'
import en from '../../../../locales/en/efactura.json'
import es from '../../../../locales/es/efactura.json'
import ro from '../../../../locales/ro/efactura.json'
import { companyRO, invoiceRO } from '../../main/fixtures'
import { creditNoteRO } from './efacturaHelpers'

const ro_ = (region: string, city = 'Oraș', street = 'Str. Morii nr. 1'): Address => ({ street, city, postalCode: '100100', region, country: 'RO' })

describe('resolveAddress', () => {
  it('knows the 41 counties and Bucharest', () => {
    expect(RO_SUBENTITIES.size).toBe(42)
    expect(RO_SUBENTITIES.has('RO-B')).toBe(true)
    expect(RO_SUBENTITIES.has('RO-VN')).toBe(true)
  })

  it.each([
    ['Cluj', 'RO-CJ'],
    ['jud. Cluj', 'RO-CJ'],
    ['Județul Iași', 'RO-IS'],
    ['Iasi', 'RO-IS'],
    ['Iaşi', 'RO-IS'], // s with cedilla
    ['Constanța', 'RO-CT'], // t with comma below
    ['Constanţa', 'RO-CT'], // t with cedilla
    ['Bistrița-Năsăud', 'RO-BN'],
    ['bistrita nasaud', 'RO-BN'],
    ['Caraş-Severin', 'RO-CS'],
    ['Satu Mare', 'RO-SM'],
    ['Vâlcea', 'RO-VL'],
    ['RO-TM', 'RO-TM'],
    ['sv', 'RO-SV'],
    ['Ilfov', 'RO-IF'],
  ])('region %s -> %s, the city kept', (region, code) => {
    expect(resolveAddress(ro_(region, 'Oraș'))).toEqual({ countryCode: 'RO', countrySubentity: code, cityName: 'Oraș', problem: null })
  })

  it('takes the county from the city when the region is empty (county seats share the name)', () => {
    expect(resolveAddress(ro_('', 'Brașov')).countrySubentity).toBe('RO-BV')
  })

  it('Bucharest: the sector from the region, the city or the street; none is a problem', () => {
    expect(resolveAddress(ro_('Sector 6', 'București'))).toMatchObject({ countrySubentity: 'RO-B', cityName: 'SECTOR6', problem: null })
    expect(resolveAddress(ro_('București', 'Sectorul 1'))).toMatchObject({ countrySubentity: 'RO-B', cityName: 'SECTOR1' })
    expect(resolveAddress(ro_('B', 'Bucuresti', 'Calea Victoriei 10, sector 1'))).toMatchObject({ cityName: 'SECTOR1' })
    expect(resolveAddress(ro_('', 'SECTOR5'))).toMatchObject({ countrySubentity: 'RO-B', cityName: 'SECTOR5' })
    expect(resolveAddress(ro_('Bucharest', 'Bucharest'))).toEqual({ countryCode: 'RO', countrySubentity: 'RO-B', cityName: 'Bucharest', problem: 'sector' })
    expect(resolveAddress(ro_('București', 'București', 'Str. Sector 7'))).toMatchObject({ problem: 'sector' })
  })

  it('an unknown county is a problem; other countries pass through', () => {
    expect(resolveAddress(ro_('Transilvania', 'Oraș'))).toEqual({ countryCode: 'RO', countrySubentity: null, cityName: 'Oraș', problem: 'county' })
    expect(resolveAddress({ street: 'Calle Mayor 3', city: 'Burjassot', postalCode: '46100', region: 'Valencia', country: 'es' })).toEqual({
      countryCode: 'ES', countrySubentity: 'Valencia', cityName: 'Burjassot', problem: null,
    })
  })
})

it.each([
  ['buc', 'H87'], ['ud', 'H87'], ['kg', 'KGM'], ['Kg', 'KGM'], ['l', 'LTR'], ['m', 'MTR'], ['cutie', 'XBX'], ['box', 'XBX'],
  ['bax', 'XBX'], ['ladă', 'XCR'], ['sac', 'XSA'], ['sticlă', 'XBO'], ['pachet', 'XPK'], ['ceva', 'H87'], ['', 'H87'],
])('unit %s -> %s', (unit, code) => {
  expect(unitCode(unit)).toBe(code)
})

describe('rulesFor: each rule fails on a crafted invoice, naming the field', () => {
  const company = companyRO()
  const only = (invoice: Invoice): Problem[] => rulesFor(invoice, company)

  it('the fixture invoice passes', () => {
    expect(only(invoiceRO())).toEqual([])
  })

  const cases: [string, (i: Invoice) => void, Problem][] = [
    ['no digit in the number', (i) => (i.fullNumber = 'CDB-A'), { rule: 'BR-RO-010', field: 'fullNumber', params: { number: 'CDB-A' } }],
    ['an impossible issue date', (i) => (i.issueDate = '2026-13-01'), { rule: 'BR-RO-DT001', field: 'issueDate', params: { value: '2026-13-01' } }],
    ['an impossible due date', (i) => (i.dueDate = ''), { rule: 'BR-RO-DT003', field: 'dueDate', params: { value: '' } }],
    ['21 notes', (i) => (i.notes = Array.from({ length: 21 }, (_, n) => `Nota ${n}`).join('\n')), { rule: 'BR-RO-A020', field: 'notes', params: { count: 21, max: 20 } }],
    ['EUR without exchange rate', (i) => (i.exchangeRate = null), { rule: 'BR-53', field: 'exchangeRate', params: { currency: 'EUR' } }],
    ['seller without CUI', (i) => (i.seller.taxId = ' '), { rule: 'BR-RO-065', field: 'seller.taxId', params: {} }],
    ['seller without street', (i) => (i.seller.address.street = ''), { rule: 'BR-RO-081', field: 'seller.address.street', params: {} }],
    ['buyer without street', (i) => (i.customer.address.street = ''), { rule: 'BR-RO-082', field: 'customer.address.street', params: {} }],
    ['buyer without city', (i) => (i.customer.address.city = ''), { rule: 'BR-RO-092', field: 'customer.address.city', params: {} }],
    ['seller county unknown', (i) => (i.seller.address = ro_('Oltenia')), { rule: 'BR-RO-110', field: 'seller.address.region', params: { region: 'Oltenia' } }],
    ['buyer county unknown', (i) => (i.customer.address.region = 'Cluj County X'), { rule: 'BR-RO-111', field: 'customer.address.region', params: { region: 'Cluj County X' } }],
    ['seller in Bucharest without sector', (i) => (i.seller.address = ro_('București', 'București')), { rule: 'BR-RO-100', field: 'seller.address.city', params: { city: 'București' } }],
    ['buyer in Bucharest without sector', (i) => (i.customer.address = ro_('Mun. București', 'Bucuresti')), { rule: 'BR-RO-101', field: 'customer.address.city', params: { city: 'Bucuresti' } }],
    ['buyer without CUI or CNP', (i) => (i.customer.taxId = ''), { rule: 'BR-RO-120', field: 'customer.taxId', params: {} }],
    ['delivery county unknown', (i) => (i.deliveryAddress = ro_('Nowhere')), { rule: 'BR-RO-212', field: 'deliveryAddress.region', params: { region: 'Nowhere' } }],
    ['delivery in Bucharest without sector', (i) => (i.deliveryAddress = ro_('București', 'București')), { rule: 'BR-RO-202', field: 'deliveryAddress.city', params: { city: 'București' } }],
    ['an item name over 100 characters', (i) => (i.lines[2]!.description = 'x'.repeat(101)), { rule: 'BR-RO-L1024', field: 'lines.2.description', params: { line: 3, length: 101, max: 100 } }],
    ['a VAT total that is not the sum of the rates', (i) => (i.totals.vat += 1, i.totals.total += 1), { rule: 'BR-CO-14', field: 'totals.vat', params: { expected: '366.19', actual: '366.20' } }],
    ['a total that is not base + VAT', (i) => (i.totals.total += 5), { rule: 'BR-CO-15', field: 'totals.total', params: { expected: '2463.15', actual: '2463.20' } }],
    ['a fraction of a cent', (i) => (i.totals.vat = 36619.5), { rule: 'BR-DEC-RO-13', field: 'totals.vat', params: { value: '366.195' } }],
    ['no lines', (i) => { i.lines = []; i.totals = { base: 0, vat: 0, recargo: 0, total: 0, byRate: [] } }, { rule: 'BR-16', field: 'lines', params: {} }],
  ]
  it.each(cases)('%s', (_, craft, problem) => {
    const invoice = invoiceRO()
    craft(invoice)
    expect(only(invoice)).toEqual([problem])
  })

  it('lines that do not add up to the totals: BR-CO-10 and the rate base BR-S-08', () => {
    const invoice = invoiceRO()
    invoice.lines[0]!.quantity = 41 // one more bottle of oil at 12.60, totals left as they were
    expect(only(invoice)).toEqual([
      { rule: 'BR-CO-10', field: 'totals.base', params: { expected: '2109.56', actual: '2096.96' } },
      { rule: 'BR-S-08', field: 'totals.byRate.1.base', params: { rate: 11, expected: '754.26', actual: '741.66' } },
    ])
  })

  it('VAT of a rate that is not base × rate: BR-CO-17', () => {
    const invoice = invoiceRO()
    invoice.totals.byRate[0]!.vat += 2
    invoice.totals.vat += 2
    invoice.totals.total += 2
    expect(only(invoice)).toEqual([{ rule: 'BR-CO-17', field: 'totals.byRate.0.vat', params: { rate: 21, expected: '284.61', actual: '284.63' } }])
  })

  it('a negative price (BR-27), an uncomputable line (BR-24)', () => {
    const a = invoiceRO()
    a.lines[1]!.unitPrice = -975
    expect(only(a).map((p) => p.rule)).toContain('BR-27')
    const b = invoiceRO()
    b.lines[0]!.discount = 12000
    expect(only(b)).toEqual([{ rule: 'BR-24', field: 'lines.0', params: { line: 1 } }])
  })

  it('VAT charged by a seller not registered for VAT: BR-O-05 on each such line', () => {
    const invoice = invoiceRO({ currency: 'RON', exchangeRate: null })
    invoice.seller.taxId = '18765430'
    const problems = rulesFor(invoice, companyRO({ vatRegistered: false }))
    expect(problems.filter((p) => p.rule === 'BR-O-05').map((p) => p.field)).toEqual(['lines.0.vatRate', 'lines.1.vatRate', 'lines.2.vatRate', 'lines.3.vatRate'])
  })
})

describe('creditNoteRulesFor', () => {
  it('passes for the fixture credit note; fails when the credited invoice has no number or the note has no digit', () => {
    expect(creditNoteRulesFor(creditNoteRO(), invoiceRO(), companyRO())).toEqual([])
    expect(creditNoteRulesFor(creditNoteRO({ fullNumber: 'ST' }), invoiceRO({ fullNumber: '' }), companyRO())).toEqual([
      { rule: 'BR-RO-010', field: 'fullNumber', params: { number: 'ST' } },
      { rule: 'BR-55', field: 'invoiceNumber', params: { number: '' } },
    ])
  })
})

it('every rule has a message in es, ro and en, and no message is left without its rule', () => {
  for (const [lang, file] of Object.entries({ en, es, ro })) {
    expect(Object.keys(file.rules).sort(), lang).toEqual([...EFACTURA_RULES].sort())
  }
})
