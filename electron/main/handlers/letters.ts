/**
 * Letter handlers: one reminder / formal demand letter, or a batch of them as one PDF ("Print all letters due
 * today"), saved through the dialog or into the documents folder and optionally opened for printing.
 * A single letter renders in this thread (~50-100 ms); a batch renders in the PDF worker thread. No electron import.
 */
import type { LetterPdfRequest, LettersBatchPdfRequest, SaveResult } from '../../contract/channels'
import { IpcError } from '../../contract/errors'
import { letterFileName } from '../documents/pdf/letter'
import { buildLettersDoc } from '../documents/pdf/letterDoc'
import { renderLetters } from '../documents/pdf/letterRenderer'
import type { HandlerDeps } from './deps'
import { detail, renderOrFail, saveAndMaybeOpen } from './documents'
import { checkBatchLetters } from './letterBatchInput'

export async function saveLetterPdf(deps: HandlerDeps, req: LetterPdfRequest): Promise<SaveResult> {
  const bytes = await renderOrFail(() => buildLettersDoc([req.letter]), deps.fontsDir)
  return saveAndMaybeOpen(deps, req, bytes, letterFileName(req.letter), req.letter.language, 'letters.dialog.saveLetter')
}

export async function saveLettersBatchPdf(deps: HandlerDeps, req: LettersBatchPdfRequest): Promise<SaveResult> {
  // The channel checked the envelope only: the letters are checked here, in slices (letterBatchInput.ts).
  const letters = await checkBatchLetters(req.letters)
  const lang = letters[0]?.language ?? 'es'
  let bytes: Buffer
  try {
    bytes = (await renderLetters(letters, req.batchName, { fontsDir: deps.fontsDir, workerPath: deps.pdfWorkerPath, useWorker: true })).bytes
  } catch (err) {
    throw new IpcError('pdf.renderFailed', { detail: detail(err) })
  }
  return saveAndMaybeOpen(deps, req, bytes, `${req.batchName}.pdf`, lang, 'letters.dialog.saveBatch')
}
