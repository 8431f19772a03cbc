// @vitest-environment node
/**
 * The XLSX data rows written straight to the sheet XML (electron/main/exports/directRows.ts) make the same file as
 * exceljs' own Row/Cell path: every part of the package byte for byte (but the creation time in docProps/core.xml),
 * with text that needs escaping, characters XML cannot hold, dates, negative and foreign-currency amounts, empty
 * cells, several chunks (sales register rows packed, as main's checks give them to the writers). And the fast path
 * is really taken (an exceljs upgrade that changes its shape would silently fall back to the slow one).
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packSalesRow } from '../../../electron/contract/exportPacking'
import type { ExportBeginRequest, SalesRegisterRow, StatementExportRow } from '../../../electron/contract/exports'
import { layoutFor } from '../../../electron/main/exports/columns'
import { directRowsOf, xmlEncode } from '../../../electron/main/exports/directRows'
import { openXlsxWriter } from '../../../electron/main/exports/xlsxWriter'
import { tempDir } from './helpers'
import { beginReq, ES_RATES, esSalesRows, statementRows } from './exports/fixtures'

function entries(path: string): Map<string, string> {
  const names = execFileSync('unzip', ['-Z1', path]).toString('utf8').trim().split('\n')
  return new Map(names.map((n) => [n, execFileSync('unzip', ['-p', path, n.replace(/[[\]]/g, '\\$&')], { maxBuffer: 64 << 20 }).toString('utf8')]))
}

async function write<R>(req: ExportBeginRequest, chunks: R[][], direct: boolean): Promise<Map<string, string>> {
  const path = join(tempDir(), `${direct ? 'direct' : 'exceljs'}.xlsx`)
  const layout = layoutFor(req) as Parameters<typeof openXlsxWriter<R>>[1]
  const writer = await openXlsxWriter<R>(path, layout, 'x.xlsx', { direct })
  for (const rows of chunks) await writer.write(rows)
  await writer.finish()
  return entries(path)
}

async function expectSameFile<R>(req: ExportBeginRequest, chunks: R[][]): Promise<string> {
  const [fast, slow] = [await write(req, chunks, true), await write(req, chunks, false)]
  expect([...fast.keys()].sort()).toEqual([...slow.keys()].sort())
  for (const [name, xml] of slow) {
    if (name === 'docProps/core.xml') continue // created / modified: the write time
    expect(fast.get(name), name).toBe(xml)
  }
  return fast.get('xl/worksheets/sheet1.xml')!
}

const odd: Partial<SalesRegisterRow>[] = [
  { customerName: 'Tom & Jerry <Import> "Export" \'S.L.\'', taxId: 'X\u0001Y\u0008Z\u007f', number: 'F2026-000099' },
  { customerName: 'Magazinul Țărănesc S.R.L. 🧾', country: 'RO', operationDate: '' },
  { customerName: 'Tab\there\r\nand lines', correctedNumber: '' },
]

function salesRows(n: number): SalesRegisterRow[] {
  const base = esSalesRows()
  return Array.from({ length: n }, (_, i) => ({ ...base[i % base.length]!, ...(odd[i % 7] ?? {}), number: `F2026-${String(i).padStart(6, '0')}` }))
}

describe('direct XLSX rows', () => {
  it('write the same sales register as exceljs, in several chunks, with a title', async () => {
    const req = beginReq({ kind: 'salesRegister', rates: ES_RATES, title: ['Libro registro', 'Periodo: 2026'] })
    const rows = salesRows(120)
    const sheet = await expectSameFile(req, [rows.slice(0, 50), rows.slice(50, 51), rows.slice(51)].map((c) => c.map(packSalesRow)))
    expect(sheet).toContain('Tom &amp; Jerry &lt;Import&gt; &quot;Export&quot; &apos;S.L.&apos;')
    expect(sheet).toContain('<v>XYZ</v>')
    expect(sheet).toContain('SUM(')
  })

  it('write the same RON register with EUR documents (their own currency style) as exceljs', async () => {
    const rows: SalesRegisterRow[] = [
      {
        docType: 'invoice',
        date: '2026-03-02',
        operationDate: '2026-02-27',
        series: 'CDB',
        number: 'CDB2026-000042',
        correctedNumber: '',
        customerName: 'Client Export SRL',
        taxId: 'RO12345678',
        country: 'RO',
        byRate: [{ vatRate: 1900, recargoRate: 0, base: 509000, vat: 96710, recargo: 0 }],
        base: 509000,
        vat: 96710,
        recargo: 0,
        total: 605710,
        documentCurrency: 'EUR',
        documentTotal: 119000,
        exchangeRate: 5.09,
        cancelledOn: '',
        cancelReason: '',
      },
    ]
    const req = beginReq({ kind: 'salesRegister', language: 'ro', currency: 'RON', rates: [{ vatRate: 1900, recargoRate: 0 }] })
    const sheet = await expectSameFile(req, [rows, rows].map((c) => c.map(packSalesRow)))
    expect(sheet).toContain('<v>5.09</v>')
  })

  it('write the same statement (dates, an opening row with empty cells) as exceljs', async () => {
    const req = beginReq({ kind: 'statement', language: 'en' })
    await expectSameFile<StatementExportRow>(req, [statementRows()])
  })

  it('is the path the writer takes with exceljs as installed', async () => {
    const { default: ExcelJS } = await import('exceljs')
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(tempDir(), 'probe.xlsx'), useStyles: true, useSharedStrings: false })
    expect(directRowsOf(wb, wb.addWorksheet('s'))).not.toBeNull()
    expect(directRowsOf({}, {})).toBeNull()
  })

  it('escapes text as exceljs does', () => {
    expect(xmlEncode('plain Ñandú')).toBe('plain Ñandú')
    expect(xmlEncode('a&b<c>d"e\'f')).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f')
    expect(xmlEncode('x\u0000\u0007\u000b\u001f\u007fy\t\r\n')).toBe('xy\t\r\n')
  })
})
