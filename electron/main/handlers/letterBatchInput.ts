/**
 * The letters of a batch are checked against the contract's letterModelSchema one by one, not in the channel's one
 * synchronous parse (as dispatch does for every other request): 200 letters parsed at once held main's event loop
 * for 30-250 ms on a busy machine, and even parsed in short slices they filled main's heap with a second copy of
 * every letter (garbage collections of 25-50 ms while the workers rendered). With a PDF worker file the workers
 * check them, each its slice, before rendering (documents/pdf/letterJob.ts); without one, checkBatchLetters checks
 * them here in slices of LETTERS_PER_SLICE, giving the event loop back between slices.
 * A refusal is the same IpcError dispatch would raise: ipc.invalidInput naming 'letters.<i>.<path>', the batch's
 * first refused letter. Unknown keys are stripped, as everywhere. No electron import.
 */
import { setImmediate as nextTurn } from 'node:timers/promises'
import { IpcError } from '../../contract/errors'
import { languageSchema } from '../../contract/primitives'
import type { LetterModel } from '../../../renderer/domain/collections/types'
import type { Language } from '../../../renderer/domain/types'
import { checkLetters, type LetterRefusal } from '../documents/pdf/letterJob'
import { fieldOf } from './dispatch'

export const LETTERS_PER_SLICE = 10

/** The error dispatch gives for the batch's first refused letter. */
export function refusalError(r: LetterRefusal): IpcError {
  return new IpcError('ipc.invalidInput', {
    field: fieldOf(['letters', r.index, ...r.path]),
    problem: r.message,
    channel: 'documents:saveLettersBatchPdf',
  })
}

export async function checkBatchLetters(raw: readonly unknown[]): Promise<LetterModel[]> {
  const letters: LetterModel[] = []
  for (let from = 0; from < raw.length; from += LETTERS_PER_SLICE) {
    if (from > 0) await nextTurn()
    const slice = checkLetters(raw.slice(from, from + LETTERS_PER_SLICE), from)
    if ('refusal' in slice) throw refusalError(slice.refusal)
    letters.push(...slice.letters)
  }
  return letters
}

/** The language of a batch's dialog: its first letter's (checked by then), Spanish for an empty batch. */
export function batchLanguage(letters: readonly unknown[]): Language {
  const parsed = languageSchema.safeParse((letters[0] as { language?: unknown } | undefined)?.language)
  return parsed.success ? parsed.data : 'es'
}
