/**
 * Reading a bank statement file the person chooses (Norma 43, MT940, camt.053, CSV or XLSX). Main only reads: it
 * shows the open dialog, refuses files that are too big, and hands the renderer the bytes (base64, so the message
 * survives any transport) or, for XLSX, the first worksheet's cells as text. Parsing, validation and matching are
 * pure domain code in the renderer (renderer/domain/bank). No electron import.
 */
export const MAX_STATEMENT_BYTES = 20 * 1024 * 1024
export const MAX_STATEMENT_ROWS = 200_000

export interface OpenStatementRequest {
  /** Dialog title and file-type label in the UI language (the renderer translates). */
  title: string
  filterName: string
}

export type StatementFileContent =
  | { kind: 'bytes'; base64: string }
  /** XLSX: first worksheet, one array of cell texts per row (dates as 'YYYY-MM-DD', numbers with a '.' decimal point). */
  | { kind: 'rows'; rows: string[][] }

export type OpenStatementResult =
  | { status: 'cancelled' }
  | { status: 'opened'; fileName: string; size: number; content: StatementFileContent }
