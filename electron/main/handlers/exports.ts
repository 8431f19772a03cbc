/**
 * The accountant's exports (protocol in contract/exports.ts): begin opens a temp file and a streaming writer,
 * append checks a chunk and writes it, finish writes the totals and moves the file into place, abort drops it.
 *
 * Rules, each tested in tests/unit/main/exports*.test.ts:
 * - A chunk that fails its checks (electron/main/exports/checks.ts) is not written at all and ends the export: the
 *   temp file is deleted and the error (ipc.invalidInput naming 'rows.<i>.<field>') says why; later calls on that
 *   exportId get exports.unknown. A write error ends it the same way (files.writeFailed).
 * - `rowsWritten` of an append is the number of data rows written so far in the export (for a progress bar).
 * - At most MAX_EXPORT_ROWS data rows (an XLSX sheet holds 1,048,576 rows): beyond, exports.tooManyRows.
 * - abort is idempotent: an unknown or finished exportId is not an error.
 * Plain functions of (deps, session store, input); no electron import.
 */
import type {
  ExportAbortRequest,
  ExportAppendRequest,
  ExportAppendResult,
  ExportBeginRequest,
  ExportBeginResult,
  ExportFinishRequest,
  ExportFinishResult,
} from '../../contract/exports'
import { IpcError } from '../../contract/errors'
import { checkChunk, newChainState, type ChainState } from '../exports/checks'
import { layoutFor } from '../exports/columns'
import { openCsvWriter } from '../exports/csvWriter'
import { createSessionStore, type SessionOptions, type SessionStore } from '../exports/sessions'
import { chooseTarget, finalPath, moveIntoPlace, removeQuietly } from '../exports/target'
import { openXlsxWriter } from '../exports/xlsxWriter'
import type { Handlers } from './dispatch'
import type { HandlerDeps } from './deps'

type ExportHandlers = Pick<Handlers, 'exports:begin' | 'exports:append' | 'exports:finish' | 'exports:abort'>

export const MAX_EXPORT_ROWS = 1_000_000

/** Rows checked per turn of the event loop: a whole 5,000-row chunk at once blocked main ~75 ms the first time. */
export const CHECK_SLICE = 1000

/** checkChunk slice by slice, the event loop free between slices; nothing is returned unless every row passed. */
export async function checkInSlices(req: ExportBeginRequest, state: ChainState, raw: readonly unknown[], slice = CHECK_SLICE) {
  const rows: ReturnType<typeof checkChunk> = []
  for (let first = 0; first < raw.length; first += slice) {
    await new Promise<void>((resolve) => setImmediate(resolve)) // the first also parts it from the input's parsing
    for (const row of checkChunk(req, state, raw.slice(first, first + slice), first)) rows.push(row)
  }
  return rows
}

function detail(err: unknown): string {
  return err instanceof Error ? err.message.slice(0, 300) : String(err).slice(0, 300)
}

export async function beginExport(deps: HandlerDeps, sessions: SessionStore, req: ExportBeginRequest): Promise<ExportBeginResult> {
  const release = sessions.reserve()
  try {
    const target = await chooseTarget(deps, req)
    if (!target) return { status: 'cancelled' }
    const open = req.format === 'xlsx' ? openXlsxWriter : openCsvWriter
    let writer
    try {
      writer = await open(target.tempPath, layoutFor(req), finalPath(target))
    } catch (err) {
      await removeQuietly(target.tempPath)
      throw err
    }
    const s = sessions.add({ req, target, writer, chain: newChainState() })
    return { status: 'started', exportId: s.id }
  } finally {
    release()
  }
}

export function appendExport(sessions: SessionStore, req: ExportAppendRequest): Promise<ExportAppendResult> {
  return sessions.run(req.exportId, async (s) => {
    try {
      const rows = await checkInSlices(s.req, s.chain, req.rows)
      if (s.rows + rows.length > MAX_EXPORT_ROWS) throw new IpcError('exports.tooManyRows', { max: MAX_EXPORT_ROWS })
      await s.writer.write(rows)
      s.rows += rows.length
      return { rowsWritten: s.rows }
    } catch (err) {
      await sessions.discard(s)
      throw err
    }
  })
}

export function finishExport(deps: HandlerDeps, sessions: SessionStore, req: ExportFinishRequest): Promise<ExportFinishResult> {
  return sessions.run(req.exportId, async (s) => {
    sessions.close(s)
    let path: string
    try {
      await s.writer.finish()
      path = await moveIntoPlace(s.target)
    } catch (err) {
      await s.writer.abort().catch(() => undefined)
      await removeQuietly(s.target.tempPath)
      throw err
    }
    let opened = false
    if (req.open) opened = (await deps.openPath(path).catch((err: unknown) => detail(err) || 'failed')) === ''
    return { status: 'saved', path, opened, rows: s.rows }
  })
}

export async function abortExport(sessions: SessionStore, req: ExportAbortRequest): Promise<void> {
  if (!sessions.has(req.exportId)) return
  await sessions.run(req.exportId, (s) => sessions.discard(s)).catch((err: unknown) => {
    if (!(err instanceof IpcError && err.code === 'exports.unknown')) throw err
  })
}

/** `options` (idle timeout, open-export limit) is for tests; the app uses the defaults. */
export function createExportHandlers(deps: HandlerDeps, options: SessionOptions = {}): ExportHandlers {
  const sessions = createSessionStore(options)
  return {
    'exports:begin': (req) => beginExport(deps, sessions, req),
    'exports:append': (req) => appendExport(sessions, req),
    'exports:finish': (req) => finishExport(deps, sessions, req),
    'exports:abort': (req) => abortExport(sessions, req),
  }
}
