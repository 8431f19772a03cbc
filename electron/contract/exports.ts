/**
 * The accountant's exports (XLSX through exceljs' streaming WorkbookWriter, or CSV), written by the main process.
 * The data lives in the renderer (IndexedDB), so an export is a short conversation that never holds the whole
 * sheet in one message:
 *   1. `exports:begin`  — main asks where to save (or picks the documents folder), opens a temp file next to the
 *                         target and a writer; returns an exportId (or 'cancelled').
 *   2. `exports:append` — the renderer sends rows in chunks (1..5,000 rows each, in sheet order; sales register
 *                         rows packed as arrays, exportPacking.ts); main validates each chunk and streams it to
 *                         disk, keeping running totals of the money columns. The renderer may send the next chunk
 *                         before the previous one is written: main takes an export's calls one after the other.
 *   3. `exports:finish` — main writes the totals row, closes the file and moves it into place (a half-written file
 *                         never appears under the chosen name); optionally opens it.
 *      `exports:abort`  — drops the temp file (the renderer failed reading its data, or the user cancelled).
 * Money travels in integer cents and is written as numbers with a currency format (euros / lei, 2 decimals);
 * dates travel as 'YYYY-MM-DD' and are written as real dates; headers and enum values are translated by main
 * into `language`. No electron import.
 */
import type {
  AgingExportRow,
  CreditNoteRegisterRow,
  CustomerExportRow,
  PaymentRegisterRow,
  RateColumn,
  SalesRegisterRow,
  StatementExportRow,
} from '../../renderer/domain/reports/exportRowTypes'
import type { CurrencyCode, Language } from '../../renderer/domain/types'
import type { SaveMode, SaveResult } from './channels'
import type { PackedSalesRow } from './exportPacking'

export type ExportKind = 'salesRegister' | 'payments' | 'creditNotes' | 'aging' | 'customers' | 'statement'
export type ExportFormat = 'xlsx' | 'csv'

/** The row shapes are the domain's (renderer/domain/reports/exportRowTypes.ts, built by exportRows.ts). */
export type TaxRateColumn = RateColumn
export type {
  AgingExportRow,
  CreditNoteRegisterRow,
  CustomerExportRow,
  PaymentRegisterRow,
  SalesRegisterRow,
  StatementExportRow,
}

export interface ExportBeginRequest {
  kind: ExportKind
  format: ExportFormat
  /** Language of the headers and translated values (the UI language of the person exporting). */
  language: Language
  /** The company's currency: every money cell of the sheet is in it. */
  currency: CurrencyCode
  /** File name without extension, e.g. 'Libro registro facturas expedidas 2026-T1' (sanitized by main). */
  fileName: string
  mode: SaveMode
  /** Lines printed above the table in XLSX (company, tax id, period...); ignored in CSV. 0..6 lines. */
  title: string[]
  /** salesRegister only (required there): the rates that get their own columns, in column order. */
  rates?: TaxRateColumn[]
  /**
   * salesRegister only: the export holds cancelled invoices, so the sheet gets the "cancelled on" and "reason"
   * columns (without it a cancelled invoice's row is refused; a register without one has no such columns).
   */
  cancellations?: boolean
  /** aging only (required there): the bucket bounds, e.g. [0, 30, 60, 90]. */
  bounds?: number[]
}

export type ExportBeginResult = { status: 'started'; exportId: string } | { status: 'cancelled' }

export interface ExportRowsByKind {
  salesRegister: SalesRegisterRow
  payments: PaymentRegisterRow
  creditNotes: CreditNoteRegisterRow
  aging: AgingExportRow
  customers: CustomerExportRow
  statement: StatementExportRow
}

/** A row as it travels: an object of its kind, or a packed sales register row (exportPacking.ts). */
export type ExportWireRow = ExportRowsByKind[ExportKind] | PackedSalesRow

/** A chunk of rows, all of the kind the export was begun with (main checks it). */
export interface ExportAppendRequest {
  exportId: string
  rows: ExportWireRow[]
}

export interface ExportAppendResult {
  rowsWritten: number
}

export interface ExportFinishRequest {
  exportId: string
  /** Open the finished file with the system's spreadsheet program. */
  open: boolean
}

/** SaveResult of the finished file, with how many data rows it holds. */
export type ExportFinishResult = Extract<SaveResult, { status: 'saved' }> & { rows: number }

export interface ExportAbortRequest {
  exportId: string
}
