/**
 * Letter handlers: one reminder / formal demand letter, or a batch of them as one PDF ("Print all letters due
 * today"), saved through the dialog or into the documents folder and optionally opened for printing.
 * A single letter renders in this thread (~50-100 ms); a batch renders in PDF worker threads. No electron import.
 */
import type { LetterPdfRequest, LettersBatchPdfRequest, SaveResult } from '../../contract/channels'
import { IpcError } from '../../contract/errors'
import { letterFileName } from '../documents/pdf/letter'
import { buildLettersDoc } from '../documents/pdf/letterDoc'
import { findPdfWorker, LetterRefusedError, renderLetters } from '../documents/pdf/letterRenderer'
import type { HandlerDeps } from './deps'
import { detail, renderOrFail, saveAndMaybeOpen } from './documents'
import { batchLanguage, checkBatchLetters, refusalError } from './letterBatchInput'

export async function saveLetterPdf(deps: HandlerDeps, req: LetterPdfRequest): Promise<SaveResult> {
  const bytes = await renderOrFail(() => buildLettersDoc([req.letter]), deps.fontsDir)
  return saveAndMaybeOpen(deps, req, bytes, letterFileName(req.letter), req.letter.language, 'letters.dialog.saveLetter')
}

export async function saveLettersBatchPdf(deps: HandlerDeps, req: LettersBatchPdfRequest): Promise<SaveResult> {
  // The channel checked the envelope only. The letters are checked against the contract where they are rendered:
  // by the worker threads, each its slice, off this thread (letterBatchInput.ts says why); without a worker file,
  // here, in slices, before rendering in this thread.
  const workerPath = findPdfWorker(deps.pdfWorkerPath)
  const letters = workerPath ? req.letters : await checkBatchLetters(req.letters)
  let bytes: Buffer
  try {
    bytes = (await renderLetters(letters, req.batchName, { fontsDir: deps.fontsDir, workerPath, useWorker: true, unchecked: workerPath !== null })).bytes
  } catch (err) {
    if (err instanceof LetterRefusedError) throw refusalError(err.refusal)
    throw new IpcError('pdf.renderFailed', { detail: detail(err) })
  }
  return saveAndMaybeOpen(deps, req, bytes, `${req.batchName}.pdf`, batchLanguage(letters), 'letters.dialog.saveBatch')
}
