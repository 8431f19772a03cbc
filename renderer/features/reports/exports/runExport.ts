/**
 * Streams an export to main: begin (main shows the save dialog), append the source's chunks in order, finish.
 * The next chunks are read, built and sent while main writes the previous one (IN_FLIGHT), so the two processes work
 * side by side. Sales register rows travel packed (electron/contract/exportPacking.ts).
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

/**
 * Chunks sent and not yet written: while main writes one, the next is on its way (and the one after is being read
 * and built), so main does not wait for the transfer of each chunk. Main takes them in order (one at a time).
 */
const IN_FLIGHT = 2

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
    ...(source.cancellations ? { cancellations: true } : {}),
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
    const sent: Promise<void>[] = []
    for await (const rows of source.chunks()) {
      if (sent.length >= IN_FLIGHT) await sent.shift()
      if (signal?.aborted) break
      if (rows.length === 0) continue
      const append = api.appendExport({ exportId, rows: wireRows(source.kind, rows) }).then(() => {
        written += rows.length
        onProgress?.({ written, total: source.total })
      })
      append.catch(() => undefined) // awaited below, in order; until then its failure is not unhandled
      sent.push(append)
    }
    for (const append of sent) await append
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
