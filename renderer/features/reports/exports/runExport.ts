/**
 * Streams an export to main: begin (main shows the save dialog), append the source's chunks in order, finish.
 * On any failure after begin the export is aborted (main drops its temp file) and the error is rethrown; a
 * cancelled save dialog or a cancel asked through `signal` resolves with { status: 'cancelled' }, not an error.
 */
import type { CobroApi, ExportBeginRequest, ExportFinishResult, ExportKind } from '../../../../electron/contract/channels'
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
    for await (const rows of source.chunks()) {
      if (signal?.aborted) break
      if (rows.length === 0) continue
      await api.appendExport({ exportId, rows })
      written += rows.length
      onProgress?.({ written, total: source.total })
    }
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
