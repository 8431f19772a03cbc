/**
 * VERI*FACTU invoice records (Real Decreto 1007/2023, Orden HAC/1177/2024) as Cobro keeps them: Cobro runs offline,
 * so it is a billing system that does NOT send records to the tax agency ("sistema no VERI*FACTU"). Such a system
 * must keep, on the PC, a chained registration record for every invoice it issues (alta), a cancellation record
 * when one is cancelled (anulación), and a chained event log; it must print the agency's QR on every invoice and
 * export records and events as XML on request. Nothing here claims certification.
 */
import type { Cents, IsoDate, IsoDateTime, TaxBreakdownRow } from '../../types'

/** F1 full invoice; F2 simplified; R1-R5 corrective invoices (rectificativas) by LIVA art. 80 ground. */
export type TipoFactura = 'F1' | 'F2' | 'R1' | 'R2' | 'R3' | 'R4' | 'R5'

/** A registration record (registro de facturación): 'alta' on issue, 'anulacion' when the invoice is cancelled. */
export interface FiscalRecord {
  /** Position in the chain, 1-based, gapless. */
  seq: number
  kind: 'alta' | 'anulacion'
  /** The invoice or credit note it registers. */
  documentId: string
  documentKind: 'invoice' | 'creditNote'
  /** IDEmisorFactura: the seller's NIF, without the ES prefix. */
  issuerNif: string
  /** NumSerieFactura: series and number as printed. */
  number: string
  issueDate: IsoDate
  tipo: TipoFactura
  /** For corrective invoices: the invoice corrected ('' otherwise) and 'I' (by differences). */
  corrects: { number: string; issueDate: IsoDate } | null
  /** CuotaTotal (VAT + recargo de equivalencia) and ImporteTotal, in cents; negative on a credit note. */
  taxTotal: Cents
  total: Cents
  /** Per VAT rate (Desglose): base, VAT and recargo, negative on a credit note. */
  breakdown: TaxBreakdownRow[]
  buyer: { nif: string; name: string } | null
  description: string
  /** FechaHoraHusoGenRegistro: local time with its offset, e.g. 2026-12-07T10:15:00+01:00. */
  generatedAt: string
  /** Huella of the previous record ('' for the first) and this record's huella (SHA-256, upper-case hex). */
  previousHash: string
  hash: string
  createdAt: IsoDateTime
  user: string
}

/** Event types of a non-VERI*FACTU system's event log (codes of the agency's schema). */
export const FISCAL_EVENT_TYPES = {
  start: '01',
  stop: '02',
  anomalyCheckRecords: '03',
  anomalyRecords: '04',
  anomalyCheckEvents: '05',
  anomalyEvents: '06',
  backupRestored: '07',
  recordsExported: '08',
  eventsExported: '09',
  summary: '10',
  other: '90',
} as const
export type FiscalEventType = keyof typeof FISCAL_EVENT_TYPES

export interface FiscalEvent {
  seq: number
  type: FiscalEventType
  /** What happened, in plain words (e.g. the first broken record). */
  detail: string
  issuerNif: string
  /** The software that wrote it, as hashed (kept on the row: a new version must not break older events). */
  software: SoftwareId
  generatedAt: string
  previousHash: string
  hash: string
  createdAt: IsoDateTime
  user: string
}

/** The billing software as the records name it (SistemaInformatico). */
export interface SoftwareId {
  producerName: string
  producerNif: string
  name: string
  id: string
  version: string
  installation: string
}
