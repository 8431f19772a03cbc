/**
 * The huella (fingerprint) of records and events, exactly as the agency's "Detalle de las especificaciones técnicas
 * para generación de la huella o hash": the named fields joined as `name=value` with '&', values trimmed, UTF-8,
 * SHA-256, upper-case hex. Synchronous (@noble/hashes): it runs inside the IndexedDB transaction that issues the
 * invoice, where awaiting WebCrypto would let the transaction commit early.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { aeatAmount, aeatDate } from './format'
import type { FiscalEvent, FiscalRecord } from './types'
import { FISCAL_EVENT_TYPES } from './types'

function joinFields(fields: [string, string][]): string {
  return fields.map(([k, v]) => `${k}=${v.trim()}`).join('&')
}

export function sha256Upper(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).toUpperCase()
}

type RecordFields = Pick<FiscalRecord, 'kind' | 'issuerNif' | 'number' | 'issueDate' | 'tipo' | 'taxTotal' | 'total' | 'previousHash' | 'generatedAt'>

/** The string the huella is computed over (RegistroAlta or RegistroAnulacion). */
export function recordHashInput(r: RecordFields): string {
  if (r.kind === 'anulacion') {
    return joinFields([
      ['IDEmisorFacturaAnulada', r.issuerNif],
      ['NumSerieFacturaAnulada', r.number],
      ['FechaExpedicionFacturaAnulada', aeatDate(r.issueDate)],
      ['Huella', r.previousHash],
      ['FechaHoraHusoGenRegistro', r.generatedAt],
    ])
  }
  return joinFields([
    ['IDEmisorFactura', r.issuerNif],
    ['NumSerieFactura', r.number],
    ['FechaExpedicionFactura', aeatDate(r.issueDate)],
    ['TipoFactura', r.tipo],
    ['CuotaTotal', aeatAmount(r.taxTotal)],
    ['ImporteTotal', aeatAmount(r.total)],
    ['Huella', r.previousHash],
    ['FechaHoraHusoGenRegistro', r.generatedAt],
  ])
}

export function recordHash(r: RecordFields): string {
  return sha256Upper(recordHashInput(r))
}

type EventFields = Pick<FiscalEvent, 'type' | 'issuerNif' | 'previousHash' | 'generatedAt' | 'software'>

/** RegistroEvento: the software's identity, the obliged NIF, the event type, the previous event's huella, the time. */
export function eventHashInput(e: EventFields): string {
  const { software } = e
  return joinFields([
    ['NIF', software.producerNif],
    ['ID', software.id],
    ['IdSistemaInformatico', software.id],
    ['Version', software.version],
    ['NumeroInstalacion', software.installation],
    ['NIFObligado', e.issuerNif],
    ['TipoEvento', FISCAL_EVENT_TYPES[e.type]],
    ['HuellaEvento', e.previousHash],
    ['FechaHoraHusoGenEvento', e.generatedAt],
  ])
}

export function eventHash(e: EventFields): string {
  return sha256Upper(eventHashInput(e))
}
