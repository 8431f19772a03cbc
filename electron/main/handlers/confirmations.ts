/**
 * Balance confirmation handler: one letter (customer page) or a batch (every customer with a balance as of a
 * date) as one PDF, each letter in its customer's language with its reply slip, saved through the dialog or into
 * the documents folder and optionally opened for printing. A batch renders in the PDF worker thread. One letter is
 * named after its customer ("Confirmación de saldo - Bar Sol, S.L. - 2026-12-31.pdf"), a batch after `batchName`.
 * No electron import.
 */
import type { BalanceConfirmationsPdfRequest, SaveResult } from '../../contract/channels'
import { IpcError } from '../../contract/errors'
import { confirmationFileName } from '../documents/pdf/confirmation'
import { renderConfirmations } from '../documents/pdf/confirmationJob'
import type { HandlerDeps } from './deps'
import { detail, saveAndMaybeOpen } from './documents'

export async function saveBalanceConfirmationsPdf(deps: HandlerDeps, req: BalanceConfirmationsPdfRequest): Promise<SaveResult> {
  const first = req.confirmations[0]
  const lang = req.confirmations.length === 1 && first ? first.language : req.company.uiLanguage
  let bytes: Buffer
  try {
    const opts = { workerPath: deps.pdfWorkerPath, ...(deps.fontsDir ? { fontsDir: deps.fontsDir } : {}) }
    bytes = (await renderConfirmations(req.confirmations, req.company, req.batchName, opts)).bytes
  } catch (err) {
    throw new IpcError('pdf.renderFailed', { detail: detail(err) })
  }
  const fileName = req.confirmations.length === 1 && first ? confirmationFileName(first) : `${req.batchName}.pdf`
  return saveAndMaybeOpen(deps, req, bytes, fileName, lang, 'confirmation.dialog.save')
}
