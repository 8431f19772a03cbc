/**
 * Balance confirmation letters to PDF bytes: one letter in the calling thread (~50-100 ms), a batch in the PDF
 * worker thread (worker.ts runs `renderConfirmationsJob` for a job of kind 'confirmations'), so that hundreds of
 * pages of pdfmake layout never block the main event loop. When no built worker can be found (vitest running the
 * sources), the batch renders in the calling thread: same PDF; `via` says which ran. Plain data in and out, so a
 * job crosses postMessage unchanged.
 */
import type { BalanceConfirmationModel } from '../../../../renderer/domain/reports/confirmationTypes'
import type { CompanySettings } from '../../../../renderer/domain/types'
import { buildConfirmationsDoc } from './confirmationDoc'
import { findFontsDir, renderPdf } from './fonts'
import type { PdfWorkerOutput } from './letterJob'
import { findPdfWorker, runPdfWorker } from './letterRenderer'

export interface ConfirmationsWorkerInput {
  kind: 'confirmations'
  confirmations: BalanceConfirmationModel[]
  company: CompanySettings
  title: string
  /** Resolved by the main thread (the worker's own location says nothing about where the fonts are). */
  fontsDir: string
}

export function isConfirmationsWorkerInput(x: unknown): x is ConfirmationsWorkerInput {
  const i = x as Partial<ConfirmationsWorkerInput> | null
  return typeof i === 'object' && i !== null && i.kind === 'confirmations' && Array.isArray(i.confirmations) && typeof i.fontsDir === 'string'
}

export async function renderConfirmationsJob(input: ConfirmationsWorkerInput): Promise<PdfWorkerOutput> {
  try {
    const buffer = await renderPdf(buildConfirmationsDoc(input.confirmations, input.company, input.title), input.fontsDir)
    // A fresh, exactly-sized copy so that its ArrayBuffer can be transferred whole.
    return { ok: true, bytes: new Uint8Array(buffer) }
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
}

export interface RenderedConfirmations {
  bytes: Buffer
  via: 'worker' | 'inline'
}

/** More letters than this render in the worker thread. */
export const INLINE_MAX = 1

export async function renderConfirmations(
  confirmations: BalanceConfirmationModel[],
  company: CompanySettings,
  title: string,
  opts: { fontsDir?: string; workerPath?: string | null } = {},
): Promise<RenderedConfirmations> {
  const input: ConfirmationsWorkerInput = { kind: 'confirmations', confirmations, company, title, fontsDir: opts.fontsDir ?? findFontsDir() }
  const workerPath = confirmations.length > INLINE_MAX ? findPdfWorker(opts.workerPath) : null
  const out = workerPath ? await runPdfWorker(workerPath, input) : await renderConfirmationsJob(input)
  if (!out.ok) throw new Error(out.message)
  return { bytes: Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength), via: workerPath ? 'worker' : 'inline' }
}
