import { describe, expect, it } from 'vitest'
import {
  aeatAmount,
  aeatNif,
  aeatTimestamp,
  eventHash,
  qrUrl,
  recordHash,
  recordHashInput,
  verifyEvents,
  verifyRecords,
  type FiscalEvent,
  type FiscalRecord,
  type SoftwareId,
} from '../../../../renderer/domain/einvoice/verifactu'

// The three worked examples of the agency's "Detalle de las especificaciones técnicas para generación de la huella
// o hash de los registros" (v0.1.2, §6): alta, alta chained to it, anulación chained to that.
const H1 = '3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60'
const H2 = 'F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97'
const H3 = '177547C0D57AC74748561D054A9CEC14B4C4EA23D1BEFD6F2E69E3A388F90C68'

function rec(over: Partial<FiscalRecord>): FiscalRecord {
  const base: FiscalRecord = {
    seq: 1,
    kind: 'alta',
    documentId: 'd1',
    documentKind: 'invoice',
    issuerNif: '89890001K',
    number: '12345678/G33',
    issueDate: '2024-01-01',
    tipo: 'F1',
    corrects: null,
    taxTotal: 1235,
    total: 12345,
    breakdown: [],
    buyer: null,
    description: '',
    generatedAt: '2024-01-01T19:20:30+01:00',
    previousHash: '',
    hash: '',
    createdAt: '2024-01-01T18:20:30.000Z',
    user: 'owner',
  }
  return { ...base, ...over }
}

function agencyChain(): FiscalRecord[] {
  const r1 = rec({})
  const r2 = rec({ seq: 2, number: '12345679/G34', previousHash: H1, generatedAt: '2024-01-01T19:20:35+01:00' })
  const r3 = rec({ seq: 3, kind: 'anulacion', number: '12345679/G34', previousHash: H2, generatedAt: '2024-01-01T19:20:40+01:00' })
  return [r1, r2, r3].map((r) => ({ ...r, hash: recordHash(r) }))
}

describe('VERI*FACTU huella', () => {
  it('reproduces the agency examples: first alta, chained alta, chained anulación', () => {
    const [r1, r2, r3] = agencyChain()
    expect(recordHashInput(r1!)).toBe(
      'IDEmisorFactura=89890001K&NumSerieFactura=12345678/G33&FechaExpedicionFactura=01-01-2024&TipoFactura=F1' +
        '&CuotaTotal=12.35&ImporteTotal=123.45&Huella=&FechaHoraHusoGenRegistro=2024-01-01T19:20:30+01:00',
    )
    expect(r1!.hash).toBe(H1)
    expect(r2!.hash).toBe(H2)
    expect(recordHashInput(r3!)).toBe(
      `IDEmisorFacturaAnulada=89890001K&NumSerieFacturaAnulada=12345679/G34&FechaExpedicionFacturaAnulada=01-01-2024&Huella=${H2}&FechaHoraHusoGenRegistro=2024-01-01T19:20:40+01:00`,
    )
    expect(r3!.hash).toBe(H3)
  })

  it('trims values as the specification says', () => {
    expect(recordHash(rec({ number: '   12345678/G33  ' }))).toBe(H1)
  })

  it('formats amounts, NIFs and timestamps as the records carry them', () => {
    expect(aeatAmount(12345)).toBe('123.45')
    expect(aeatAmount(-5)).toBe('-0.05')
    expect(aeatAmount(0)).toBe('0.00')
    expect(aeatNif('ES B-12345674')).toBe('B12345674')
    expect(aeatNif('89890001k')).toBe('89890001K')
    expect(aeatTimestamp(new Date('2024-01-01T18:20:30.400Z'), 60)).toBe('2024-01-01T19:20:30+01:00')
    expect(aeatTimestamp(new Date('2024-07-01T22:30:00Z'), 120)).toBe('2024-07-02T00:30:00+02:00')
    expect(aeatTimestamp(new Date('2024-07-01T22:30:00Z'), -150)).toBe('2024-07-01T20:00:00-02:30')
  })
})

describe('verifier', () => {
  it('accepts the intact chain and names the first broken record otherwise', () => {
    const chain = agencyChain()
    expect(verifyRecords(chain)).toEqual({ ok: true, checked: 3 })

    const edited = chain.map((r) => (r.seq === 2 ? { ...r, total: 12346 } : r))
    expect(verifyRecords(edited)).toMatchObject({ ok: false, firstBroken: 2, reason: 'hash' })

    const deleted = chain.filter((r) => r.seq !== 2)
    expect(verifyRecords(deleted)).toMatchObject({ ok: false, firstBroken: 2, reason: 'gap' })

    // Deleting a record and renumbering the rest still breaks the link.
    const renumbered = deleted.map((r, i) => ({ ...r, seq: i + 1 }))
    expect(verifyRecords(renumbered)).toMatchObject({ ok: false, firstBroken: 2, reason: 'link' })
  })

  it('chains events the same way', () => {
    const sw: SoftwareId = { producerName: 'Cobro', producerNif: 'B00000000', name: 'Cobro', id: 'CO', version: '0.1.0', installation: 'PC-1' }
    const e1: FiscalEvent = { seq: 1, type: 'start', detail: '', issuerNif: 'B12345674', software: sw, generatedAt: '2026-12-07T10:00:00+01:00', previousHash: '', hash: '', createdAt: '', user: 'a' }
    const s1 = { ...e1, hash: eventHash(e1) }
    const e2 = { ...e1, seq: 2, type: 'anomalyRecords' as const, previousHash: s1.hash, generatedAt: '2026-12-07T10:05:00+01:00' }
    const s2 = { ...e2, hash: eventHash(e2) }
    expect(s1.hash).toMatch(/^[0-9A-F]{64}$/)
    expect(verifyEvents([s1, s2])).toEqual({ ok: true, checked: 2 })
    expect(verifyEvents([s1, { ...s2, type: 'other' }])).toMatchObject({ ok: false, firstBroken: 2, reason: 'hash' })
  })
})

describe('QR', () => {
  it('builds the agency validation URL of a system that does not send records, with the number encoded', () => {
    expect(qrUrl({ issuerNif: '89890001K', number: '12345678&G33', issueDate: '2024-01-01', total: 24140 })).toBe(
      'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQRNoVerifactu?nif=89890001K&numserie=12345678%26G33&fecha=01-01-2024&importe=241.40',
    )
  })
})

describe('XML for an inspection', () => {
  it('writes each record with its chain link, breakdown and huella; names are escaped', async () => {
    const { XMLParser } = await import('fast-xml-parser')
    const { recordsXml, eventsXml } = await import('../../../../renderer/domain/einvoice/verifactu')
    const [r1, r2] = agencyChain()
    const withBreakdown = { ...r2!, buyer: { nif: 'B76543214', name: 'Ñandú & Cía' }, breakdown: [{ vatRate: 2100, recargoRate: 520, base: 10000, vat: 2100, recargo: 520 }] }
    const sw: SoftwareId = { producerName: 'Cobro', producerNif: '', name: 'Cobro', id: 'CB', version: '0.1', installation: 'X1' }
    const text = recordsXml([r1!, withBreakdown], { name: 'Almacenes <Sur>', nif: '89890001K' }, sw)
    expect(text).toContain('Almacenes &lt;Sur&gt;')
    expect(text).toContain('Ñandú &amp; Cía')
    const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(text)
    const regs = doc.RegFactuSistemaFacturacion.RegistroFactura
    expect(regs).toHaveLength(2)
    expect(regs[0].RegistroAlta.Encadenamiento.PrimerRegistro).toBe('S')
    expect(regs[0].RegistroAlta.Huella).toBe(H1)
    expect(regs[1].RegistroAlta.Encadenamiento.RegistroAnterior).toMatchObject({ NumSerieFactura: '12345678/G33', Huella: H1 })
    expect(regs[1].RegistroAlta.Desglose.DetalleDesglose).toMatchObject({ TipoImpositivo: '21.00', CuotaRepercutida: '21.00', TipoRecargoEquivalencia: '5.20' })
    expect(regs[1].RegistroAlta.CuotaTotal).toBe('12.35')

    const ev: FiscalEvent = { seq: 1, type: 'backupRestored', detail: '', issuerNif: '89890001K', software: sw, generatedAt: '2026-12-07T10:00:00+01:00', previousHash: '', hash: 'AB', createdAt: '', user: 'a' }
    const events = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(eventsXml([ev], { name: 'X', nif: '89890001K' }))
    expect(events.RegistroEventos.Evento).toMatchObject({ TipoEvento: '07', HuellaEvento: 'AB' })
  })
})
