/** A small book of customers, open invoices, payers and promises for the matching tests. */
import type { BankLine } from '../../../../renderer/domain/bank/types'
import type { MatchCustomer, MatchInvoice, MatchPromise } from '../../../../renderer/domain/bank/matching'
import type { EarlyPaymentDiscount } from '../../../../renderer/domain/types'

export function customer(id: string, legalName: string, tradeName = '', taxId = ''): MatchCustomer {
  return { id, code: id.toUpperCase(), legalName, tradeName, taxId }
}

export function invoice(
  id: string,
  customerId: string,
  number: number,
  openAmount: number,
  dueDate: string,
  over: { total?: number; issueDate?: string; earlyDiscount?: EarlyPaymentDiscount | null; currency?: 'EUR' | 'RON' } = {},
): MatchInvoice {
  const total = over.total ?? openAmount
  return {
    id,
    fullNumber: `F2026-${String(number).padStart(6, '0')}`,
    customerId,
    currency: over.currency ?? 'EUR',
    openAmount,
    issueDate: over.issueDate ?? '2026-09-01',
    dueDate,
    earlyDiscount: over.earlyDiscount ?? null,
    totals: { base: total, vat: 0, recargo: 0, total, byRate: [] },
    discountTaken: 0,
  }
}

export function credit(amount: number, over: Partial<BankLine> = {}): BankLine {
  return {
    seq: 1,
    bookingDate: '2026-11-10',
    valueDate: '2026-11-10',
    amount,
    currency: 'EUR',
    remittance: '',
    counterpartyName: '',
    counterpartyIban: '',
    counterpartyTaxId: '',
    bankReference: 'REF-0001',
    typeCode: '02',
    ...over,
  }
}

export const IBAN_B = 'ES91 2100 0418 4502 0005 1332'
export const IBAN_NEW = 'ES7921000813610123456789'

export const customers: MatchCustomer[] = [
  customer('cA', 'Distribuciones Núñez, S.L.', 'Núñez Distribución', 'B12345674'),
  customer('cB', 'Restaurante Casa Pepe SL', 'Casa Pepe'),
  customer('cC', 'Mureșan Trans S.R.L.', 'Mureșan Trans', 'RO14399840'),
  customer('cD', 'Bar El Puerto', 'El Puerto'),
]

export const openInvoices: MatchInvoice[] = [
  invoice('a123', 'cA', 123, 121000, '2026-10-15'),
  invoice('a124', 'cA', 124, 60500, '2026-10-30'),
  invoice('a130', 'cA', 130, 24200, '2026-11-20'),
  invoice('b200', 'cB', 200, 50000, '2026-09-30'),
  invoice('b201', 'cB', 201, 30000, '2026-10-10'),
  invoice('b202', 'cB', 202, 20000, '2026-10-20'),
  // 2 % off when paid within 10 days of 2026-11-01 (by 2026-11-11): 1.000,00 -> 980,00.
  invoice('c400', 'cC', 400, 100000, '2026-12-01', { issueDate: '2026-11-01', earlyDiscount: { percent: 200, days: 10 } }),
  invoice('d300', 'cD', 300, 50000, '2026-10-05'),
  invoice('d301', 'cD', 301, 40000, '2026-10-25'),
]

export const promises: MatchPromise[] = [
  { id: 'p1', customerId: 'cD', type: 'promise', outcome: '', promiseDate: '2026-11-09', promiseAmount: 33333, invoiceIds: ['d301'] },
]

export const knownPayers = [{ customerId: 'cB', iban: IBAN_B }]

export const settledInvoices = [{ id: 'a100', fullNumber: 'F2026-000100', customerId: 'cA' }]
