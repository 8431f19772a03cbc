/** Columns of the payments register, the credit-note register and the customer list. */
import type { CreditNoteRegisterRow, CustomerExportRow, PaymentRegisterRow } from '../../../contract/exports'
import type { Language } from '../../../../renderer/domain/types'
import { st } from '../i18n'
import type { ColumnDef } from '../types'

export function paymentColumns(lang: Language): ColumnDef<PaymentRegisterRow>[] {
  const h = (key: string) => st(lang, `columns.payments.${key}`)
  return [
    { id: 'date', header: h('date'), type: 'date', width: 12, value: (r) => r.date },
    { id: 'customerCode', header: h('customerCode'), type: 'text', width: 11, value: (r) => r.customerCode },
    { id: 'customer', header: h('customer'), type: 'text', width: 34, value: (r) => r.customerName },
    { id: 'taxId', header: h('taxId'), type: 'text', width: 14, value: (r) => r.taxId },
    { id: 'method', header: h('method'), type: 'text', width: 16, value: (r) => st(lang, `paymentMethods.${r.method}`) },
    { id: 'reference', header: h('reference'), type: 'text', width: 22, value: (r) => r.reference },
    { id: 'amount', header: h('amount'), type: 'money', width: 15, value: (r) => r.amount },
    { id: 'allocated', header: h('allocated'), type: 'money', width: 15, value: (r) => r.allocated },
    { id: 'discount', header: h('discount'), type: 'money', width: 14, value: (r) => r.discount },
    { id: 'unallocated', header: h('unallocated'), type: 'money', width: 14, value: (r) => r.unallocated },
    { id: 'invoices', header: h('invoices'), type: 'text', width: 40, value: (r) => r.invoices },
  ]
}

export function creditNoteColumns(lang: Language): ColumnDef<CreditNoteRegisterRow>[] {
  const h = (key: string) => st(lang, `columns.creditNotes.${key}`)
  return [
    { id: 'date', header: h('date'), type: 'date', width: 12, value: (r) => r.date },
    { id: 'number', header: h('number'), type: 'text', width: 16, value: (r) => r.number },
    { id: 'correctedNumber', header: h('correctedNumber'), type: 'text', width: 16, value: (r) => r.correctedNumber },
    { id: 'customer', header: h('customer'), type: 'text', width: 34, value: (r) => r.customerName },
    { id: 'taxId', header: h('taxId'), type: 'text', width: 14, value: (r) => r.taxId },
    { id: 'reason', header: h('reason'), type: 'text', width: 36, value: (r) => r.reason },
    { id: 'base', header: h('base'), type: 'money', width: 15, value: (r) => r.base },
    { id: 'vat', header: h('vat'), type: 'money', width: 14, value: (r) => r.vat },
    { id: 'recargo', header: h('recargo'), type: 'money', width: 14, value: (r) => r.recargo },
    { id: 'total', header: h('total'), type: 'money', width: 15, value: (r) => r.total },
  ]
}

/** Credit limits are not summed (a sum of limits means nothing); balances and overdue amounts are. */
export function customerColumns(lang: Language): ColumnDef<CustomerExportRow>[] {
  const h = (key: string) => st(lang, `columns.customers.${key}`)
  return [
    { id: 'code', header: h('code'), type: 'text', width: 10, value: (r) => r.code },
    { id: 'legalName', header: h('legalName'), type: 'text', width: 34, value: (r) => r.legalName },
    { id: 'tradeName', header: h('tradeName'), type: 'text', width: 24, value: (r) => r.tradeName },
    { id: 'taxId', header: h('taxId'), type: 'text', width: 14, value: (r) => r.taxId },
    { id: 'country', header: h('country'), type: 'text', width: 7, value: (r) => r.country },
    { id: 'city', header: h('city'), type: 'text', width: 18, value: (r) => r.city },
    { id: 'email', header: h('email'), type: 'text', width: 26, value: (r) => r.email },
    { id: 'phone', header: h('phone'), type: 'text', width: 15, value: (r) => r.phone },
    { id: 'terms', header: h('terms'), type: 'text', width: 24, value: (r) => r.terms },
    { id: 'creditLimit', header: h('creditLimit'), type: 'money', width: 15, noTotal: true, value: (r) => r.creditLimit },
    { id: 'balance', header: h('balance'), type: 'money', width: 15, value: (r) => r.balance },
    { id: 'overdue', header: h('overdue'), type: 'money', width: 15, value: (r) => r.overdue },
    { id: 'language', header: h('language'), type: 'text', width: 12, value: (r) => st(lang, `languages.${r.language}`) },
    { id: 'collectionProfile', header: h('collectionProfile'), type: 'text', width: 18, value: (r) => r.collectionProfile },
  ]
}
