import { describe, expect, it } from 'vitest'
import { parseDays, parsePaymentDays, isMoneyText, isPercentText } from '../../../renderer/features/settings/forms/validators'
import { companySchema, emptyCompanyValues, valuesToCompanyInput } from '../../../renderer/features/settings/companyForm/companySchema'
import { customerToValues, makeCustomerSchema, newCustomerValues, valuesToCustomerInput } from '../../../renderer/features/customers/form/customerSchema'
import type { CompanySettings, Customer } from '../../../renderer/domain/types'

describe('form text parsers', () => {
  it('reads payment days, sorted and unique, and refuses days outside 1..31', () => {
    expect(parsePaymentDays('25, 10; 10')).toEqual([10, 25])
    expect(parsePaymentDays('')).toEqual([])
    expect(parsePaymentDays('0')).toBeNull()
    expect(parsePaymentDays('32')).toBeNull()
    expect(parsePaymentDays('10, x')).toBeNull()
  })
  it('reads whole days 0..366 only', () => {
    expect(parseDays('30')).toBe(30)
    expect(parseDays('367')).toBeNull()
    expect(parseDays('3,5')).toBeNull()
  })
  it('accepts money in the locale and percentages up to 100', () => {
    expect(isMoneyText('1.234,56', 'es-ES', false)).toBe(true)
    expect(isMoneyText('', 'es-ES', false)).toBe(false)
    expect(isMoneyText('', 'es-ES', true)).toBe(true)
    expect(isMoneyText('-5', 'es-ES', true)).toBe(false)
    expect(isPercentText('5,2', false)).toBe(true)
    expect(isPercentText('101', false)).toBe(false)
  })
})

const company: CompanySettings = {
  id: 'company', legalName: 'Distribuciones Norte SL', tradeName: '', taxId: 'B12345674', tradeRegister: '',
  address: { street: 'Calle Mayor 1', city: 'Bilbao', postalCode: '48001', region: 'Bizkaia', country: 'ES' },
  iban: 'ES9121000418450200051332', bankName: '', email: '', phone: '', country: 'ES', currency: 'EUR', uiLanguage: 'es',
  invoiceSeries: 'F', creditNoteSeries: 'R', vatRegistered: true, logoDataUrl: '', defaultTerms: { kind: 'endOfMonth', days: 30 },
  createdAt: '', updatedAt: '',
}

describe('company form', () => {
  it('refuses a Spanish tax id with a wrong control character and asks Romanian companies for the trade register', () => {
    const v = { ...emptyCompanyValues('RO', 'ro'), legalName: 'X SRL', taxId: '18547291', iban: 'RO49AAAA1B31007593840000' }
    v.address = { ...v.address, street: 'Str. A 1', city: 'Cluj', postalCode: '400001' }
    const r = companySchema.safeParse(v)
    expect(r.success).toBe(false)
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'))
    expect(paths).toContain('tradeRegister')
    const es = companySchema.safeParse({ ...v, country: 'ES', taxId: 'B12345675', tradeRegister: '' })
    expect(es.success ? [] : es.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toContain('taxId:taxId.es.checkDigit')
  })
  it('turns the form into the saved shape: terms as numbers, IBAN compact, address country = company country', () => {
    const v = { ...emptyCompanyValues('ES', 'es'), legalName: ' Norte SL ', taxId: 'B12345674', iban: 'es91 2100 0418 4502 0005 1332', termsKind: 'endOfMonth' as const, termsDays: '60' }
    const input = valuesToCompanyInput(v)
    expect(input.iban).toBe('ES9121000418450200051332')
    expect(input.defaultTerms).toEqual({ kind: 'endOfMonth', days: 60 })
    expect(input.legalName).toBe('Norte SL')
    expect(input.address.country).toBe('ES')
    expect(input.invoiceSeries).toBe('F')
    expect(input.creditNoteSeries).toBe('R')
  })
})

describe('customer form', () => {
  it('starts from the company terms and language', () => {
    const v = newCustomerValues(company)
    expect(v.termsKind).toBe('endOfMonth')
    expect(v.termsDays).toBe('30')
    expect(v.language).toBe('es')
    expect(v.address.country).toBe('ES')
  })
  it('converts money, percentages and days to cents, basis points and numbers', () => {
    const v = { ...newCustomerValues(company), legalName: 'Bar Pepe', taxId: '12345678Z', creditLimit: '1.500,50', earlyPercent: '2,5', earlyDays: '10', lineDiscount: '5', paymentDays: '25, 10', recargoEquivalencia: true }
    const input = valuesToCustomerInput(v, 'es-ES', true)
    expect(input.creditLimit).toBe(150050)
    expect(input.earlyDiscount).toEqual({ percent: 250, days: 10 })
    expect(input.lineDiscount).toBe(500)
    expect(input.paymentDays).toEqual([10, 25])
    expect(input.recargoEquivalencia).toBe(true)
    expect(valuesToCustomerInput(v, 'es-ES', false).recargoEquivalencia).toBe(false)
    expect(valuesToCustomerInput({ ...v, creditLimit: '' }, 'es-ES', true).creditLimit).toBeNull()
  })
  it('validates the tax id for the billing address country', () => {
    const schema = makeCustomerSchema('ro-RO')
    const base = { ...newCustomerValues(company), legalName: 'Client SRL', taxId: '18547290' }
    base.address = { street: 'Str. B 2', city: 'Iași', postalCode: '700001', region: 'Iași', country: 'RO' }
    expect(schema.safeParse(base).success).toBe(true)
    expect(schema.safeParse({ ...base, taxId: '18547291' }).success).toBe(false)
  })
  it('round-trips a saved customer through the form values', () => {
    const saved: Customer = {
      id: 'c1', code: 'C0001', legalName: 'Bar Pepe', tradeName: '', taxId: '12345678Z', tradeRegister: '',
      address: company.address, deliveryAddresses: [], contacts: [], email: '', phone: '', language: 'es',
      terms: { kind: 'net', days: 45 }, paymentDays: [10, 25], earlyDiscount: { percent: 520, days: 7 }, lineDiscount: 0,
      creditLimit: 123456, requiresPO: true, requiresPrepayment: false, recargoEquivalencia: false, collectionProfile: 'smallShop',
      notes: '', balance: 0, searchWords: [], archived: false, createdAt: '', updatedAt: '',
    }
    const v = customerToValues(saved, 'es-ES')
    expect(v.creditLimit).toBe('1.234,56')
    expect(v.earlyPercent).toBe('5,2')
    expect(v.paymentDays).toBe('10, 25')
    const back = valuesToCustomerInput(v, 'es-ES', true)
    expect(back.creditLimit).toBe(123456)
    expect(back.earlyDiscount).toEqual({ percent: 520, days: 7 })
    expect(back.terms).toEqual({ kind: 'net', days: 45 })
  })
})
