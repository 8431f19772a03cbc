/**
 * E-invoicing files (ES VERI*FACTU records and event log for an inspection; later RO e-Factura XML): the renderer
 * builds the XML from its data, main writes it where the person chooses in the save dialog. No electron import.
 */
import type { SaveResult } from './channels'

/** Larger exports are split by year in the UI (a year of 20,000 records is about 30 MB). */
export const MAX_XML_CHARS = 120_000_000

export interface SaveXmlRequest {
  /** Suggested file name, ending in .xml (sanitised by main). */
  fileName: string
  xml: string
  /** Dialog title and filter name, in the person's language. */
  title: string
  filterName: string
}

export type SaveXmlResult = SaveResult

/** Many XML files (the unreported invoices) written into a folder the person chooses. */
export const MAX_BATCH_FILES = 500

export interface SaveXmlBatchRequest {
  files: { fileName: string; xml: string }[]
  title: string
}

export type SaveXmlBatchResult = { status: 'saved'; dir: string; paths: string[] } | { status: 'cancelled' }
