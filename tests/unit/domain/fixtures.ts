/** Small builders of valid documents for the domain tests. */
import { computeTotals } from '../../../renderer/domain/tax'
import type { Address, CompanySettings, Invoice, InvoiceLine } from '../../../renderer/domain/types'

export function address(country = 'ES'): Address {
  return { street: 'Calle Mayor 1', city: 'Madrid', postalCode: '28013', region: 'Madrid', country }
}

export function invoiceLine(quantity: number, unitPrice: number, vatRate: number, discount = 0): InvoiceLine {
  return { productId: null, code: 'P1', description: 'Aceite de oliva 1 L', quantity, unit: 'ud', unitPrice, discount, vatRate }
}

export function company(over: Partial<CompanySettings> = {}): CompanySettings {
  return {
    id: 'company',
    legalName: 'Distribuciones Ejemplo SL',
    tradeName: 'Ejemplo',
    taxId: 'B12345674',
    tradeRegister: '',
    address: address('ES'),
    iban: 'ES9121000418450200051332',
    bankName: 'CaixaBank',
    email: 'admin@example.es',
    phone: '+34 910 000 000',
    country: 'ES',
    currency: 'EUR',
    uiLanguage: 'es',
    invoiceSeries: 'F',
    creditNoteSeries: 'R',
    vatRegistered: true,
    logoDataUrl: '',
    defaultTerms: { kind: 'net', days: 30 },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...over,
  }
}

export function roCompany(over: Partial<CompanySettings> = {}): CompanySettings {
  return company({
    legalName: 'Exemplu Distribuție SRL',
    taxId: 'RO14399840',
    tradeRegister: 'J40/1234/2010',
    address: { street: 'Strada Ștefan cel Mare 10', city: 'București', postalCode: '020121', region: 'București', country: 'RO' },
    country: 'RO',
    currency: 'RON',
    uiLanguage: 'ro',
    creditNoteSeries: 'ST',
    ...over,
  })
}

export function invoice(over: Partial<Invoice> = {}): Invoice {
  const lines = over.lines ?? [invoiceLine(3, 1235, 2100), invoiceLine(10, 450, 400)]
  const recargo = over.recargoEquivalencia ?? false
  const totals = over.totals ?? computeTotals(lines, { recargoEquivalencia: recargo })
  return {
    id: 'inv-1',
    lifecycle: 'draft',
    series: 'F',
    year: 2026,
    number: 0,
    fullNumber: '',
    customerId: 'cus-1',
    customer: { legalName: 'Ultramarinos Pérez SL', taxId: 'A28015865', tradeRegister: '', address: address('ES') },
    seller: { legalName: '', taxId: '', tradeRegister: '', address: address('ES') },
    language: 'es',
    currency: 'EUR',
    exchangeRate: null,
    issueDate: '2026-11-23',
    dueDate: '2026-12-23',
    terms: { kind: 'net', days: 30 },
    paymentDays: [],
    earlyDiscount: null,
    recargoEquivalencia: recargo,
    lines,
    totals,
    deliveryDate: '',
    deliveryNoteNumber: '',
    deliveryAddress: null,
    poNumber: '',
    contractRef: '',
    notes: '',
    paidAmount: 0,
    discountTaken: 0,
    creditedAmount: 0,
    openAmount: totals.total,
    isOpen: 0,
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
    issuedAt: '',
    ...over,
  }
}
