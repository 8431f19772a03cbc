/**
 * Streams an export to main: begin (main shows the save dialog), append the source's chunks in order, finish.
 * The next chunk is read and built while main writes the previous one (one chunk at a time waits in main), so the
 * two processes work side by side. Sales register rows travel packed (electron/contract/exportPacking.ts).
 * On any failure after begin the export is aborted (main drops its temp file) and the error is rethrown; a
 * cancelled save dialog or a cancel asked through `signal` resolves with { status: 'cancelled' }, not an error.
 */
import type { CobroApi, ExportBeginRequest, ExportFinishResult, ExportKind, ExportRowsByKind, ExportWireRow } from '../../../../electron/contract/channels'
import { packSalesRow } from '../../../../electron/contract/exportPacking'
import type { ExportSource } from '../../../db/repos/reports/exports'
import { cobro } from '../../../lib/bridge'

export type ExportApi = Pick<CobroApi, 'beginExport' | 'appendExport' | 'finishExport' | 'abortExport'>

export interface ExportProgress {
  written: number
  total: number
}

export interface RunExportOptions<K extends ExportKind> {
  /** Everything begin needs but what the source says (kind, rates, bounds). */
  request: Omit<ExportBeginRequest, 'kind' | 'rates' | 'bounds'>
  source: ExportSource<K>
  /** Open the file with the spreadsheet program once written. */
  open?: boolean
  onProgress?: (progress: ExportProgress) => void
  signal?: AbortSignal
  /** The bridge (default: window.cobro). */
  api?: ExportApi
}

export type RunExportResult = ExportFinishResult | { status: 'cancelled' }

/** Rows as they travel: sales register rows packed, the others as they are. */
function wireRows<K extends ExportKind>(kind: K, rows: ExportRowsByKind[K][]): ExportWireRow[] {
  return kind === 'salesRegister' ? (rows as ExportRowsByKind['salesRegister'][]).map(packSalesRow) : rows
}

export async function runExport<K extends ExportKind>(opts: RunExportOptions<K>): Promise<RunExportResult> {
  const api = opts.api ?? cobro()
  const { source, signal, onProgress } = opts
  if (signal?.aborted) return { status: 'cancelled' }
  const begun = await api.beginExport({
    ...opts.request,
    kind: source.kind,
    ...(source.rates ? { rates: source.rates } : {}),
    ...(source.bounds ? { bounds: source.bounds } : {}),
  })
  if (begun.status === 'cancelled') return { status: 'cancelled' }
  const { exportId } = begun
  const abort = async () => {
    try {
      await api.abortExport({ exportId })
    } catch {
      // The failure that led here is the one worth reporting.
    }
  }
  try {
    let written = 0
    onProgress?.({ written, total: source.total })
    let sent: Promise<void> | null = null
    for await (const rows of source.chunks()) {
      if (sent) await sent
      if (signal?.aborted) break
      if (rows.length === 0) continue
      sent = api.appendExport({ exportId, rows: wireRows(source.kind, rows) }).then(() => {
        written += rows.length
        onProgress?.({ written, total: source.total })
      })
      sent.catch(() => undefined) // awaited below or before the next chunk; until then its failure is not unhandled
    }
    if (sent) await sent
    if (signal?.aborted) {
      await abort()
      return { status: 'cancelled' }
    }
    return await api.finishExport({ exportId, open: opts.open ?? false })
  } catch (err) {
    await abort()
    throw err
  }
}
