/** Rows and helpers for the export tests: run an export through the dispatcher, read the result back. */
import ExcelJS from 'exceljs'
import { expect } from 'vitest'
import type {
  ExportBeginRequest,
  ExportFinishResult,
  ExportRowsByKind,
  ExportKind,
  SalesRegisterRow,
  StatementExportRow,
} from '../../../../electron/contract/exports'
import type { IpcResult } from '../../../../electron/contract/errors'
import { createHandlers } from '../../../../electron/main/handlers'
import { dispatch, type Handlers } from '../../../../electron/main/handlers/dispatch'
import { createExportHandlers } from '../../../../electron/main/handlers/exports'
import type { SessionOptions } from '../../../../electron/main/exports/sessions'
import { fakeDeps, type FakeDeps } from '../helpers'

/** Handlers with the export handlers built with test options (idle timeout, open limit), and a dispatcher. */
export function exportHarness(deps: FakeDeps, options: SessionOptions = {}) {
  const handlers: Handlers = { ...createHandlers(deps), ...createExportHandlers(deps, options) }
  const call = <C extends keyof Handlers>(channel: C, raw: unknown) => dispatch(handlers, channel, raw)
  return { deps, handlers, call }
}

export function harnessIn(dir: string, options: SessionOptions = {}, dialogAnswer?: { canceled: boolean; filePath?: string }) {
  return exportHarness(fakeDeps({ documentsDir: dir, dialogAnswer }), options)
}

export function ok<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}

export function failed<T>(r: IpcResult<T>): { code: string; params: Record<string, string | number> } {
  expect(r.ok).toBe(false)
  return (r as { ok: false; error: { code: string; params: Record<string, string | number> } }).error
}

export function beginReq(over: Partial<ExportBeginRequest> & Pick<ExportBeginRequest, 'kind'>): ExportBeginRequest {
  return {
    format: 'xlsx',
    language: 'es',
    currency: 'EUR',
    fileName: 'Exportación',
    mode: 'default',
    title: [],
    ...over,
  }
}

/** begin, one append per chunk, finish; returns the finish result. */
export async function runExport<K extends ExportKind>(
  h: ReturnType<typeof exportHarness>,
  begin: ExportBeginRequest & { kind: K },
  chunks: ExportRowsByKind[K][][],
): Promise<ExportFinishResult> {
  const started = ok(await h.call('exports:begin', begin))
  if (started.status !== 'started') throw new Error('export was cancelled')
  for (const rows of chunks) ok(await h.call('exports:append', { exportId: started.exportId, rows }))
  return ok(await h.call('exports:finish', { exportId: started.exportId, open: false }))
}

export async function readSheet(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const ws = wb.worksheets[0]
  if (!ws) throw new Error('no worksheet')
  return ws
}

/** The texts of a row, from column 1 to `n`. */
export function rowTexts(ws: ExcelJS.Worksheet, row: number, n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ws.getRow(row).getCell(i + 1).value)
}

export const ES_RATES = [
  { vatRate: 2100, recargoRate: 520 },
  { vatRate: 1000, recargoRate: 140 },
]

function sales(over: Partial<SalesRegisterRow>): SalesRegisterRow {
  return {
    docType: 'invoice',
    date: '2026-01-15',
    operationDate: '',
    series: 'F',
    number: 'F2026-000001',
    correctedNumber: '',
    customerName: 'Ultramarinos Ñuñez Pérez',
    taxId: '12345678Z',
    country: 'ES',
    byRate: [],
    base: 0,
    vat: 0,
    recargo: 0,
    total: 0,
    documentCurrency: '',
    documentTotal: null,
    exchangeRate: null,
    cancelledOn: '',
    cancelReason: '',
    ...over,
  }
}

/** Three documents: 21 % + 10 % with recargo, 21 % without recargo, a credit note at 21 % with recargo. */
export function esSalesRows(): SalesRegisterRow[] {
  return [
    sales({
      operationDate: '2026-01-12',
      byRate: [
        { vatRate: 2100, recargoRate: 520, base: 100000, vat: 21000, recargo: 5200 },
        { vatRate: 1000, recargoRate: 140, base: 50000, vat: 5000, recargo: 700 },
      ],
      base: 150000,
      vat: 26000,
      recargo: 5900,
      total: 181900,
    }),
    sales({
      date: '2026-01-31',
      number: 'F2026-000002',
      customerName: '=HYPERLINK("http://x")',
      taxId: 'B12345674',
      byRate: [{ vatRate: 2100, recargoRate: 0, base: 12345, vat: 2592, recargo: 0 }],
      base: 12345,
      vat: 2592,
      recargo: 0,
      total: 14937,
    }),
    sales({
      docType: 'creditNote',
      date: '2026-02-03',
      series: 'R',
      number: 'R2026-000001',
      correctedNumber: 'F2026-000001',
      customerName: 'Bar "El Cruce"; S.L.',
      byRate: [{ vatRate: 2100, recargoRate: 520, base: -10000, vat: -2100, recargo: -520 }],
      base: -10000,
      vat: -2100,
      recargo: -520,
      total: -12620,
    }),
  ]
}

/** A cancelled invoice (anulada) right after the second invoice of esSalesRows: its number, its customer, nothing else. */
export function esCancelledRow(over: Partial<SalesRegisterRow> = {}): SalesRegisterRow {
  return sales({
    docType: 'cancelledInvoice',
    date: '2026-01-31',
    number: 'F2026-000003',
    customerName: 'Hostal Peñíscola, S.L.',
    taxId: 'B98765432',
    cancelledOn: '2026-02-02',
    cancelReason: 'Emitida por error: cliente equivocado',
    ...over,
  })
}

export function statementRows(): StatementExportRow[] {
  return [
    { date: '2026-01-01', kind: 'opening', reference: '', dueDate: '', debit: 0, credit: 0, balance: 50000 },
    { date: '2026-01-10', kind: 'invoice', reference: 'F2026-000010', dueDate: '2026-02-09', debit: 121000, credit: 0, balance: 171000 },
    { date: '2026-01-20', kind: 'payment', reference: 'Transferencia', dueDate: '', debit: 0, credit: 50000, balance: 121000 },
    { date: '2026-01-25', kind: 'creditNote', reference: 'R2026-000002', dueDate: '', debit: 0, credit: 12100, balance: 108900 },
  ]
}
