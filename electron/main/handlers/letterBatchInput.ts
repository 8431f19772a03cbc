/**
 * The letters of a batch, checked against the contract's letterModelSchema one by one in short slices, giving the
 * event loop back between slices. Checking 200 letters in one synchronous parse (as dispatch does for every other
 * request) held main's event loop for 30-250 ms on a busy machine; a slice of LETTERS_PER_SLICE letters takes a few
 * ms. A refusal is the same IpcError dispatch would raise: ipc.invalidInput naming 'letters.<i>.<path>'.
 * Unknown keys are stripped, as everywhere. No electron import.
 */
import { setImmediate as nextTurn } from 'node:timers/promises'
import { IpcError } from '../../contract/errors'
import { letterModelSchema } from '../../contract/letterSchemas'
import type { LetterModel } from '../../../renderer/domain/collections/types'
import { fieldOf } from './dispatch'

export const LETTERS_PER_SLICE = 10

export async function checkBatchLetters(raw: readonly unknown[]): Promise<LetterModel[]> {
  const letters: LetterModel[] = []
  for (const [i, item] of raw.entries()) {
    if (i > 0 && i % LETTERS_PER_SLICE === 0) await nextTurn()
    const parsed = letterModelSchema.safeParse(item)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new IpcError('ipc.invalidInput', {
        field: fieldOf(['letters', i, ...(issue?.path ?? [])]),
        problem: issue?.message ?? 'invalid',
        channel: 'documents:saveLettersBatchPdf',
      })
    }
    letters.push(parsed.data)
  }
  return letters
}
