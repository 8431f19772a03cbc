// @vitest-environment node
/** 20,000 rows streamed in chunks: the file grows on disk while rows arrive, and the totals are exact. */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { SalesRegisterRow } from '../../../electron/contract/exports'
import { tempDir } from './helpers'
import { beginReq, ES_RATES, harnessIn, ok } from './exports/fixtures'

/** The tail of the sheet XML (unzip is on every test machine; the autoFilter is written after the rows). */
function unzipSheet(path: string): string {
  const xml = execFileSync('unzip', ['-p', path, 'xl/worksheets/sheet1.xml'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8')
  return xml.slice(-4000)
}

const N = 20_000
const CHUNK = 5_000

/** Deterministic rows: odd cents everywhere so that a float sum would drift. */
function row(i: number): SalesRegisterRow {
  const base21 = 1001 + ((i * 7919) % 250_000)
  const vat21 = Math.round(base21 * 0.21)
  const base10 = i % 3 === 0 ? 333 + (i % 977) : 0
  const vat10 = Math.round(base10 * 0.1)
  const byRate = [{ vatRate: 2100, recargoRate: 0, base: base21, vat: vat21, recargo: 0 }]
  if (base10) byRate.push({ vatRate: 1000, recargoRate: 0, base: base10, vat: vat10, recargo: 0 })
  const base = base21 + base10
  const vat = vat21 + vat10
  return {
    docType: 'invoice',
    date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    operationDate: '',
    series: 'F',
    number: `F2026-${String(i + 1).padStart(6, '0')}`,
    correctedNumber: '',
    customerName: `Cliente ${i % 1500} Ñandú, S.L.`,
    taxId: 'B12345674',
    country: 'ES',
    byRate,
    base,
    vat,
    recargo: 0,
    total: base + vat,
    documentCurrency: '',
    documentTotal: null,
    exchangeRate: null,
    cancelledOn: '',
    cancelReason: '',
  }
}

describe('large exports', () => {
  it('streams 20,000 rows into XLSX and CSV with exact totals', async () => {
    const dir = tempDir()
    const h = harnessIn(dir)
    const xlsx = ok(await h.call('exports:begin', beginReq({ kind: 'salesRegister', rates: ES_RATES, fileName: 'big' })))
    const csv = ok(await h.call('exports:begin', beginReq({ kind: 'salesRegister', rates: ES_RATES, fileName: 'big', format: 'csv' })))
    if (xlsx.status !== 'started' || csv.status !== 'started') throw new Error('not started')
    let total = 0
    let sizeMidway = 0
    for (let start = 0; start < N; start += CHUNK) {
      const rows = Array.from({ length: CHUNK }, (_, k) => row(start + k))
      total += rows.reduce((s, r) => s + r.total, 0)
      expect(ok(await h.call('exports:append', { exportId: xlsx.exportId, rows })).rowsWritten).toBe(start + CHUNK)
      ok(await h.call('exports:append', { exportId: csv.exportId, rows }))
      if (start === N / 2) {
        const temp = readdirSync(dir).find((f) => f.startsWith('.big.xlsx.'))
        sizeMidway = statSync(`${dir}/${temp}`).size
      }
    }
    // Rows went to disk while they arrived (compressed XLSX: well over 100 KB after 15,000 rows).
    expect(sizeMidway).toBeGreaterThan(100_000)
    const doneX = ok(await h.call('exports:finish', { exportId: xlsx.exportId, open: false }))
    const doneC = ok(await h.call('exports:finish', { exportId: csv.exportId, open: false }))
    expect(doneX.rows).toBe(N)
    expect(doneC.rows).toBe(N)

    // Read back with exceljs' streaming reader (the in-memory reader is slow on 20,000 rows).
    const seen = { rows: 0, lastNumber: '', totals: null as unknown, autoFilter: '' }
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(doneX.path, { worksheets: 'emit' })
    for await (const sheet of reader) {
      for await (const r of sheet as AsyncIterable<ExcelJS.Row>) {
        seen.rows = r.number
        if (r.number === N + 1) seen.lastNumber = String(r.getCell(5).value)
        if (r.number === N + 2) seen.totals = r.getCell(19).value
      }
    }
    expect(seen.rows).toBe(N + 2)
    expect(seen.lastNumber).toBe(`F2026-${String(N).padStart(6, '0')}`)
    expect(seen.totals).toEqual({ formula: `SUM(S2:S${N + 1})`, result: total / 100 })
    expect(unzipSheet(doneX.path)).toContain(`<autoFilter ref="A1:V${N + 1}"/>`)

    const lines = readFileSync(doneC.path, 'utf8').split('\r\n')
    expect(lines).toHaveLength(N + 2)
    expect(lines[N + 1]).toBe('')
    const last = row(N - 1)
    expect(lines[N]!.split(';')[18]).toBe(`${Math.trunc(last.total / 100)},${String(last.total % 100).padStart(2, '0')}`)
  }, 60_000)
})
