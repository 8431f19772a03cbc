/**
 * Columns of the sales invoice register: what a Spanish "libro registro de facturas expedidas" and a Romanian
 * "jurnal de vânzări" need. Per VAT rate of the export (in the order given at begin): base and VAT, plus recargo
 * for rates whose recargo rate is > 0; then the document totals; then the document's own currency, total and
 * exchange rate (blank for documents in the company currency; never summed); last, when the register holds a
 * cancelled invoice (the begin request says so), when and why it was cancelled (blank on every other row). A cancelled invoice (anulada) reads "Factura anulada" in the type column,
 * with blank rate cells and 0 totals.
 * A row's rate goes to the column of its VAT rate (checks.ts makes sure there is one); the cells of rates the
 * document does not have are blank. Rows are read packed (contract/exportPacking.ts, as checks.ts gives them): the
 * document totals are the sums of its rates.
 */
import { PACKED_AT as AT, PACKED_RATES_AT, PER_PACKED_RATE, type PackedSalesRow } from '../../../contract/exportPacking'
import type { SalesRegisterRow, TaxRateColumn } from '../../../contract/exports'
import type { Language } from '../../../../renderer/domain/types'
import { rateLabel, st } from '../i18n'
import type { ColumnDef } from '../types'

type Row = PackedSalesRow
type Col = ColumnDef<Row>

/** Offsets of the amounts inside a packed rate (after vatRate, recargoRate). */
const BASE = 2
const VAT = 3
const RECARGO = 4
type Amount = typeof BASE | typeof VAT | typeof RECARGO

/** The row's amount at one VAT rate; blank when the document has no such rate (or no recargo at it). */
function amountAt(row: Row, vatRate: number, k: Amount): number | null {
  for (let at = PACKED_RATES_AT; at < row.length; at += PER_PACKED_RATE) {
    if (row[at] === vatRate) return k === RECARGO && row[at + 1] === 0 ? null : (row[at + k] as number)
  }
  return null
}

/** The sum of one amount over the row's rates (the document's base, VAT or recargo). */
function sumOf(row: Row, k: Amount): number {
  let sum = 0
  for (let at = PACKED_RATES_AT; at < row.length; at += PER_PACKED_RATE) sum += row[at + k] as number
  return sum
}

const text = (row: Row, field: keyof typeof AT) => row[AT[field]] as string

export function salesRegisterColumns(lang: Language, rates: readonly TaxRateColumn[], withCancellations = false): Col[] {
  const h = (key: string, params?: Record<string, string>) => st(lang, `columns.salesRegister.${key}`, params)
  const docTypes: Record<SalesRegisterRow['docType'], string> = {
    invoice: st(lang, 'docTypes.invoice'),
    creditNote: st(lang, 'docTypes.creditNote'),
    cancelledInvoice: st(lang, 'docTypes.cancelledInvoice'),
  }
  const cols: Col[] = [
    { id: 'docType', header: h('docType'), type: 'text', width: 20, value: (r) => docTypes[r[AT.docType] as SalesRegisterRow['docType']] },
    { id: 'date', header: h('date'), type: 'date', width: 12, value: (r) => text(r, 'date') },
    { id: 'operationDate', header: h('operationDate'), type: 'date', width: 12, value: (r) => text(r, 'operationDate') },
    { id: 'series', header: h('series'), type: 'text', width: 8, value: (r) => text(r, 'series') },
    { id: 'number', header: h('number'), type: 'text', width: 16, value: (r) => text(r, 'number') },
    { id: 'correctedNumber', header: h('correctedNumber'), type: 'text', width: 16, value: (r) => text(r, 'correctedNumber') },
    { id: 'customer', header: h('customer'), type: 'text', width: 34, value: (r) => text(r, 'customerName') },
    { id: 'taxId', header: h('taxId'), type: 'text', width: 14, value: (r) => text(r, 'taxId') },
    { id: 'country', header: h('country'), type: 'text', width: 7, value: (r) => text(r, 'country') },
  ]
  for (const rate of rates) {
    const v = rate.vatRate
    cols.push(
      { id: `base:${v}`, header: h('base', { rate: rateLabel(lang, v) }), type: 'money', width: 14, value: (r) => amountAt(r, v, BASE) },
      { id: `vat:${v}`, header: h('vat', { rate: rateLabel(lang, v) }), type: 'money', width: 13, value: (r) => amountAt(r, v, VAT) },
    )
    if (rate.recargoRate > 0) {
      cols.push({
        id: `recargo:${v}`,
        header: h('recargo', { rate: rateLabel(lang, rate.recargoRate) }),
        type: 'money',
        width: 13,
        value: (r) => amountAt(r, v, RECARGO),
      })
    }
  }
  cols.push(
    { id: 'base', header: h('totalBase'), type: 'money', width: 15, value: (r) => sumOf(r, BASE) },
    { id: 'vat', header: h('totalVat'), type: 'money', width: 14, value: (r) => sumOf(r, VAT) },
  )
  if (rates.some((r) => r.recargoRate > 0)) {
    cols.push({ id: 'recargo', header: h('totalRecargo'), type: 'money', width: 14, value: (r) => sumOf(r, RECARGO) })
  }
  cols.push(
    { id: 'total', header: h('total'), type: 'money', width: 15, value: (r) => sumOf(r, BASE) + sumOf(r, VAT) + sumOf(r, RECARGO) },
    { id: 'documentCurrency', header: h('documentCurrency'), type: 'text', width: 10, value: (r) => text(r, 'documentCurrency') },
    {
      id: 'documentTotal',
      header: h('documentTotal'),
      type: 'money',
      width: 15,
      noTotal: true,
      value: (r) => r[AT.documentTotal] as number | null,
      currency: (r) => text(r, 'documentCurrency') as SalesRegisterRow['documentCurrency'],
    },
    { id: 'exchangeRate', header: h('exchangeRate'), type: 'number', width: 11, value: (r) => r[AT.exchangeRate] as number | null },
  )
  if (withCancellations) {
    cols.push(
      { id: 'cancelledOn', header: h('cancelledOn'), type: 'date', width: 12, value: (r) => text(r, 'cancelledOn') },
      { id: 'cancelReason', header: h('cancelReason'), type: 'text', width: 30, value: (r) => text(r, 'cancelReason') },
    )
  }
  return cols
}
