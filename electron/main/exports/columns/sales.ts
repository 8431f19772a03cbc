/**
 * Columns of the sales invoice register: what a Spanish "libro registro de facturas expedidas" and a Romanian
 * "jurnal de vânzări" need. Per VAT rate of the export (in the order given at begin): base and VAT, plus recargo
 * for rates whose recargo rate is > 0; then the document totals; then the document's own currency, total and
 * exchange rate (blank for documents in the company currency; never summed).
 * A row's byRate entry goes to the column of its VAT rate (checks.ts makes sure there is one); the cells of rates
 * the document does not have are blank.
 */
import type { SalesRegisterRow, TaxRateColumn } from '../../../contract/exports'
import type { Language } from '../../../../renderer/domain/types'
import { rateLabel, st } from '../i18n'
import type { ColumnDef } from '../types'

type Col = ColumnDef<SalesRegisterRow>

/** The row's amount at one VAT rate; blank when the document has no such rate (or no recargo at it). */
function amountAt(row: SalesRegisterRow, vatRate: number, k: 'base' | 'vat' | 'recargo'): number | null {
  // A loop, not find(): this runs for every rate column of every row of a register of 200,000 rows.
  for (const at of row.byRate) if (at.vatRate === vatRate) return k === 'recargo' && at.recargoRate === 0 ? null : at[k]
  return null
}

export function salesRegisterColumns(lang: Language, rates: readonly TaxRateColumn[]): Col[] {
  const h = (key: string, params?: Record<string, string>) => st(lang, `columns.salesRegister.${key}`, params)
  const docTypes = { invoice: st(lang, 'docTypes.invoice'), creditNote: st(lang, 'docTypes.creditNote') }
  const cols: Col[] = [
    { id: 'docType', header: h('docType'), type: 'text', width: 20, value: (r) => docTypes[r.docType] },
    { id: 'date', header: h('date'), type: 'date', width: 12, value: (r) => r.date },
    { id: 'operationDate', header: h('operationDate'), type: 'date', width: 12, value: (r) => r.operationDate },
    { id: 'series', header: h('series'), type: 'text', width: 8, value: (r) => r.series },
    { id: 'number', header: h('number'), type: 'text', width: 16, value: (r) => r.number },
    { id: 'correctedNumber', header: h('correctedNumber'), type: 'text', width: 16, value: (r) => r.correctedNumber },
    { id: 'customer', header: h('customer'), type: 'text', width: 34, value: (r) => r.customerName },
    { id: 'taxId', header: h('taxId'), type: 'text', width: 14, value: (r) => r.taxId },
    { id: 'country', header: h('country'), type: 'text', width: 7, value: (r) => r.country },
  ]
  for (const rate of rates) {
    const v = rate.vatRate
    cols.push(
      { id: `base:${v}`, header: h('base', { rate: rateLabel(lang, v) }), type: 'money', width: 14, value: (r) => amountAt(r, v, 'base') },
      { id: `vat:${v}`, header: h('vat', { rate: rateLabel(lang, v) }), type: 'money', width: 13, value: (r) => amountAt(r, v, 'vat') },
    )
    if (rate.recargoRate > 0) {
      cols.push({
        id: `recargo:${v}`,
        header: h('recargo', { rate: rateLabel(lang, rate.recargoRate) }),
        type: 'money',
        width: 13,
        value: (r) => amountAt(r, v, 'recargo'),
      })
    }
  }
  cols.push(
    { id: 'base', header: h('totalBase'), type: 'money', width: 15, value: (r) => r.base },
    { id: 'vat', header: h('totalVat'), type: 'money', width: 14, value: (r) => r.vat },
  )
  if (rates.some((r) => r.recargoRate > 0)) {
    cols.push({ id: 'recargo', header: h('totalRecargo'), type: 'money', width: 14, value: (r) => r.recargo })
  }
  cols.push(
    { id: 'total', header: h('total'), type: 'money', width: 15, value: (r) => r.total },
    { id: 'documentCurrency', header: h('documentCurrency'), type: 'text', width: 10, value: (r) => r.documentCurrency },
    {
      id: 'documentTotal',
      header: h('documentTotal'),
      type: 'money',
      width: 15,
      noTotal: true,
      value: (r) => r.documentTotal,
      currency: (r) => r.documentCurrency,
    },
    { id: 'exchangeRate', header: h('exchangeRate'), type: 'number', width: 11, value: (r) => r.exchangeRate },
  )
  return cols
}
