/**
 * How a sales register row may travel to main packed (exports:append): an array of its fields in a fixed order,
 * its amounts per VAT rate flattened, and without the sums (base, VAT, recargo, total), which main adds up from
 * the rates itself. The sales register is the export that gets large (every invoice of ten years: 200,000 rows);
 * packed, a row is about a third of its JSON as an object, and cloning it across IPC and checking it in main cost
 * far less (main's check: electron/main/exports/packedSales.ts, held to the row schema of exportSchemas.ts by
 * tests/unit/main/exportsPacked.test.ts). Rows of every kind may still travel as objects. No electron import.
 */
import type { SalesRegisterRow } from '../../renderer/domain/reports/exportRowTypes'

/** The fields of a packed row before its rates, in order. */
export const PACKED_SALES_FIELDS = [
  'docType',
  'date',
  'operationDate',
  'series',
  'number',
  'correctedNumber',
  'customerName',
  'taxId',
  'country',
  'documentCurrency',
  'documentTotal',
  'exchangeRate',
  'cancelledOn',
  'cancelReason',
] as const

/** The fields of one rate, in order: 5 numbers per rate after PACKED_SALES_FIELDS. */
export const PACKED_RATE_FIELDS = ['vatRate', 'recargoRate', 'base', 'vat', 'recargo'] as const

/** Position of each field in a packed row ('date' -> 1), and where the rates start. */
export const PACKED_AT = Object.fromEntries(PACKED_SALES_FIELDS.map((f, i) => [f, i])) as { [F in (typeof PACKED_SALES_FIELDS)[number]]: number }
export const PACKED_RATES_AT = PACKED_SALES_FIELDS.length
export const PER_PACKED_RATE = PACKED_RATE_FIELDS.length

export type PackedSalesRow = [
  docType: SalesRegisterRow['docType'],
  date: SalesRegisterRow['date'],
  operationDate: SalesRegisterRow['operationDate'],
  series: string,
  number: string,
  correctedNumber: string,
  customerName: string,
  taxId: string,
  country: string,
  documentCurrency: SalesRegisterRow['documentCurrency'],
  documentTotal: SalesRegisterRow['documentTotal'],
  exchangeRate: SalesRegisterRow['exchangeRate'],
  cancelledOn: SalesRegisterRow['cancelledOn'],
  cancelReason: string,
  ...byRate: number[],
]

export function packSalesRow(r: SalesRegisterRow): PackedSalesRow {
  const packed: PackedSalesRow = [
    r.docType,
    r.date,
    r.operationDate,
    r.series,
    r.number,
    r.correctedNumber,
    r.customerName,
    r.taxId,
    r.country,
    r.documentCurrency,
    r.documentTotal,
    r.exchangeRate,
    r.cancelledOn,
    r.cancelReason,
  ]
  for (const b of r.byRate) packed.push(b.vatRate, b.recargoRate, b.base, b.vat, b.recargo)
  return packed
}

/** The row a packed row stands for, its sums added up from its rates (the inverse of packSalesRow). */
export function salesRowOf(p: PackedSalesRow): SalesRegisterRow {
  const byRate: SalesRegisterRow['byRate'] = []
  let [base, vat, recargo] = [0, 0, 0]
  for (let j = PACKED_RATES_AT; j < p.length; j += PER_PACKED_RATE) {
    const [vatRate, recargoRate, b, v, r] = p.slice(j, j + PER_PACKED_RATE) as number[]
    byRate.push({ vatRate: vatRate!, recargoRate: recargoRate!, base: b!, vat: v!, recargo: r! })
    base += b!
    vat += v!
    recargo += r!
  }
  const [docType, date, operationDate, series, number, correctedNumber, customerName, taxId, country, documentCurrency, documentTotal, exchangeRate, cancelledOn, cancelReason] = p
  return {
    docType,
    date,
    operationDate,
    series,
    number,
    correctedNumber,
    customerName,
    taxId,
    country,
    byRate,
    base,
    vat,
    recargo,
    total: base + vat + recargo,
    documentCurrency,
    documentTotal,
    exchangeRate,
    cancelledOn,
    cancelReason,
  }
}
