/** Where a Romanian document stands in e-Factura: issued (to report), its XML saved, or reported with the index. */
import type { Cents, CurrencyCode, IsoDate, IsoDateTime } from '../../types'

export type ReportState = 'pending' | 'exported' | 'reported'

export interface EInvoiceReport {
  documentId: string
  documentKind: 'invoice' | 'creditNote'
  number: string
  issueDate: IsoDate
  customerName: string
  total: Cents
  currency: CurrencyCode
  /** The last day to report it (reportingDeadline). */
  deadline: IsoDate
  state: ReportState
  exportedAt: IsoDateTime | ''
  /** The upload index (index de încărcare) SPV returned. */
  uploadIndex: string
  reportedAt: IsoDateTime | ''
}

/** SPV's upload index: digits only (e.g. 5000123456). */
export const UPLOAD_INDEX = /^\d{6,20}$/
