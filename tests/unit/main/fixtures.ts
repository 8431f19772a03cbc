/**
 * Fixture documents for the main-process tests and sample PDFs: a Spanish wholesaler invoicing a retailer under
 * recargo de equivalencia, a Romanian wholesaler invoicing in EUR, and a Spanish credit note.
 * Totals come from the domain's computeTotals (checked by hand in documents.test.ts).
 */
import { computeTotals } from '../../../renderer/domain/tax'
import type { Address, CompanySettings, CreditNote, Invoice, InvoiceLine } from '../../../renderer/domain/types'

const STAMP = '2026-11-23T09:00:00.000Z'

export const addressES: Address = { street: 'Calle de Colón 14, 2.º', city: 'Valencia', postalCode: '46004', region: 'Valencia', country: 'ES' }
export const addressRO: Address = { street: 'Str. Ștefan cel Mare nr. 12', city: 'București', postalCode: '020123', region: 'Sector 2', country: 'RO' }

export function companyES(overrides: Partial<CompanySettings> = {}): CompanySettings {
  return {
    id: 'company',
    legalName: 'Distribuciones Levante S.L.',
    tradeName: 'Levante Distribuciones',
    taxId: 'B12345674',
    tradeRegister: 'R.M. Valencia, T. 9876, F. 12, H. V-54321',
    address: addressES,
    iban: 'ES9121000418450200051332',
    bankName: 'CaixaBank',
    email: 'administracion@levante-distribuciones.es',
    phone: '+34 963 123 456',
    country: 'ES',
    currency: 'EUR',
    uiLanguage: 'es',
    invoiceSeries: 'F',
    creditNoteSeries: 'R',
    vatRegistered: true,
    logoDataUrl: '',
    defaultTerms: { kind: 'net', days: 30 },
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  }
}

export function companyRO(overrides: Partial<CompanySettings> = {}): CompanySettings {
  return {
    ...companyES(),
    legalName: 'Distribuție Carpați S.R.L.',
    tradeName: 'Carpați Distribuție',
    taxId: 'RO18765430',
    tradeRegister: 'J40/12345/2015',
    address: addressRO,
    iban: 'RO49AAAA1B31007593840000',
    bankName: 'Banca Transilvania',
    email: 'contabilitate@carpati-distributie.ro',
    phone: '+40 21 312 45 67',
    country: 'RO',
    currency: 'RON',
    uiLanguage: 'ro',
    invoiceSeries: 'CDB',
    creditNoteSeries: 'ST',
    ...overrides,
  }
}

export const linesES: InvoiceLine[] = [
  { productId: 'p1', code: 'ACE-001', description: 'Aceite de oliva virgen extra, garrafa 5 L', quantity: 12, unit: 'ud', unitPrice: 2895, discount: 0, vatRate: 400 },
  { productId: 'p2', code: 'CAF-010', description: 'Café molido natural 1 kg', quantity: 24, unit: 'ud', unitPrice: 1149, discount: 500, vatRate: 1000 },
  { productId: 'p3', code: 'QUE-230', description: 'Queso manchego curado (al corte)', quantity: 7.35, unit: 'kg', unitPrice: 1890, discount: 0, vatRate: 400 },
  { productId: 'p4', code: 'LIM-005', description: 'Bolsas de basura 100 u., rollo industrial', quantity: 50, unit: 'ud', unitPrice: 325, discount: 1000, vatRate: 2100 },
  { productId: 'p5', code: 'MEN-900', description: 'Lote de menaje de cocina para hostelería (ollas, sartenes y utensilios)', quantity: 3, unit: 'lote', unitPrice: 45900, discount: 0, vatRate: 2100 },
]

/** A fresh deep copy each call, so a test may mutate it. */
export function invoiceES(overrides: Partial<Invoice> = {}): Invoice {
  const lines = structuredClone(overrides.lines ?? linesES)
  const recargo = overrides.recargoEquivalencia ?? true
  const totals = computeTotals(lines, { recargoEquivalencia: recargo })
  return structuredClone({
    id: 'inv-es-1',
    lifecycle: 'issued',
    series: 'F',
    year: 2026,
    number: 1,
    fullNumber: 'F2026-000001',
    customerId: 'cust-1',
    customer: {
      legalName: 'Ultramarinos Ñuñez Pérez',
      taxId: '12345678Z',
      tradeRegister: '',
      address: { street: 'Avenida del Puerto 221, bajo', city: 'Valencia', postalCode: '46023', region: 'Valencia', country: 'ES' },
    },
    seller: { legalName: 'Distribuciones Levante S.L.', taxId: 'B12345674', tradeRegister: 'R.M. Valencia, T. 9876, F. 12, H. V-54321', address: addressES },
    language: 'es',
    currency: 'EUR',
    exchangeRate: null,
    issueDate: '2026-11-23',
    dueDate: '2026-12-23',
    terms: { kind: 'net', days: 30 },
    paymentDays: [],
    earlyDiscount: { percent: 300, days: 10 },
    recargoEquivalencia: recargo,
    deliveryDate: '2026-11-20',
    deliveryNoteNumber: 'ALB-2026-0457',
    deliveryAddress: { street: 'Calle Mayor 3', city: 'Burjassot', postalCode: '46100', region: 'Valencia', country: 'ES' },
    poNumber: 'PED-88231',
    contractRef: 'CM-2025/14',
    notes: 'Mercancía entregada en la tienda de Burjassot. Horario de descarga: de 8:00 a 11:00.',
    paidAmount: 0,
    discountTaken: 0,
    creditedAmount: 0,
    openAmount: totals.total,
    isOpen: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    issuedAt: STAMP,
    ...overrides,
    lines,
    totals: overrides.totals ?? totals,
  })
}

export const linesRO: InvoiceLine[] = [
  { productId: 'r1', code: 'ULE-050', description: 'Ulei de floarea-soarelui 5 L', quantity: 40, unit: 'buc', unitPrice: 1260, discount: 0, vatRate: 1100 },
  { productId: 'r2', code: 'ZAH-001', description: 'Zahăr tos 1 kg, bax 10 buc.', quantity: 25, unit: 'bax', unitPrice: 975, discount: 250, vatRate: 1100 },
  { productId: 'r3', code: 'DET-300', description: 'Detergent lichid pentru vase 5 L', quantity: 18, unit: 'buc', unitPrice: 890, discount: 0, vatRate: 2100 },
  { productId: 'r4', code: 'ECH-777', description: 'Raft metalic pentru depozit, 5 polițe', quantity: 4, unit: 'buc', unitPrice: 31450, discount: 500, vatRate: 2100 },
]

export function invoiceRO(overrides: Partial<Invoice> = {}): Invoice {
  const lines = structuredClone(overrides.lines ?? linesRO)
  const totals = computeTotals(lines, { recargoEquivalencia: false })
  return structuredClone({
    ...invoiceES(),
    id: 'inv-ro-1',
    series: 'CDB',
    number: 42,
    fullNumber: 'CDB2026-000042',
    customerId: 'cust-ro-1',
    customer: {
      legalName: 'Magazinul Țărănesc S.R.L.',
      taxId: '34567892',
      tradeRegister: 'J12/3456/2019',
      address: { street: 'Bd. 21 Decembrie 1989 nr. 77', city: 'Cluj-Napoca', postalCode: '400124', region: 'Cluj', country: 'RO' },
    },
    seller: { legalName: 'Distribuție Carpați S.R.L.', taxId: 'RO18765430', tradeRegister: 'J40/12345/2015', address: addressRO },
    language: 'ro',
    currency: 'EUR',
    exchangeRate: 4.975,
    issueDate: '2026-11-23',
    dueDate: '2027-01-15',
    terms: { kind: 'net', days: 45 },
    paymentDays: [15, 30],
    earlyDiscount: null,
    recargoEquivalencia: false,
    deliveryDate: '2026-11-23',
    deliveryNoteNumber: 'AV-2026-1187',
    deliveryAddress: null,
    poNumber: '',
    contractRef: 'Contract cadru 17/2025',
    notes: '',
    openAmount: totals.total,
    ...overrides,
    lines,
    totals: overrides.totals ?? totals,
  })
}

export function creditNoteES(overrides: Partial<CreditNote> = {}): CreditNote {
  const lines: InvoiceLine[] = [
    { productId: 'p5', code: 'MEN-900', description: 'Lote de menaje de cocina para hostelería (ollas, sartenes y utensilios)', quantity: 1, unit: 'lote', unitPrice: 45900, discount: 0, vatRate: 2100 },
    { productId: 'p2', code: 'CAF-010', description: 'Café molido natural 1 kg', quantity: 4, unit: 'ud', unitPrice: 1149, discount: 500, vatRate: 1000 },
  ]
  const inv = invoiceES()
  return structuredClone({
    id: 'cn-es-1',
    series: 'R',
    year: 2026,
    number: 3,
    fullNumber: 'R2026-000003',
    invoiceId: inv.id,
    invoiceNumber: inv.fullNumber,
    customerId: inv.customerId,
    customer: inv.customer,
    seller: inv.seller,
    language: 'es',
    currency: 'EUR',
    exchangeRate: null,
    issueDate: '2026-11-30',
    reason: 'Devolución de mercancía dañada en el transporte (1 lote de menaje y 4 paquetes de café).',
    lines,
    totals: computeTotals(lines, { recargoEquivalencia: true }),
    recargoEquivalencia: true,
    createdAt: STAMP,
    ...overrides,
  })
}

/** A small PNG logo (330x90, badge and the word LEVANTE) as a data URL. */
export const LOGO_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAUoAAABaCAYAAADeiB8qAAACr0lEQVR42u3dwW2EQAxA0e0kfeSQVlJaWksn5B4pCsIGezwP6d9WQgvoLdphhtdxHC9J0t85CJIESkkCpSSBUpLGQPn2/nlMygUiKQTlNBThKSkNyl2BBKYESkjCUlIUSjDCUgIlJGEp6RqUIISlBEpIwlISKEEp6RYowQdLSaAEpSRQglISKEEpCZSglNQUSuDBUtLGUH5/fYBSEih/w/hfoJRUCuXZrQLIu8CMnJAqeKv+kuh0/J4451Xft9P5XfHGZCSUV5DMxBKUoAQlKFtDGUEyC0tQghKUoGwLZQaSGViCEpSgBGVLKDORjGIJSlCCEpSg3ATKFffbHegp8Ha/rkD5EJIRLIEFSlCCEpSgBCUoQQlKUIISlKAEJShBCUpQ7gPlnUhexRJYoIzud8WnBkDpjhKUoAQlKEEJSlCCEpSgBCUoQQlKUILSfkEJSlCambPQFEZT+vJhW/H6m7LWKyhBCUpQgtLqQVYPAiUoQQlK61GCEpSgBKUVzkEJSlCCMhlK78xZe3SyCp3Jo+1GvUE56i2MoAQlKEH5OJSrvdcblKAEJSjLoey+ND0oQQlKUIISlKAEJShBCUpQghKUoAQlKEEJSlCCEpSgBCUoQQlKUIISlKAEJShBCcqtoKyaWjf5BwSUa05hrIIXlKAEJShBCUpQghKUoAQlKEEJSlCCEpSgBCUoQQlKSUa9+22glARKUEoCJSglgRKUkkAJSkmgBKUkUIISlBIoQQlKCZRVT9NPLnJCrryPXNo5UIJSEihBCUoJlKAEpQRKGcyRthzMgSUkJYESlJJACUpJoASlJFCCUlJzKGEJSUmgBKWkOJSwhKSkE1DCEpISKE9+EIiQlEAJS0hKikMJS0hKoAQmICXlQbkDni4QSelQShIoJQmUkiRQShIoJSm3H2dmtC14/ZkpAAAAAElFTkSuQmCC'
