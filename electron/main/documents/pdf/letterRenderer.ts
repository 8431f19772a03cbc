/**
 * Renders letters to PDF bytes: a batch in a worker thread (the main event loop stays free while pdfmake lays out
 * hundreds of pages), a single letter in the calling thread (~50-100 ms).
 *
 * The worker is the built file out/main/pdfWorker.js (electron-vite's second main entry). It is looked for next to
 * the running main bundle (the app) and, from the TypeScript sources (the e2e harness, which builds first), in the
 * repository's out/main. Tests pass a freshly bundled worker explicitly (HandlerDeps.pdfWorkerPath).
 * A large batch is cut between letters into as many parts as the PC has cores (at most MAX_PARTS), each rendered
 * by its own worker at the same time, and the parts are joined by one more worker (pdf-lib): pdfmake's layout is
 * single-threaded and takes most of a 200-letter batch's time. The renderer's letters are checked by the workers
 * too (letterJob.ts), each its slice, before any layout starts.
 * Fallback: when no worker file can be found at all (e.g. vitest running the sources without a bundle), the batch
 * is rendered in the calling thread: same PDF, but the event loop is blocked meanwhile. `via` says which ran.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { LetterModel } from '../../../../renderer/domain/collections/types'
import { findFontsDir } from './fonts'
import {
  isLettersCheckedMessage,
  renderLettersJob,
  type LetterRefusal,
  type LettersCheckedMessage,
  type PdfWorkerInput,
  type PdfWorkerOutput,
} from './letterJob'
import type { MergeWorkerInput } from './letterMerge'

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

/** A batch the contract refused (thrown by renderLetters for unchecked letters): the first refused letter. */
export class LetterRefusedError extends Error {
  constructor(readonly refusal: LetterRefusal) {
    super(`letter ${refusal.index} refused: ${refusal.message}`)
  }
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
export function slicesOf<T>(items: readonly T[], parts: number): T[][] {
  const out: T[][] = []
  let start = 0
  for (let i = 0; i < parts; i++) {
    const size = Math.floor(items.length / parts) + (i < items.length % parts ? 1 : 0)
    out.push(items.slice(start, start + size))
    start += size
  }
  return out.filter((s) => s.length > 0)
}

/**
 * `items` cut into `parts` consecutive, non-empty slices of about equal total weight: the parts of a batch are
 * rendered at the same time and joined when the last is done, and the queue puts the formal demands (two pages,
 * the legal text) and the largest debtors (the longest invoice tables) first, so equal counts left the first part
 * the longest.
 */
export function weightedSlicesOf<T>(items: readonly T[], parts: number, weight: (item: T) => number): T[][] {
  const n = Math.min(parts, items.length)
  if (n <= 1) return items.length > 0 ? [items.slice()] : []
  const w = items.map(weight)
  const total = w.reduce((a, b) => a + b, 0)
  const out: T[][] = []
  let start = 0
  let acc = 0
  for (let p = 1; p < n; p++) {
    const target = (total * p) / n
    let end = start + 1
    acc += w[start]!
    // Take the next item while that brings the cut closer to the target, leaving one item for each later part.
    while (end < items.length - (n - p) && Math.abs(acc + w[end]! - target) <= Math.abs(acc - target)) acc += w[end++]!
    out.push(items.slice(start, end))
    start = end
  }
  out.push(items.slice(start))
  return out
}

/**
 * A letter's layout cost, estimated from what the renderer sent (not checked yet: anything odd weighs the base):
 * measured, a letter takes ~30 ms to lay out plus ~1 ms per 100 characters of text and ~0.5 ms per invoice row.
 */
export function letterWeight(raw: unknown): number {
  const l = (typeof raw === 'object' && raw !== null ? raw : {}) as { subject?: unknown; paragraphs?: unknown; invoices?: unknown }
  const length = (x: unknown) => (typeof x === 'string' ? x.length : 0)
  const text = length(l.subject) + (Array.isArray(l.paragraphs) ? l.paragraphs.reduce((n: number, p: unknown) => n + length(p), 0) : 0)
  const rows = Array.isArray(l.invoices) ? l.invoices.length : 0
  return 3000 + text + 50 * rows
}

/** A letters worker that checks its letters first: `checked` settles before the layout starts, `done` at the end. */
interface LettersWorker {
  checked: Promise<LetterRefusal | null>
  done: Promise<PdfWorkerOutput>
  stop(): void
}

function startLettersWorker(workerPath: string, input: PdfWorkerInput): LettersWorker {
  const worker = new Worker(workerPath, { workerData: input, name: 'cobro-pdf' })
  let onChecked: (r: LetterRefusal | null) => void = () => undefined
  const checked = new Promise<LetterRefusal | null>((resolve) => (onChecked = resolve))
  const done = new Promise<PdfWorkerOutput>((resolve, reject) => {
    worker.on('message', (m: LettersCheckedMessage | PdfWorkerOutput) => {
      if (isLettersCheckedMessage(m)) return onChecked(m.refusal)
      onChecked(!m.ok && m.refusal ? m.refusal : null)
      resolve(m)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`PDF worker exited with code ${code} without an answer`)))
  })
  // A worker that fails before saying anything has refused nothing: `done` carries the failure.
  done.catch(() => onChecked(null))
  return { checked, done, stop: () => void worker.terminate() }
}

/**
 * The batch cut into `parts` slices, each checked (when `unchecked`) and rendered by its own worker, joined by one
 * more. When a slice is refused, every worker is stopped at once and the batch's first refused letter is reported.
 */
async function renderInParts(workerPath: string, letters: readonly unknown[], title: string, fontsDir: string, parts: number, unchecked: boolean): Promise<PdfWorkerOutput> {
  let from = 0
  const slices = letters.length > 0 ? weightedSlicesOf(letters, parts, letterWeight) : [letters]
  const workers = slices.map((slice) => {
    const input: PdfWorkerInput = { kind: 'letters', letters: slice, title, fontsDir, ...(unchecked ? { checkFrom: from } : {}) }
    from += slice.length
    return startLettersWorker(workerPath, input)
  })
  const stopAll = () => workers.forEach((w) => w.stop())
  try {
    if (unchecked) {
      const refusal = (await Promise.all(workers.map((w) => w.checked))).find((r) => r !== null)
      if (refusal) {
        stopAll()
        return { ok: false, message: 'invalid letter', refusal }
      }
    }
    const outs = await Promise.all(workers.map((w) => w.done))
    const failed = outs.find((o) => !o.ok)
    if (failed) return failed
    if (outs.length === 1) return outs[0]!
    const merge: MergeWorkerInput = { kind: 'merge', parts: outs.map((o) => (o.ok ? o.bytes : new Uint8Array())), title, fontsDir }
    return await runPdfWorker(workerPath, merge)
  } catch (err) {
    stopAll()
    throw err
  }
}

/**
 * Renders `letters` as one PDF: LetterModels, or with `unchecked` the renderer's letters as they came (checked
 * against the contract where they are rendered; a refusal throws LetterRefusedError naming the batch's first bad
 * letter, and nothing is rendered).
 */
interface RenderOptions {
  fontsDir?: string
  workerPath?: string | null
  useWorker: boolean
  parts?: number
}
export async function renderLetters(letters: readonly LetterModel[], title: string, opts: RenderOptions & { unchecked?: false }): Promise<RenderedLetters>
export async function renderLetters(letters: readonly unknown[], title: string, opts: RenderOptions & { unchecked: boolean }): Promise<RenderedLetters>
export async function renderLetters(letters: readonly unknown[], title: string, opts: RenderOptions & { unchecked?: boolean }): Promise<RenderedLetters> {
  const fontsDir = opts.fontsDir ?? findFontsDir()
  const unchecked = opts.unchecked === true
  const workerPath = opts.useWorker ? findPdfWorker(opts.workerPath) : null
  const parts = workerPath ? Math.max(1, Math.min(opts.parts ?? partsFor(letters.length), letters.length)) : 1
  const out = workerPath
    ? await renderInParts(workerPath, letters, title, fontsDir, parts, unchecked)
    : await renderLettersJob({ kind: 'letters', letters, title, fontsDir, ...(unchecked ? { checkFrom: 0 } : {}) })
  if (!out.ok) throw out.refusal ? new LetterRefusedError(out.refusal) : new Error(out.message)
  return { bytes: Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength), via: workerPath ? 'worker' : 'inline', parts }
}
