/**
 * One letters-to-PDF job: what the PDF worker thread runs (worker.ts), and what the calling thread runs when no
 * worker file can be found (letterRenderer.ts). Plain data in and out, so it crosses postMessage unchanged.
 */
import { PDFDocument } from 'pdf-lib'
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

/** Parts of one batch rendered by several workers, joined into one PDF in the given order (mergePdfParts). */
export interface MergeWorkerInput {
  kind: 'merge'
  parts: Uint8Array[]
  title: string
  fontsDir: string
}

export type PdfWorkerOutput = { ok: true; bytes: Uint8Array } | { ok: false; message: string }

export function isPdfWorkerInput(x: unknown): x is PdfWorkerInput {
  const i = x as Partial<PdfWorkerInput> | null
  return typeof i === 'object' && i !== null && i.kind === 'letters' && Array.isArray(i.letters) && typeof i.fontsDir === 'string'
}

export function isMergeWorkerInput(x: unknown): x is MergeWorkerInput {
  const i = x as Partial<MergeWorkerInput> | null
  return typeof i === 'object' && i !== null && i.kind === 'merge' && Array.isArray(i.parts) && typeof i.title === 'string'
}

/**
 * Joins PDFs page by page (pdf-lib copies each page with the fonts and images it uses). Every letter numbers its
 * own pages and starts on a new page, so a batch cut between letters and joined again reads exactly like the
 * batch rendered whole. The document title and author are the first part's (pdfmake wrote them).
 */
export async function mergePdfParts(parts: Uint8Array[], title: string): Promise<Uint8Array> {
  const out = await PDFDocument.create()
  let author: string | undefined
  for (const bytes of parts) {
    const src = await PDFDocument.load(bytes)
    author ??= src.getAuthor()
    for (const page of await out.copyPages(src, src.getPageIndices())) out.addPage(page)
  }
  out.setTitle(title)
  if (author) out.setAuthor(author)
  out.setProducer('Cobro')
  return out.save()
}

export async function mergeJob(input: MergeWorkerInput): Promise<PdfWorkerOutput> {
  try {
    const merged = await mergePdfParts(input.parts, input.title)
    return { ok: true, bytes: new Uint8Array(merged) }
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
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
