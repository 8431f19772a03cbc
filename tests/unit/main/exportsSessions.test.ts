// @vitest-environment node
/** The export conversation: where files go, temp files, rejected chunks, abort, idle timeout, limits, ordering. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportBeginRequest } from '../../../electron/contract/exports'
import { tempDir } from './helpers'
import { beginReq, ES_RATES, esSalesRows, failed, harnessIn, ok, readSheet, runExport, statementRows } from './exports/fixtures'

type Harness = ReturnType<typeof harnessIn>

async function begin(h: Harness, req: ExportBeginRequest): Promise<string> {
  const r = ok(await h.call('exports:begin', req))
  if (r.status !== 'started') throw new Error('cancelled')
  return r.exportId
}

const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.') && f.endsWith('.tmp'))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('where exports are saved', () => {
  it('a cancelled save dialog starts nothing; the dialog is translated and opens in the documents folder', async () => {
    const dir = join(tempDir(), 'Cobro')
    const h = harnessIn(dir, {}, { canceled: true })
    const r = ok(await h.call('exports:begin', beginReq({ kind: 'salesRegister', rates: ES_RATES, mode: 'ask', language: 'ro', fileName: 'Jurnal vânzări 2026-03' })))
    expect(r).toEqual({ status: 'cancelled' })
    expect(h.deps.dialogCalls).toEqual([
      {
        title: 'Export: Jurnal de vânzări',
        defaultPath: join(dir, 'Jurnal vânzări 2026-03.xlsx'),
        filters: [{ name: 'Registru de lucru Excel', extensions: ['xlsx'] }],
      },
    ])
    expect(readdirSync(dir)).toEqual([])
  })

  it("'ask' replaces the confirmed file only when complete, writing next to it meanwhile", async () => {
    const target = join(tempDir(), 'elegido.csv')
    writeFileSync(target, 'old content')
    const h = harnessIn(tempDir(), {}, { canceled: false, filePath: target })
    const id = await begin(h, beginReq({ kind: 'statement', format: 'csv', mode: 'ask' }))
    expect(h.deps.dialogCalls[0]!.filters).toEqual([{ name: 'CSV (valores separados por punto y coma)', extensions: ['csv'] }])
    ok(await h.call('exports:append', { exportId: id, rows: statementRows() }))
    expect(readFileSync(target, 'utf8')).toBe('old content')
    expect(tempFiles(join(target, '..'))).toHaveLength(1)
    const done = ok(await h.call('exports:finish', { exportId: id, open: true }))
    expect(done).toEqual({ status: 'saved', path: target, opened: true, rows: 4 })
    expect(h.deps.opened).toEqual([target])
    expect(readFileSync(target, 'utf8')).toContain('Saldo inicial')
    expect(tempFiles(join(target, '..'))).toEqual([])
  })

  it("'ask' without the extension adds it and does not replace a file of that name", async () => {
    const folder = tempDir()
    writeFileSync(join(folder, 'ventas.xlsx'), 'keep me')
    const h = harnessIn(tempDir(), {}, { canceled: false, filePath: join(folder, 'ventas') })
    const res = await runExport(h, beginReq({ kind: 'salesRegister', rates: ES_RATES, mode: 'ask' }), [esSalesRows()])
    expect(res.path).toBe(join(folder, 'ventas (2).xlsx'))
    expect(readFileSync(join(folder, 'ventas.xlsx'), 'utf8')).toBe('keep me')
  })

  it("'default' writes into the documents folder and never overwrites: (2), (3)...", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'Cobros 2026.xlsx'), 'precious')
    const h = harnessIn(dir)
    const req = beginReq({ kind: 'payments', fileName: 'Cobros 2026' })
    const first = await runExport(h, req, [])
    const second = await runExport(h, req, [])
    expect(first.path).toBe(join(dir, 'Cobros 2026 (2).xlsx'))
    expect(second.path).toBe(join(dir, 'Cobros 2026 (3).xlsx'))
    expect(readFileSync(join(dir, 'Cobros 2026.xlsx'), 'utf8')).toBe('precious')
    expect(readdirSync(dir).sort()).toEqual(['Cobros 2026 (2).xlsx', 'Cobros 2026 (3).xlsx', 'Cobros 2026.xlsx'])
    expect(h.deps.dialogCalls).toHaveLength(0)
  })

  it('sanitizes the suggested name (no path can be smuggled in) and falls back to the sheet name', async () => {
    const dir = tempDir()
    const h = harnessIn(dir)
    const a = await runExport(h, beginReq({ kind: 'customers', fileName: '../../etc/Clientes: todos' }), [])
    expect(a.path).toBe(join(dir, '-..-etc-Clientes- todos.xlsx'))
    const b = await runExport(h, beginReq({ kind: 'customers', fileName: '  ' }), [])
    expect(b.path).toBe(join(dir, 'Clientes.xlsx'))
    const c = await runExport(h, beginReq({ kind: 'customers', fileName: 'Clientes 2026.XLSX' }), [])
    expect(c.path).toBe(join(dir, 'Clientes 2026.xlsx'))
  })

  it('opened is false, without an error, when the system cannot open the file', async () => {
    const h = harnessIn(tempDir())
    h.deps.openPath = async () => 'no application'
    const id = await begin(h, beginReq({ kind: 'payments' }))
    expect(ok(await h.call('exports:finish', { exportId: id, open: true }))).toMatchObject({ status: 'saved', opened: false })
  })
})

describe('rejected input', () => {
  it('begin names the missing or invalid option', async () => {
    const h = harnessIn(tempDir())
    const field = async (req: unknown) => failed(await h.call('exports:begin', req)).params.field
    expect(await field(beginReq({ kind: 'salesRegister' }))).toBe('rates')
    expect(await field(beginReq({ kind: 'salesRegister', rates: [] }))).toBe('rates')
    expect(await field(beginReq({ kind: 'salesRegister', rates: [ES_RATES[0]!, { vatRate: 2100, recargoRate: 0 }] }))).toBe('rates.1.vatRate')
    expect(await field(beginReq({ kind: 'salesRegister', rates: [{ vatRate: 21, recargoRate: 5.2 }] }))).toBe('rates.0.recargoRate')
    expect(await field(beginReq({ kind: 'aging' }))).toBe('bounds')
    expect(await field(beginReq({ kind: 'aging', bounds: [0, 30, 30] }))).toBe('bounds.2')
    expect(await field(beginReq({ kind: 'aging', bounds: [-1] }))).toBe('bounds.0')
    expect(await field(beginReq({ kind: 'aging', bounds: Array.from({ length: 13 }, (_, i) => i) }))).toBe('bounds')
    expect(await field({ ...beginReq({ kind: 'payments' }), format: 'ods' })).toBe('format')
    expect(await field({ ...beginReq({ kind: 'payments' }), title: ['1', '2', '3', '4', '5', '6', '7'] })).toBe('title')
    expect(failed(await h.call('exports:begin', beginReq({ kind: 'aging' }))).code).toBe('ipc.invalidInput')
  })

  it('a bad chunk is not written, ends the export, deletes the temp file and names the field', async () => {
    const dir = tempDir()
    const h = harnessIn(dir)
    const id = await begin(h, beginReq({ kind: 'salesRegister', rates: ES_RATES }))
    ok(await h.call('exports:append', { exportId: id, rows: esSalesRows().slice(0, 1) }))
    const bad = esSalesRows()
    bad[1]!.total += 1
    const err = failed(await h.call('exports:append', { exportId: id, rows: bad }))
    expect(err).toEqual({ code: 'ipc.invalidInput', params: { field: 'rows.1.total', problem: 'must equal base + VAT + recargo', channel: 'exports:append' } })
    expect(readdirSync(dir)).toEqual([])
    expect(failed(await h.call('exports:append', { exportId: id, rows: esSalesRows() })).code).toBe('exports.unknown')
    expect(failed(await h.call('exports:finish', { exportId: id, open: false })).code).toBe('exports.unknown')
    expect(readdirSync(dir)).toEqual([])
  })

  it('checks each kind against its begin options and the rows before it', async () => {
    const dir = tempDir()
    const h = harnessIn(dir)
    const reject = async (req: ExportBeginRequest, chunks: unknown[][]) => {
      const id = await begin(h, req)
      for (const [i, rows] of chunks.entries()) {
        const r = await h.call('exports:append', { exportId: id, rows })
        if (i < chunks.length - 1) ok(r)
        else return failed(r).params
      }
    }
    const sales = beginReq({ kind: 'salesRegister', rates: [ES_RATES[0]!] })
    expect((await reject(sales, [esSalesRows().slice(0, 1)]))?.field).toBe('rows.0.byRate.1.vatRate')
    const wrongRecargo = esSalesRows()[2]!
    wrongRecargo.byRate[0]!.recargoRate = 140
    expect((await reject(sales, [[wrongRecargo]]))?.field).toBe('rows.0.byRate.0.recargoRate')
    const positiveCredit = esSalesRows()[2]!
    positiveCredit.byRate = [{ vatRate: 2100, recargoRate: 0, base: 100, vat: 21, recargo: 0 }]
    Object.assign(positiveCredit, { base: 100, vat: 21, recargo: 0, total: 121 })
    expect((await reject(sales, [[positiveCredit]]))?.field).toBe('rows.0.byRate.0.base')
    const sameCurrency = { ...esSalesRows()[1]!, documentCurrency: 'EUR', documentTotal: 14937, exchangeRate: 1 }
    expect((await reject(sales, [[sameCurrency]]))?.field).toBe('rows.0.documentCurrency')
    expect((await reject(sales, [[{ ...esSalesRows()[1]!, date: '2026-02-30' }]]))?.field).toBe('rows.0.date')
    expect((await reject(sales, [[{ ...esSalesRows()[1]!, base: 123.45 }]]))?.field).toBe('rows.0.base')

    const rows = statementRows()
    const broken = { ...rows[3]!, balance: rows[3]!.balance + 1 }
    const statement = await reject(beginReq({ kind: 'statement' }), [rows.slice(0, 3), [broken]])
    expect(statement).toMatchObject({ field: 'rows.0.balance', problem: 'must equal the previous balance + debit - credit' })
    const fromZero = { ...rows[1]!, balance: rows[1]!.debit }
    expect((await reject(beginReq({ kind: 'statement' }), [[fromZero], rows.slice(0, 1)]))?.field).toBe('rows.0.kind')
    expect((await reject(beginReq({ kind: 'statement' }), [[{ ...rows[0]!, debit: 5 }]]))?.field).toBe('rows.0.debit')

    const aging = { customerCode: 'C', customerName: 'N', taxId: 'T', buckets: [1, 2], total: 3, oldestDueDate: '' }
    expect((await reject(beginReq({ kind: 'aging', bounds: [0, 30] }), [[aging]]))?.field).toBe('rows.0.buckets')
    expect((await reject(beginReq({ kind: 'aging', bounds: [0] }), [[{ ...aging, total: 4 }]]))?.field).toBe('rows.0.total')

    const payment = { date: '2026-01-01', customerCode: 'C', customerName: 'N', taxId: 'T', method: 'cash', reference: '', amount: 10, allocated: 5, discount: 0, unallocated: 4, invoices: '' }
    expect((await reject(beginReq({ kind: 'payments' }), [[payment]]))?.field).toBe('rows.0.amount')
    expect((await reject(beginReq({ kind: 'payments' }), [[{ ...payment, unallocated: 5, method: 'bitcoin' }]]))?.field).toBe('rows.0.method')
    // A row of another kind is checked as this kind.
    expect((await reject(beginReq({ kind: 'customers' }), [[payment]]))?.field).toBe('rows.0.code')
    expect(readdirSync(dir)).toEqual([])
  })

  it('append needs 1 to 5,000 row objects', async () => {
    const h = harnessIn(tempDir())
    const id = await begin(h, beginReq({ kind: 'payments' }))
    expect(failed(await h.call('exports:append', { exportId: id, rows: [] })).params.field).toBe('rows')
    expect(failed(await h.call('exports:append', { exportId: id, rows: [42] })).params.field).toBe('rows.0')
    const many = Array.from({ length: 5001 }, () => ({}))
    expect(failed(await h.call('exports:append', { exportId: id, rows: many })).params.field).toBe('rows')
    // Envelope errors are caught before the handler: the export is still open.
    expect(ok(await h.call('exports:finish', { exportId: id, open: false })).rows).toBe(0)
  })
})

describe('session lifecycle', () => {
  it('abort deletes the temp file and is idempotent', async () => {
    const dir = tempDir()
    const h = harnessIn(dir)
    const id = await begin(h, beginReq({ kind: 'salesRegister', rates: ES_RATES }))
    ok(await h.call('exports:append', { exportId: id, rows: esSalesRows() }))
    expect(tempFiles(dir)).toHaveLength(1)
    expect(ok(await h.call('exports:abort', { exportId: id }))).toBeUndefined()
    expect(readdirSync(dir)).toEqual([])
    ok(await h.call('exports:abort', { exportId: id }))
    ok(await h.call('exports:abort', { exportId: 'never-started' }))
    expect(failed(await h.call('exports:finish', { exportId: id, open: false })).code).toBe('exports.unknown')
  })

  it('an idle export is closed after the timeout and its temp file deleted', async () => {
    const dir = tempDir()
    const h = harnessIn(dir, { idleMs: 60 })
    const id = await begin(h, beginReq({ kind: 'payments', format: 'csv' }))
    const payment = { date: '2026-01-01', customerCode: 'C', customerName: 'N', taxId: 'T', method: 'cash', reference: '', amount: 1, allocated: 1, discount: 0, unallocated: 0, invoices: '' }
    for (let i = 0; i < 3; i++) {
      // Each call restarts the idle clock.
      await sleep(35)
      ok(await h.call('exports:append', { exportId: id, rows: [payment] }))
    }
    expect(tempFiles(dir)).toHaveLength(1)
    await sleep(250)
    expect(readdirSync(dir)).toEqual([])
    expect(failed(await h.call('exports:finish', { exportId: id, open: false })).code).toBe('exports.unknown')
  })

  it('an unknown id is refused', async () => {
    const h = harnessIn(tempDir())
    expect(failed(await h.call('exports:append', { exportId: 'abc', rows: [{}] }))).toEqual({ code: 'exports.unknown', params: {} })
    expect(failed(await h.call('exports:finish', { exportId: 'abc', open: false })).code).toBe('exports.unknown')
  })

  it('refuses more than the allowed open exports until one ends', async () => {
    const dir = tempDir()
    const h = harnessIn(dir, { maxOpen: 2 })
    const a = await begin(h, beginReq({ kind: 'payments' }))
    await begin(h, beginReq({ kind: 'payments' }))
    expect(failed(await h.call('exports:begin', beginReq({ kind: 'payments' })))).toEqual({ code: 'exports.tooMany', params: { max: 2 } })
    ok(await h.call('exports:finish', { exportId: a, open: false }))
    await begin(h, beginReq({ kind: 'payments' }))
  })

  it('runs chunks of one export in order even when sent without waiting', async () => {
    const h = harnessIn(tempDir())
    const id = await begin(h, beginReq({ kind: 'statement' }))
    const rows = statementRows()
    const results = await Promise.all(rows.map((r) => h.call('exports:append', { exportId: id, rows: [r] })))
    expect(results.map((r) => ok(r).rowsWritten)).toEqual([1, 2, 3, 4])
    const done = ok(await h.call('exports:finish', { exportId: id, open: false }))
    const ws = await readSheet(done.path)
    expect([2, 3, 4, 5].map((r) => ws.getCell(`G${r}`).value)).toEqual([500, 1710, 1210, 1089])
  })

  it('two exports at once do not mix their rows', async () => {
    const h = harnessIn(tempDir())
    const a = await begin(h, beginReq({ kind: 'statement', fileName: 'a' }))
    const b = await begin(h, beginReq({ kind: 'statement', fileName: 'b', language: 'en' }))
    const rows = statementRows()
    await Promise.all([h.call('exports:append', { exportId: a, rows }), h.call('exports:append', { exportId: b, rows: rows.slice(0, 2) })])
    const [ra, rb] = await Promise.all([h.call('exports:finish', { exportId: a, open: false }), h.call('exports:finish', { exportId: b, open: false })])
    expect(ok(ra).rows).toBe(4)
    expect(ok(rb).rows).toBe(2)
    expect((await readSheet(ok(rb).path)).getCell('B2').value).toBe('Opening balance')
  })

  it('reports a folder it cannot write into', async () => {
    const parent = tempDir()
    writeFileSync(join(parent, 'file'), 'x')
    const h = harnessIn(join(parent, 'file', 'Cobro'))
    expect(failed(await h.call('exports:begin', beginReq({ kind: 'payments' }))).code).toBe('files.writeFailed')
    expect(existsSync(join(parent, 'file', 'Cobro'))).toBe(false)
  })
})
