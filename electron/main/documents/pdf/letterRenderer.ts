/**
 * Renders letters to PDF bytes: a batch in a worker thread (the main event loop stays free while pdfmake lays out
 * hundreds of pages), a single letter in the calling thread (~50-100 ms).
 *
 * The worker is the built file out/main/pdfWorker.js (electron-vite's second main entry). It is looked for next to
 * the running main bundle (the app) and, from the TypeScript sources (the e2e harness, which builds first), in the
 * repository's out/main. Tests pass a freshly bundled worker explicitly (HandlerDeps.pdfWorkerPath).
 * Fallback: when no worker file can be found at all (e.g. vitest running the sources without a bundle), the batch
 * is rendered in the calling thread: same PDF, but the event loop is blocked meanwhile. `via` says which ran.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { LetterModel } from '../../../../renderer/domain/collections/types'
import { findFontsDir } from './fonts'
import { renderLettersJob, type PdfWorkerInput, type PdfWorkerOutput } from './letterJob'

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
}

export async function renderLetters(
  letters: LetterModel[],
  title: string,
  opts: { fontsDir?: string; workerPath?: string | null; useWorker: boolean },
): Promise<RenderedLetters> {
  const input: PdfWorkerInput = { kind: 'letters', letters, title, fontsDir: opts.fontsDir ?? findFontsDir() }
  const workerPath = opts.useWorker ? findPdfWorker(opts.workerPath) : null
  const out = workerPath ? await runPdfWorker(workerPath, input) : await renderLettersJob(input)
  if (!out.ok) throw new Error(out.message)
  return { bytes: Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength), via: workerPath ? 'worker' : 'inline' }
}
