/**
 * Column definitions shared by the XLSX and CSV writers: what a sheet of one export kind looks like, independent of
 * the file format. A column reads one cell from a row; the writers turn it into a typed cell. No electron import.
 */
import type { PackedSalesRow } from '../../contract/exportPacking'
import type { ExportKind, ExportRowsByKind } from '../../contract/exports'
import type { CurrencyCode, Language } from '../../../renderer/domain/types'

/** The rows a writer gets, per kind: as checked (checks.ts), sales register rows packed. */
export type WrittenRowsByKind = Omit<ExportRowsByKind, 'salesRegister'> & { salesRegister: PackedSalesRow }
export type WrittenRow = WrittenRowsByKind[ExportKind]

/**
 * text     a string (written as-is in XLSX; guarded against formula injection in CSV)
 * date     'YYYY-MM-DD' or '' (a real date cell)
 * money    integer cents (a number with the currency format; summed in the totals row unless `noTotal`)
 * integer  a whole number
 * percent  basis points (written as a fraction with a percent format)
 * number   any finite number (e.g. an exchange rate)
 */
export type ColumnType = 'text' | 'date' | 'money' | 'integer' | 'percent' | 'number'

/** What a column reads from a row: null (or '') leaves the cell empty. */
export type CellInput = string | number | null

export interface ColumnDef<R> {
  /** Stable id, e.g. 'base:2100' (used by tests and for debugging). */
  id: string
  /** Translated header text. */
  header: string
  type: ColumnType
  /** Width in characters (XLSX). */
  width: number
  /** Money columns that must not be summed (balances, limits, amounts in another currency). */
  noTotal?: boolean
  value(row: R): CellInput
  /** Money in a currency other than the sheet's (per row); '' or absent: the sheet currency. */
  currency?(row: R): CurrencyCode | ''
}

/** Everything a writer needs to lay out one sheet. */
export interface SheetLayout<R> {
  language: Language
  currency: CurrencyCode
  sheetName: string
  title: string[]
  totalsLabel: string
  columns: ColumnDef<R>[]
}

/** A streaming writer of one sheet into a file; rows are validated before they reach it. */
export interface SheetWriter<R> {
  /** Writes the rows (in order) and resolves once they are handed to the file. */
  write(rows: readonly R[]): Promise<void>
  /** Writes the totals (XLSX), closes the file and resolves when every byte is on disk. */
  finish(): Promise<void>
  /** Stops writing and closes the file (the caller deletes it). Never throws. */
  abort(): Promise<void>
}
