/**
 * One letters-to-PDF job: what the PDF worker thread runs (worker.ts), and what the calling thread runs when no
 * worker file can be found (letterRenderer.ts). Plain data in and out, so it crosses postMessage unchanged.
 *
 * A batch from the renderer arrives unchecked: the worker checks its letters against the contract's
 * letterModelSchema before rendering them (off main's thread: 200 letters checked in main held its event loop for
 * 100-250 ms of parsing and garbage collection), reports the first refusal, and renders what the schema returned
 * (unknown keys stripped). Nothing in main touches a letter the schema has not accepted.
 */
import { letterModelSchema } from '../../../contract/letterSchemas'
import type { LetterModel } from '../../../../renderer/domain/collections/types'
import { renderPdf } from './fonts'
import { buildLettersDoc } from './letterDoc'

export interface PdfWorkerInput {
  kind: 'letters'
  /** LetterModels, or the renderer's raw letters when `checkFrom` is set. */
  letters: readonly unknown[]
  title: string
  /** Resolved by the main thread (the worker's own location says nothing about where the fonts are). */
  fontsDir: string
  /**
   * Set when the letters are not checked yet: they are the batch's letters from this position on (a refusal names
   * the letter by its position in the whole batch). Absent: the caller checked them.
   */
  checkFrom?: number
}

/** The first letter of a batch the schema refused: its position in the batch, the field's path, the problem. */
export interface LetterRefusal {
  index: number
  path: Array<string | number>
  message: string
}

export type PdfWorkerOutput = { ok: true; bytes: Uint8Array } | { ok: false; message: string; refusal?: LetterRefusal }

/** What a worker checking its letters says before it renders them (then it sends its PdfWorkerOutput). */
export interface LettersCheckedMessage {
  checked: true
  refusal: LetterRefusal | null
}

export function isLettersCheckedMessage(x: unknown): x is LettersCheckedMessage {
  return typeof x === 'object' && x !== null && (x as Partial<LettersCheckedMessage>).checked === true
}

export function isPdfWorkerInput(x: unknown): x is PdfWorkerInput {
  const i = x as Partial<PdfWorkerInput> | null
  return typeof i === 'object' && i !== null && i.kind === 'letters' && Array.isArray(i.letters) && typeof i.fontsDir === 'string'
}

/** Checks letters one by one (the first refusal wins); `from` is the first one's position in the batch. */
export function checkLetters(raw: readonly unknown[], from = 0): { letters: LetterModel[] } | { refusal: LetterRefusal } {
  const letters: LetterModel[] = []
  for (const [i, item] of raw.entries()) {
    const parsed = letterModelSchema.safeParse(item)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)))
      return { refusal: { index: from + i, path, message: issue?.message ?? 'invalid' } }
    }
    letters.push(parsed.data)
  }
  return { letters }
}

/**
 * Checks the letters when asked (telling `onChecked` the outcome before the seconds of layout), then renders them.
 * A refusal answers { ok: false, refusal } without rendering anything.
 */
export async function renderLettersJob(input: PdfWorkerInput, onChecked?: (m: LettersCheckedMessage) => void): Promise<PdfWorkerOutput> {
  try {
    let letters = input.letters as LetterModel[]
    if (input.checkFrom !== undefined) {
      const checked = checkLetters(input.letters, input.checkFrom)
      onChecked?.({ checked: true, refusal: 'refusal' in checked ? checked.refusal : null })
      if ('refusal' in checked) return { ok: false, message: 'invalid letter', refusal: checked.refusal }
      letters = checked.letters
    }
    const buffer = await renderPdf(buildLettersDoc(letters, input.title), input.fontsDir)
    // A fresh, exactly-sized copy so that its ArrayBuffer can be transferred whole.
    return { ok: true, bytes: new Uint8Array(buffer) }
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
}
