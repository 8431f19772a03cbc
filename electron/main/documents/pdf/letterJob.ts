/**
 * One letters-to-PDF job: what the PDF worker thread runs (worker.ts), and what the calling thread runs when no
 * worker file can be found (letterRenderer.ts). Plain data in and out, so it crosses postMessage unchanged.
 */
import type { LetterModel } from '../../../../renderer/domain/collections/types'
import { renderPdf } from './fonts'
import { buildLettersDoc } from './letterDoc'

export interface PdfWorkerInput {
  kind: 'letters'
  letters: LetterModel[]
  title: string
  /** Resolved by the main thread (the worker's own location says nothing about where the fonts are). */
  fontsDir: string
}

export type PdfWorkerOutput = { ok: true; bytes: Uint8Array } | { ok: false; message: string }

export function isPdfWorkerInput(x: unknown): x is PdfWorkerInput {
  const i = x as Partial<PdfWorkerInput> | null
  return typeof i === 'object' && i !== null && i.kind === 'letters' && Array.isArray(i.letters) && typeof i.fontsDir === 'string'
}

export async function renderLettersJob(input: PdfWorkerInput): Promise<PdfWorkerOutput> {
  try {
    const buffer = await renderPdf(buildLettersDoc(input.letters, input.title), input.fontsDir)
    // A fresh, exactly-sized copy so that its ArrayBuffer can be transferred whole.
    return { ok: true, bytes: new Uint8Array(buffer) }
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
}
