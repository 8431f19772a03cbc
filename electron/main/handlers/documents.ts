/**
 * Document handlers: build the PDF in the document language, save it (dialog or documents folder), optionally
 * open it with the system viewer. Plain functions of their input and the injected deps; no electron import.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { CreditNotePdfRequest, InvoicePdfRequest, SaveMode, SaveResult } from '../../contract/channels'
import { IpcError } from '../../contract/errors'
import { saveDocument } from '../documents/files'
import { buildCreditNoteDoc, creditNoteFileName } from '../documents/pdf/creditNote'
import { renderPdf } from '../documents/pdf/fonts'
import { t } from '../documents/pdf/i18n'
import { buildInvoiceDoc, invoiceFileName } from '../documents/pdf/invoice'
import type { Language } from '../../../renderer/domain/types'
import type { HandlerDeps } from './deps'

export function detail(err: unknown): string {
  return err instanceof Error ? err.message.slice(0, 300) : String(err).slice(0, 300)
}

export async function renderOrFail(build: () => TDocumentDefinitions, fontsDir?: string): Promise<Buffer> {
  try {
    return await renderPdf(build(), fontsDir)
  } catch (err) {
    if (err instanceof IpcError) throw err
    throw new IpcError('pdf.renderFailed', { detail: detail(err) })
  }
}

export async function saveAndMaybeOpen(
  deps: HandlerDeps,
  req: { mode: SaveMode; open: boolean },
  bytes: Buffer,
  fileName: string,
  lang: Language,
  dialogTitleKey: string,
): Promise<SaveResult> {
  const outcome = await saveDocument({
    bytes,
    fileName,
    mode: req.mode,
    documentsDir: deps.paths.documentsDir,
    dialogs: deps.dialogs,
    dialogTitle: t(lang, dialogTitleKey),
    filterName: t(lang, 'dialog.pdfFilter'),
  })
  if (outcome.status === 'cancelled') return outcome
  let opened = false
  if (req.open) {
    opened = (await deps.openPath(outcome.path).catch((err: unknown) => detail(err) || 'failed')) === ''
  }
  return { status: 'saved', path: outcome.path, opened }
}

export async function saveInvoicePdf(deps: HandlerDeps, req: InvoicePdfRequest): Promise<SaveResult> {
  const lang = req.language ?? req.invoice.language
  const bytes = await renderOrFail(() => buildInvoiceDoc(req.invoice, req.company, lang, req.fiscalQr), deps.fontsDir)
  return saveAndMaybeOpen(deps, req, bytes, invoiceFileName(req.invoice, lang), lang, 'dialog.saveInvoice')
}

export async function saveCreditNotePdf(deps: HandlerDeps, req: CreditNotePdfRequest): Promise<SaveResult> {
  const lang = req.language ?? req.creditNote.language
  const bytes = await renderOrFail(
    () => buildCreditNoteDoc(req.creditNote, req.company, lang, req.originalInvoiceDate, req.fiscalQr),
    deps.fontsDir,
  )
  return saveAndMaybeOpen(deps, req, bytes, creditNoteFileName(req.creditNote, lang), lang, 'dialog.saveCreditNote')
}
