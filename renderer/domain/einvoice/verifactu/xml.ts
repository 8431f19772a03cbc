/**
 * The records and the event log as XML in the agency's schemas (SuministroLR / SuministroInformacion and
 * EventosSIF), for an inspection: what a system that does not send records must hand over on request. Built with
 * fast-xml-parser's XMLBuilder (escaping, element order as written) rather than string concatenation.
 */
import { XMLBuilder } from 'fast-xml-parser'
import type { TaxBreakdownRow } from '../../types'
import { aeatAmount, aeatDate } from './format'
import { FISCAL_EVENT_TYPES, type FiscalEvent, type FiscalRecord, type SoftwareId } from './types'

const NS_LR = 'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroLR.xsd'
const NS_INFO = 'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd'
const NS_EVENTS = 'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/EventosSIF.xsd'

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true })

function xml(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`
}

/** Basis points as the schema's percentage: 2100 -> '21.00', 520 -> '5.20'. */
function rate(bp: number): string {
  return aeatAmount(bp)
}

function softwareXml(s: SoftwareId) {
  return {
    'sum1:NombreRazon': s.producerName,
    'sum1:NIF': s.producerNif,
    'sum1:NombreSistemaInformatico': s.name,
    'sum1:IdSistemaInformatico': s.id,
    'sum1:Version': s.version,
    'sum1:NumeroInstalacion': s.installation,
    'sum1:TipoUsoPosibleSoloVerifactu': 'N',
    'sum1:TipoUsoPosibleMultiOT': 'N',
    'sum1:IndicadorMultiplesOT': 'N',
  }
}

function breakdownXml(rows: readonly TaxBreakdownRow[]) {
  return rows.map((r) => ({
    'sum1:Impuesto': '01',
    'sum1:ClaveRegimen': '01',
    'sum1:CalificacionOperacion': 'S1',
    'sum1:TipoImpositivo': rate(r.vatRate),
    'sum1:BaseImponibleOimporteNoSujeto': aeatAmount(r.base),
    'sum1:CuotaRepercutida': aeatAmount(r.vat),
    ...(r.recargoRate > 0 ? { 'sum1:TipoRecargoEquivalencia': rate(r.recargoRate), 'sum1:CuotaRecargoEquivalencia': aeatAmount(r.recargo) } : {}),
  }))
}

function chainXml(prev: FiscalRecord | undefined, r: FiscalRecord) {
  if (!prev) return { 'sum1:PrimerRegistro': 'S' }
  return {
    'sum1:RegistroAnterior': {
      'sum1:IDEmisorFactura': prev.issuerNif,
      'sum1:NumSerieFactura': prev.number,
      'sum1:FechaExpedicionFactura': aeatDate(prev.issueDate),
      'sum1:Huella': r.previousHash,
    },
  }
}

function recordXml(r: FiscalRecord, prev: FiscalRecord | undefined, issuerName: string, software: SoftwareId) {
  if (r.kind === 'anulacion') {
    return {
      'sum1:RegistroAnulacion': {
        'sum1:IDVersion': '1.0',
        'sum1:IDFactura': { 'sum1:IDEmisorFacturaAnulada': r.issuerNif, 'sum1:NumSerieFacturaAnulada': r.number, 'sum1:FechaExpedicionFacturaAnulada': aeatDate(r.issueDate) },
        'sum1:Encadenamiento': chainXml(prev, r),
        'sum1:SistemaInformatico': softwareXml(software),
        'sum1:FechaHoraHusoGenRegistro': r.generatedAt,
        'sum1:TipoHuella': '01',
        'sum1:Huella': r.hash,
      },
    }
  }
  return {
    'sum1:RegistroAlta': {
      'sum1:IDVersion': '1.0',
      'sum1:IDFactura': { 'sum1:IDEmisorFactura': r.issuerNif, 'sum1:NumSerieFactura': r.number, 'sum1:FechaExpedicionFactura': aeatDate(r.issueDate) },
      'sum1:NombreRazonEmisor': issuerName,
      'sum1:TipoFactura': r.tipo,
      ...(r.corrects
        ? {
            'sum1:TipoRectificativa': 'I',
            'sum1:FacturasRectificadas': { 'sum1:IDFacturaRectificada': { 'sum1:IDEmisorFactura': r.issuerNif, 'sum1:NumSerieFactura': r.corrects.number, 'sum1:FechaExpedicionFactura': aeatDate(r.corrects.issueDate) } },
          }
        : {}),
      'sum1:DescripcionOperacion': r.description || r.number,
      ...(r.buyer ? { 'sum1:Destinatarios': { 'sum1:IDDestinatario': { 'sum1:NombreRazon': r.buyer.name, 'sum1:NIF': r.buyer.nif } } } : {}),
      'sum1:Desglose': { 'sum1:DetalleDesglose': breakdownXml(r.breakdown) },
      'sum1:CuotaTotal': aeatAmount(r.taxTotal),
      'sum1:ImporteTotal': aeatAmount(r.total),
      'sum1:Encadenamiento': chainXml(prev, r),
      'sum1:SistemaInformatico': softwareXml(software),
      'sum1:FechaHoraHusoGenRegistro': r.generatedAt,
      'sum1:TipoHuella': '01',
      'sum1:Huella': r.hash,
    },
  }
}

/**
 * Records in ascending `seq`; `before` is the record preceding the first one (when exporting a range), so its
 * chain link can be written in full.
 */
export function recordsXml(records: readonly FiscalRecord[], issuer: { name: string; nif: string }, software: SoftwareId, before?: FiscalRecord): string {
  return xml({
    'sum:RegFactuSistemaFacturacion': {
      '@_xmlns:sum': NS_LR,
      '@_xmlns:sum1': NS_INFO,
      'sum:Cabecera': { 'sum1:ObligadoEmision': { 'sum1:NombreRazon': issuer.name, 'sum1:NIF': issuer.nif } },
      'sum:RegistroFactura': records.map((r, i) => recordXml(r, i === 0 ? before : records[i - 1], issuer.name, software)),
    },
  })
}

export function eventsXml(events: readonly FiscalEvent[], issuer: { name: string; nif: string }): string {
  return xml({
    'sf:RegistroEventos': {
      '@_xmlns:sf': NS_EVENTS,
      '@_xmlns:sum1': NS_INFO,
      'sf:Evento': events.map((e) => ({
        'sf:IDVersion': '1.0',
        'sf:SistemaInformatico': softwareXml(e.software),
        'sf:ObligadoEmision': { 'sum1:NombreRazon': issuer.name, 'sum1:NIF': issuer.nif },
        'sf:FechaHoraHusoGenEvento': e.generatedAt,
        'sf:TipoEvento': FISCAL_EVENT_TYPES[e.type],
        ...(e.detail ? { 'sf:OtrosDatosEvento': e.detail } : {}),
        'sf:Encadenamiento': e.previousHash ? { 'sf:EventoAnterior': { 'sf:HuellaEvento': e.previousHash } } : { 'sf:PrimerEvento': 'S' },
        'sf:TipoHuella': '01',
        'sf:HuellaEvento': e.hash,
      })),
    },
  })
}
