// @vitest-environment node
/**
 * The sales register XLSX as the app makes it (rows from the maintained day rows of registerRows, sent packed by
 * runExport to the real main handlers, the next chunk built while main writes) is the same file, byte for byte but
 * for its creation time, as the one written from rows built from the invoices and credit notes themselves and sent
 * as objects: ES and RO (EUR invoices of a RON company), credit notes, every rate, chunks of any size; in ES the
 * cancelled invoices are rows of their own ("Factura anulada", zero amounts), in RO there are none.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { ExportApi } from '../../../renderer/features/reports/exports/runExport'
import { runExport } from '../../../renderer/features/reports/exports/runExport'
import { salesRegisterSource } from '../../../renderer/db/repos/reports/exports'
import { salesRegisterRows } from '../../../renderer/domain/reports/salesRegister'
import type { Country } from '../../../renderer/domain/types'
import { registerWorld } from '../db/registerWorld'
import { tempDir } from './helpers'
import { beginReq, harnessIn, ok, readSheet, runExport as runObjects } from './exports/fixtures'

function entries(path: string): Map<string, string> {
  const names = execFileSync('unzip', ['-Z1', path]).toString('utf8').trim().split('\n')
  return new Map(names.map((n) => [n, execFileSync('unzip', ['-p', path, n.replace(/[[\]]/g, '\\$&')], { maxBuffer: 64 << 20 }).toString('utf8')]))
}

describe('the sales register XLSX from register rows', () => {
  for (const country of ['ES', 'RO'] as const satisfies Country[]) {
    it(`${country}: is the file built from the invoices themselves`, async () => {
      const ctx = await registerWorld(country)
      const currency = country === 'ES' ? ('EUR' as const) : ('RON' as const)
      const period = { from: '2000-01-01', to: '2026-11-23' }
      const h = harnessIn(tempDir())
      const api: ExportApi = {
        beginExport: async (req) => ok(await h.call('exports:begin', req)),
        appendExport: async (req) => ok(await h.call('exports:append', req)),
        finishExport: async (req) => ok(await h.call('exports:finish', req)),
        abortExport: async (req) => ok(await h.call('exports:abort', req)),
      }
      const language = country === 'ES' ? ('es' as const) : ('ro' as const)
      const request = { format: 'xlsx' as const, language, currency, fileName: 'registro', mode: 'default' as const, title: ['Registro', country] }
      const source = await salesRegisterSource(ctx, period, currency, { chunkRows: 13 })
      const appended: number[] = []
      const fromRegister = await runExport({ request, source, api, onProgress: (p) => appended.push(p.written) })
      if (fromRegister.status !== 'saved') throw new Error('not saved')
      expect(appended.length).toBeGreaterThan(3) // several chunks, packed

      const invoices = await ctx.db.invoices.toArray()
      const expected = salesRegisterRows(invoices, await ctx.db.creditNotes.toArray(), currency)
      expect(fromRegister.rows).toBe(expected.rows.length)
      const chunks = Array.from({ length: Math.ceil(expected.rows.length / 500) }, (_, i) => expected.rows.slice(i * 500, i * 500 + 500))
      const fromInvoices = await runObjects(h, beginReq({ ...request, kind: 'salesRegister', rates: expected.rates, ...(country === 'ES' ? { cancellations: true } : {}) }), chunks)

      const [a, b] = [entries(fromRegister.path), entries(fromInvoices.path)]
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
      for (const [name, xml] of b) if (name !== 'docProps/core.xml') expect(a.get(name), name).toBe(xml)
      const sheet = a.get('xl/worksheets/sheet1.xml')!
      expect(sheet).toContain(invoices.find((i) => i.lifecycle === 'issued')!.fullNumber)
      if (country === 'RO') expect(sheet).toContain('<v>4.9751</v>')

      // The cancelled invoices (ES only), read back cell by cell: label, number, customer, 0 total, when and why.
      const ws = await readSheet(fromRegister.path)
      const header = ws.getRow(4).values as unknown[] // two title lines, a blank one, the header
      const col = (name: string) => header.indexOf(name)
      const labels = language === 'es' ? ['Número', 'Total factura', 'Fecha de anulación', 'Motivo de la anulación'] : ['Număr', 'Total document', 'Data anulării', 'Motivul anulării']
      const [number, total, cancelledOn, reason] = labels.map(col) as [number, number, number, number]
      expect(Math.min(number, total)).toBeGreaterThan(0)
      // The cancellation columns only where there are cancelled invoices (a Romanian company has none).
      expect([cancelledOn > 0, reason > 0]).toEqual(country === 'ES' ? [true, true] : [false, false])
      const cancelledRows: unknown[][] = []
      ws.eachRow((row, n) => {
        if (n > 4 && (row.getCell(1).value === 'Factura anulada' || row.getCell(1).value === 'Factură anulată')) cancelledRows.push(row.values as unknown[])
      })
      const cancelled = invoices.filter((i) => i.lifecycle === 'cancelled').sort((a, b) => (a.fullNumber < b.fullNumber ? -1 : 1))
      expect(cancelled).toHaveLength(country === 'ES' ? 2 : 0)
      expect(cancelledRows.map((r) => [r[number], r[total], (r[cancelledOn] as Date).toISOString().slice(0, 10), r[reason]])).toEqual(
        cancelled.map((i) => [i.fullNumber, 0, i.cancelledAt!.slice(0, 10), i.cancelReason]),
      )
    }, 60_000)
  }
})
