/**
 * Joins the parts of a letter batch rendered by several workers (letterRenderer.ts) into one PDF, in a worker of
 * its own. Apart from letterJob.ts so that the joining worker loads pdf-lib only (not pdfmake and its fonts), and
 * pdf-lib from its single-file ES build: the package's CommonJS entry loads 139 files, which took a worker 0.4-0.8 s
 * to start; the bundle, same library and version, about 0.1 s.
 */
import { ParseSpeeds, PDFDocument } from 'pdf-lib/dist/pdf-lib.esm.min.js'
import type { PdfWorkerOutput } from './letterJob'

/** Parts of one batch rendered by several workers, joined into one PDF in the given order (mergePdfParts). */
export interface MergeWorkerInput {
  kind: 'merge'
  parts: Uint8Array[]
  title: string
  fontsDir: string
}

export function isMergeWorkerInput(x: unknown): x is MergeWorkerInput {
  const i = x as Partial<MergeWorkerInput> | null
  return typeof i === 'object' && i !== null && i.kind === 'merge' && Array.isArray(i.parts) && typeof i.title === 'string'
}

/**
 * Joins PDFs page by page (pdf-lib copies each page with the fonts and images it uses). Every letter numbers its
 * own pages and starts on a new page, so a batch cut between letters and joined again reads exactly like the
 * batch rendered whole. The document title and author are the first part's (pdfmake wrote them).
 * In a worker there is nothing to give turns to: pdf-lib parses and writes in one go instead of pausing every
 * 100 and 50 objects. The objects are written as pdfmake writes them, not packed into compressed object streams:
 * packing took a third of the join (~0.2 s for 200 letters) to save 7 % of the file.
 */
export async function mergePdfParts(parts: Uint8Array[], title: string): Promise<Uint8Array> {
  const out = await PDFDocument.create()
  let author: string | undefined
  for (const bytes of parts) {
    const src = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest })
    author ??= src.getAuthor()
    for (const page of await out.copyPages(src, src.getPageIndices())) out.addPage(page)
  }
  out.setTitle(title)
  if (author) out.setAuthor(author)
  out.setProducer('Cobro')
  return out.save({ objectsPerTick: Infinity, useObjectStreams: false })
}

export async function mergeJob(input: MergeWorkerInput): Promise<PdfWorkerOutput> {
  try {
    const merged = await mergePdfParts(input.parts, input.title)
    return { ok: true, bytes: new Uint8Array(merged) }
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
}
