/**
 * Renders letters to PDF bytes: a batch in a worker thread (the main event loop stays free while pdfmake lays out
 * hundreds of pages), a single letter in the calling thread (~50-100 ms).
 *
 * The worker is the built file out/main/pdfWorker.js (electron-vite's second main entry). It is looked for next to
 * the running main bundle (the app) and, from the TypeScript sources (the e2e harness, which builds first), in the
 * repository's out/main. Tests pass a freshly bundled worker explicitly (HandlerDeps.pdfWorkerPath).
 * A large batch is cut between letters into as many parts as the PC has cores (at most MAX_PARTS), each rendered
 * by its own worker at the same time, and the parts are joined by one more worker (pdf-lib): pdfmake's layout is
 * single-threaded and takes most of a 200-letter batch's time.
 * Fallback: when no worker file can be found at all (e.g. vitest running the sources without a bundle), the batch
 * is rendered in the calling thread: same PDF, but the event loop is blocked meanwhile. `via` says which ran.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { LetterModel } from '../../../../renderer/domain/collections/types'
import { findFontsDir } from './fonts'
import { renderLettersJob, type MergeWorkerInput, type PdfWorkerInput, type PdfWorkerOutput } from './letterJob'

export const PDF_WORKER_FILE = 'pdfWorker.js'

export function pdfWorkerCandidates(): string[] {
  const here: string | undefined = import.meta.dirname
  if (!here) return []
  return [
    // Built app: this code is bundled into out/main/index.js (or a chunk one folder below it).
    join(here, PDF_WORKER_FILE),
    join(here, '..', PDF_WORKER_FILE),
    // Sources (electron/main/documents/pdf): the repository's build output.
    join(here, '..', '..', '..', '..', 'out', 'main', PDF_WORKER_FILE),
  ]
}

/** The worker file to use: `explicit` when given (null: none), else the first candidate that exists. */
export function findPdfWorker(explicit?: string | null, candidates: string[] = pdfWorkerCandidates()): string | null {
  if (explicit === null) return null
  if (explicit !== undefined) return existsSync(explicit) ? resolve(explicit) : null
  const found = candidates.find((p) => existsSync(p))
  return found ? resolve(found) : null
}

/** Runs one job (letters, or any other kind worker.ts knows) in a new worker thread; resolves with its answer. */
export function runPdfWorker(workerPath: string, input: { kind: string; fontsDir: string }): Promise<PdfWorkerOutput> {
  return new Promise((resolvePromise, reject) => {
    let settled = false
    const worker = new Worker(workerPath, { workerData: input, name: 'cobro-pdf' })
    worker.once('message', (out: PdfWorkerOutput) => {
      settled = true
      resolvePromise(out)
      void worker.terminate()
    })
    worker.once('error', (err) => {
      if (settled) return
      settled = true
      reject(err)
    })
    worker.once('exit', (code) => {
      if (settled) return
      settled = true
      reject(new Error(`PDF worker exited with code ${code} without an answer`))
    })
  })
}

export interface RenderedLetters {
  bytes: Buffer
  via: 'worker' | 'inline'
  /** How many workers rendered a part of the batch (1 when rendered whole). */
  parts: number
}

/** Below this many letters one worker is quicker than starting several and joining their PDFs. */
export const SPLIT_FROM_LETTERS = 40
export const MAX_PARTS = 4

/** How many parts a batch of `n` letters is cut into on a PC with `cores` cores. */
export function partsFor(n: number, cores: number = availableParallelism()): number {
  if (n < SPLIT_FROM_LETTERS) return 1
  return Math.max(1, Math.min(MAX_PARTS, cores, Math.floor(n / (SPLIT_FROM_LETTERS / 2))))
}

/** `n` items cut into `parts` consecutive slices whose sizes differ by at most one. */
export function slicesOf<T>(items: T[], parts: number): T[][] {
  const out: T[][] = []
  let start = 0
  for (let i = 0; i < parts; i++) {
    const size = Math.floor(items.length / parts) + (i < items.length % parts ? 1 : 0)
    out.push(items.slice(start, start + size))
    start += size
  }
  return out.filter((s) => s.length > 0)
}

async function renderInParts(workerPath: string, letters: LetterModel[], title: string, fontsDir: string, parts: number): Promise<PdfWorkerOutput> {
  const partInput = (slice: LetterModel[]): PdfWorkerInput => ({ kind: 'letters', letters: slice, title, fontsDir })
  const outs = await Promise.all(slicesOf(letters, parts).map((slice) => runPdfWorker(workerPath, partInput(slice))))
  const failed = outs.find((o) => !o.ok)
  if (failed) return failed
  const bytes = outs.map((o) => (o.ok ? o.bytes : new Uint8Array()))
  const merge: MergeWorkerInput = { kind: 'merge', parts: bytes, title, fontsDir }
  return runPdfWorker(workerPath, merge)
}

export async function renderLetters(
  letters: LetterModel[],
  title: string,
  opts: { fontsDir?: string; workerPath?: string | null; useWorker: boolean; parts?: number },
): Promise<RenderedLetters> {
  const input: PdfWorkerInput = { kind: 'letters', letters, title, fontsDir: opts.fontsDir ?? findFontsDir() }
  const workerPath = opts.useWorker ? findPdfWorker(opts.workerPath) : null
  const parts = workerPath ? Math.min(opts.parts ?? partsFor(letters.length), letters.length) : 1
  const out = !workerPath
    ? await renderLettersJob(input)
    : parts > 1
      ? await renderInParts(workerPath, letters, title, input.fontsDir, parts)
      : await runPdfWorker(workerPath, input)
  if (!out.ok) throw new Error(out.message)
  return { bytes: Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength), via: workerPath ? 'worker' : 'inline', parts: Math.max(1, parts) }
}
