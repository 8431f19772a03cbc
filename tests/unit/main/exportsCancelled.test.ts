// @vitest-environment node
/**
 * A cancelled invoice (anulada) in the sales register: main accepts it only with zero amounts, no rates and no other
 * currency (and the cancellation fields only on it), naming the first bad field whether the row comes packed or as
 * an object; the XLSX and CSV show it as "Factura anulada" at its date and number with the customer, blank rate
 * cells, 0 totals, the day it was cancelled and why, and the totals row is what it is without it.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { packSalesRow } from '../../../electron/contract/exportPacking'
import type { SalesRegisterRow } from '../../../electron/contract/exports'
import { IpcError } from '../../../electron/contract/errors'
import { checkChunk, newChainState } from '../../../electron/main/exports/checks'
import { tempDir } from './helpers'
import { beginReq, ES_RATES, esCancelledRow, esSalesRows, harnessIn, readSheet, rowTexts, runExport } from './exports/fixtures'

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const req = beginReq({ kind: 'salesRegister', rates: ES_RATES, cancellations: true })

/** The field named by main's refusal of the row, sent packed and as an object (both must name the same). */
function refused(row: SalesRegisterRow): string | null {
  const named = [packSalesRow(row), row].map((item) => {
    try {
      checkChunk(req, newChainState(), [item])
      return null
    } catch (err) {
      if (!(err instanceof IpcError)) throw err
      return String(err.params.field)
    }
  })
  expect(named[0], 'packed and object name the same field').toBe(named[1])
  return named[0]!
}

/** The register in order: invoice, invoice, the cancelled invoice after it, the credit note. */
function registerWithCancelled(): SalesRegisterRow[] {
  const [first, second, note] = esSalesRows()
  return [first!, second!, esCancelledRow(), note!]
}

describe('a cancelled invoice row, checked by main', () => {
  it('is accepted with zero amounts, no rates, and its cancellation day and reason', () => {
    expect(refused(esCancelledRow())).toBeNull()
    expect(refused(esCancelledRow({ cancelledOn: '', cancelReason: '' }))).toBeNull()
  })

  it('is refused in an export begun without cancellations (whose sheet has no columns for them)', () => {
    const plain = beginReq({ kind: 'salesRegister', rates: ES_RATES })
    for (const item of [packSalesRow(esCancelledRow()), esCancelledRow()]) {
      expect(() => checkChunk(plain, newChainState(), [esSalesRows()[0]!, item])).toThrow(
        expect.objectContaining({ params: expect.objectContaining({ field: 'rows.1.docType' }) }),
      )
    }
    expect(checkChunk(plain, newChainState(), esSalesRows())).toHaveLength(esSalesRows().length)
  })

  it('is refused with an amount, a rate or another currency, naming the field', () => {
    const rate = { vatRate: 2100, recargoRate: 0, base: 10000, vat: 2100, recargo: 0 }
    expect(refused(esCancelledRow({ byRate: [rate], base: 10000, vat: 2100, total: 12100 }))).toBe('rows.0.byRate.0.base')
    expect(refused(esCancelledRow({ byRate: [{ ...rate, base: 0 }], vat: 2100, total: 2100 }))).toBe('rows.0.byRate.0.vat')
    expect(refused(esCancelledRow({ byRate: [{ ...rate, base: -100, vat: 0 }], base: -100, total: -100 }))).toBe('rows.0.byRate.0.base')
    // A rate of nothing is still a rate: a cancelled invoice has none.
    expect(refused(esCancelledRow({ byRate: [{ ...rate, base: 0, vat: 0 }] }))).toBe('rows.0.byRate')
    // As an object, totals that are not the sums of its (no) rates.
    const asObject = esCancelledRow({ base: 10000, total: 10000 })
    expect(() => checkChunk(req, newChainState(), [asObject])).toThrow(expect.objectContaining({ params: expect.objectContaining({ field: 'rows.0.base' }) }))
    expect(refused(esCancelledRow({ documentCurrency: 'USD' as 'EUR' }))).toBe('rows.0.documentCurrency')
    expect(refused(esCancelledRow({ documentCurrency: 'EUR', documentTotal: 0, exchangeRate: 1 }))).toBe('rows.0.documentCurrency')
    expect(refused(esCancelledRow({ documentTotal: 0 }))).toBe('rows.0.documentTotal')
    expect(refused(esCancelledRow({ exchangeRate: 1.1 }))).toBe('rows.0.exchangeRate')
    expect(refused(esCancelledRow({ cancelledOn: '2026-02-30' }))).toBe('rows.0.cancelledOn')
    expect(refused(esCancelledRow({ cancelReason: 'x'.repeat(4001) }))).toBe('rows.0.cancelReason')
  })

  it('gives its cancellation fields to no other row', () => {
    const [invoice, , note] = esSalesRows()
    expect(refused({ ...invoice!, cancelledOn: '2026-01-20' })).toBe('rows.0.cancelledOn')
    expect(refused({ ...note!, cancelReason: 'Anulada' })).toBe('rows.0.cancelReason')
    expect(refused({ ...invoice!, docType: 'cancelled' as 'invoice' })).toBe('rows.0.docType')
  })
})

describe('a cancelled invoice in the written register', () => {
  it('XLSX: "Factura anulada" at its date and number, the customer, blank rates, 0 totals, when and why; totals unchanged', async () => {
    const res = await runExport(harnessIn(tempDir()), beginReq({ kind: 'salesRegister', rates: ES_RATES, cancellations: true }), [registerWithCancelled()])
    expect(res.rows).toBe(4)
    const ws = await readSheet(res.path)
    expect(rowTexts(ws, 1, 24).slice(19)).toEqual(['Moneda del documento', 'Total en moneda del documento', 'Tipo de cambio', 'Fecha de anulación', 'Motivo de la anulación'])
    // Row 4 (header on row 1): the cancelled invoice, after F2026-000002 of the same day.
    expect(ws.getCell('E3').value).toBe('F2026-000002')
    expect(rowTexts(ws, 4, 24)).toEqual([
      'Factura anulada', utc('2026-01-31'), null, 'F', 'F2026-000003', null, 'Hostal Peñíscola, S.L.', 'B98765432', 'ES',
      null, null, null, null, null, null, // no rates
      0, 0, 0, 0, // base, VAT, recargo, total
      null, null, null, // no other currency
      utc('2026-02-02'), 'Emitida por error: cliente equivocado',
    ])
    expect(ws.getCell('W4').numFmt).toBe('dd/mm/yyyy')
    // The other rows say nothing of a cancellation.
    for (const r of [2, 3, 5]) expect([ws.getCell(`W${r}`).value, ws.getCell(`X${r}`).value], `row ${r}`).toEqual([null, null])
    expect(ws.getCell('A5').value).toBe('Factura rectificativa')
    // Totals as without the cancelled invoice (esSalesRows: 1842.17 in all, 1523.45 of base).
    expect(ws.getCell('A6').value).toBe('Total')
    expect(ws.getCell('S6').value).toEqual({ formula: 'SUM(S2:S5)', result: 1842.17 })
    expect(ws.getCell('P6').value).toEqual({ formula: 'SUM(P2:P5)', result: 1523.45 })
    expect(ws.getCell('W6').value).toBeNull()
    expect(ws.getCell('X6').value).toBeNull()
  })

  it('XLSX in Romanian and English: the translated label', async () => {
    for (const [language, label, header] of [['ro', 'Factură anulată', 'Data anulării'], ['en', 'Cancelled invoice', 'Cancelled on']] as const) {
      const res = await runExport(harnessIn(tempDir()), beginReq({ kind: 'salesRegister', language, rates: ES_RATES, cancellations: true }), [[esCancelledRow()]])
      const ws = await readSheet(res.path)
      expect(ws.getCell('A2').value).toBe(label)
      expect(ws.getCell('W1').value).toBe(header)
    }
  })

  it('CSV: the same row, with the reason guarded like any text', async () => {
    const rows = registerWithCancelled()
    rows[2] = esCancelledRow({ cancelReason: '=Duplicada; ver "F2026-000002"' })
    const res = await runExport(harnessIn(tempDir()), beginReq({ kind: 'salesRegister', format: 'csv', rates: ES_RATES, cancellations: true }), [rows])
    const lines = readFileSync(res.path, 'utf8').slice(1).split('\r\n')
    expect(lines).toHaveLength(6) // header, 4 rows, the final line break
    expect(lines[3]).toBe(
      'Factura anulada;31/01/2026;;F;F2026-000003;;Hostal Peñíscola, S.L.;B98765432;ES;;;;;;;0,00;0,00;0,00;0,00;;;;02/02/2026;"\'=Duplicada; ver ""F2026-000002"""',
    )
    expect(lines[1]!.endsWith(';;;;;')).toBe(true) // an invoice: no other currency, no cancellation
  })
})
