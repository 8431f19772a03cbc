import { describe, expect, it } from 'vitest'
import { saveCompany, getCompany } from '../../../renderer/db/repos/company'
import {
  createCustomer,
  customerExposure,
  listCustomersPage,
  searchCustomers,
  updateCustomer,
} from '../../../renderer/db/repos/customers'
import { auditOf } from '../../../renderer/db/repos/audit'
import { createProduct, searchProducts, updateProduct } from '../../../renderer/db/repos/products'
import { customerInput, ES_COMPANY, esSetup, expectRefused, freshCtx, RO_COMPANY } from './helpers'

describe('company', () => {
  it('saves a valid company with normalized tax id and IBAN, defaults by country, and audits it', async () => {
    const ctx = freshCtx()
    const c = await saveCompany(ctx, ES_COMPANY)
    expect(c.iban).toBe('ES9121000418450200051332')
    expect(c.currency).toBe('EUR')
    expect(c.creditNoteSeries).toBe('R')
    expect(await getCompany(ctx)).toEqual(c)
    const ro = await saveCompany(freshCtx(), RO_COMPANY)
    expect([ro.currency, ro.uiLanguage, ro.creditNoteSeries, ro.taxId]).toEqual(['RON', 'ro', 'ST', 'RO14399840'])
    expect((await auditOf(ctx, 'company', 'company')).map((a) => a.action)).toEqual(['create'])
  })

  it('refuses a wrong tax id, IBAN, missing RO trade register, clashing series — and changes nothing', async () => {
    const ctx = freshCtx()
    await saveCompany(ctx, ES_COMPANY)
    await expectRefused(ctx, () => saveCompany(ctx, { ...ES_COMPANY, taxId: 'B12345675' }), 'taxId.es.checkDigit')
    await expectRefused(ctx, () => saveCompany(ctx, { ...ES_COMPANY, iban: 'ES9121000418450200051333' }), 'iban.checksum')
    await expectRefused(ctx, () => saveCompany(ctx, { ...RO_COMPANY, tradeRegister: '' }), 'data.field.required')
    await expectRefused(ctx, () => saveCompany(ctx, { ...ES_COMPANY, creditNoteSeries: 'F' }), 'data.company.seriesClash')
    const err = await expectRefused(ctx, () => saveCompany(ctx, { ...ES_COMPANY, legalName: '  ' }), 'data.field.required')
    expect(err.params).toEqual({ field: 'legalName', path: 'legalName' })
  })
})

describe('customers', () => {
  it('creates with an automatic code, normalized tax id, company default terms, language by country', async () => {
    const ctx = freshCtx()
    await saveCompany(ctx, { ...ES_COMPANY, defaultTerms: { kind: 'endOfMonth', days: 30 } })
    const a = await createCustomer(ctx, customerInput({ taxId: 'b-7654321-4', terms: undefined }))
    const b = await createCustomer(ctx, customerInput({ taxId: '12345678z', legalName: 'María López' }))
    expect([a.code, b.code]).toEqual(['C0001', 'C0002'])
    expect(a.taxId).toBe('B76543214')
    expect(a.terms).toEqual({ kind: 'endOfMonth', days: 30 })
    expect(a.language).toBe('es')
    expect(a.balance).toBe(0)
    expect(a.searchWords).toEqual(expect.arrayContaining(['c0001', 'supermercados', 'garcia', 'super', 'b76543214', 'malaga']))
    const c = await createCustomer(ctx, customerInput({ code: 'c0100', taxId: '12345674', address: { ...RO_COMPANY.address } }))
    expect([c.code, c.language]).toEqual(['C0100', 'ro'])
    expect((await createCustomer(ctx, customerInput())).code).toBe('C0101')
  })

  it('refuses bad input and duplicate codes without writing anything', async () => {
    const { ctx, customer } = await esSetup()
    await expectRefused(ctx, () => createCustomer(ctx, customerInput({ code: customer.code })), 'data.customer.codeTaken')
    await expectRefused(ctx, () => createCustomer(ctx, customerInput({ taxId: 'B76543215' })), 'taxId.es.checkDigit')
    const ro = { ...RO_COMPANY.address }
    await expectRefused(ctx, () => createCustomer(ctx, customerInput({ taxId: '12345675', address: ro })), 'taxId.ro.checkDigit')
    await expectRefused(ctx, () => createCustomer(ctx, customerInput({ creditLimit: -1 })), 'data.field.mustNotBeNegative')
    await expectRefused(ctx, () => createCustomer(ctx, customerInput({ creditLimit: 10.5 })), 'data.field.notInteger')
    await expectRefused(ctx, () => createCustomer(ctx, customerInput({ paymentDays: [0] })), 'data.field.invalid')
    const e = await expectRefused(
      ctx,
      () => createCustomer(ctx, customerInput({ contacts: [{ name: 'Ana', email: 'not-an-email' }] })),
      'data.field.invalidEmail',
    )
    expect(e.params).toEqual({ field: 'email', path: 'contacts.0.email' })
    await expectRefused(
      ctx,
      () => createCustomer(ctx, customerInput({ recargoEquivalencia: true, taxId: '12345674', address: ro })),
      'data.customer.recargoOnlyEs',
    )
    const noCity = { ...customerInput().address, city: undefined } as unknown as ReturnType<typeof customerInput>['address']
    await expectRefused(ctx, () => createCustomer(ctx, customerInput({ address: noCity })), 'data.field.required')
    await expectRefused(ctx, () => updateCustomer(ctx, 'nope', customerInput()), 'data.customer.notFound')
  })

  it('updates keep id, balance, createdAt; code change checked; audit before/after', async () => {
    const { ctx, customer } = await esSetup()
    const other = await createCustomer(ctx, customerInput({ legalName: 'Bar Pepe' }))
    const later = { ...ctx, now: () => new Date('2026-11-24T08:00:00Z') }
    const u = await updateCustomer(later, customer.id, customerInput({ tradeName: 'Nuevo', creditLimit: 500000 }))
    expect([u.id, u.code, u.createdAt, u.updatedAt, u.creditLimit]).toEqual([
      customer.id,
      customer.code,
      customer.createdAt,
      '2026-11-24T08:00:00.000Z',
      500000,
    ])
    await expectRefused(ctx, () => updateCustomer(ctx, customer.id, customerInput({ code: other.code })), 'data.customer.codeTaken')
    const audit = await auditOf(ctx, 'customer', customer.id)
    expect(audit.map((a) => a.action)).toEqual(['create', 'update'])
    expect((audit[1]?.before as { tradeName: string }).tradeName).toBe('Súper García')
    expect(audit[1]?.user).toBe('tester')
    expect(await customerExposure(ctx, customer.id)).toEqual({ balance: 0, creditLimit: 500000, overLimit: false })
  })

  it('searches by prefixes of any word, accents ignored, and pages by name', async () => {
    const ctx = freshCtx()
    await saveCompany(ctx, ES_COMPANY)
    const names = ['Zumos Ñandú', 'Alimentación Pérez', 'Bodegas Ibáñez', 'Café Central', 'Alimentación Ruiz']
    for (const legalName of names) await createCustomer(ctx, customerInput({ legalName, tradeName: '' }))
    expect((await searchCustomers(ctx, 'alim')).map((c) => c.legalName)).toEqual(['Alimentación Pérez', 'Alimentación Ruiz'])
    expect((await searchCustomers(ctx, 'ALIM rui')).map((c) => c.legalName)).toEqual(['Alimentación Ruiz'])
    expect((await searchCustomers(ctx, 'nandu')).map((c) => c.legalName)).toEqual(['Zumos Ñandú'])
    expect((await searchCustomers(ctx, 'C0003')).map((c) => c.legalName)).toEqual(['Bodegas Ibáñez'])
    expect((await searchCustomers(ctx, 'malaga', 2)).length).toBe(2)
    expect((await searchCustomers(ctx, '')).length).toBe(5)
    const page1 = await listCustomersPage(ctx, { limit: 2 })
    const last = page1[1]!
    const page2 = await listCustomersPage(ctx, { limit: 2, afterName: last.legalName, afterId: last.id })
    const page3 = await listCustomersPage(ctx, { limit: 2, afterName: page2[1]!.legalName, afterId: page2[1]!.id })
    expect([...page1, ...page2, ...page3].map((c) => c.legalName)).toEqual([...names].sort())
  })
})

describe('products', () => {
  it('creates with codes, checks the VAT rate of the company country, searches active ones', async () => {
    const ctx = freshCtx()
    await saveCompany(ctx, ES_COMPANY)
    const p = await createProduct(ctx, { name: 'Aceite de oliva 5 L', unit: 'ud', unitPrice: 2495, vatRate: 400 })
    expect(p.code).toBe('P0001')
    await expectRefused(
      ctx,
      () => createProduct(ctx, { name: 'Vino', unit: 'ud', unitPrice: 500, vatRate: 1100 }),
      'data.product.vatRateNotAllowed',
    )
    await expectRefused(ctx, () => createProduct(ctx, { code: 'p0001', name: 'X', unit: 'ud', unitPrice: 1, vatRate: 0 }), 'data.product.codeTaken')
    await createProduct(ctx, { name: 'Aceitunas manzanilla', unit: 'kg', unitPrice: 350, vatRate: 1000 })
    expect((await searchProducts(ctx, 'acei')).map((x) => x.name)).toEqual(['Aceite de oliva 5 L', 'Aceitunas manzanilla'])
    await updateProduct(ctx, p.id, { code: p.code, name: p.name, unit: 'ud', unitPrice: 2495, vatRate: 400, active: false })
    expect((await searchProducts(ctx, 'acei')).map((x) => x.name)).toEqual(['Aceitunas manzanilla'])
    expect((await searchProducts(ctx, '')).map((x) => x.name)).toEqual(['Aceitunas manzanilla'])
    expect((await searchProducts(ctx, 'p0001', 50, { includeInactive: true })).map((x) => x.code)).toEqual(['P0001'])
  })
})
