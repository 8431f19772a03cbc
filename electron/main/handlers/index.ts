/**
 * createHandlers(deps): one function per IPC channel, plain functions of their input and the injected deps.
 * ipc.ts registers them with ipcMain; the Playwright e2e harness calls them straight from Node through `dispatch`
 * (same validation and envelope as in the app). Nothing under handlers/ or documents/ imports 'electron'.
 */
import { getAppInfo } from './app'
import type { HandlerDeps } from './deps'
import { dispatch, type Handlers } from './dispatch'
import { saveCreditNotePdf, saveInvoicePdf } from './documents'
import { saveLetterPdf, saveLettersBatchPdf } from './letters'
import { saveStatementPdf } from './statement'
import { saveBalanceConfirmationsPdf } from './confirmations'
import { createExportHandlers } from './exports'
import { openStatementFile } from './bank'
import { createBackupHandlers } from './backups'
import { saveXml, saveXmlBatch } from './einvoice'

export type { HandlerDeps } from './deps'
export type { Handlers } from './dispatch'
export type { Dialogs, SaveDialogOptions } from '../documents/files'
export { dispatch, parseInput, isChannel } from './dispatch'

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:getInfo': async () => getAppInfo(deps),
    'documents:saveInvoicePdf': (req) => saveInvoicePdf(deps, req),
    'documents:saveCreditNotePdf': (req) => saveCreditNotePdf(deps, req),
    'documents:saveLetterPdf': (req) => saveLetterPdf(deps, req),
    'documents:saveLettersBatchPdf': (req) => saveLettersBatchPdf(deps, req),
    'documents:saveStatementPdf': (req) => saveStatementPdf(deps, req),
    'documents:saveBalanceConfirmationsPdf': (req) => saveBalanceConfirmationsPdf(deps, req),
    ...createExportHandlers(deps),
    'bank:openStatement': (req) => openStatementFile(deps, req),
    ...createBackupHandlers(deps),
    'einvoice:saveXml': (req) => saveXml(deps, req),
    'einvoice:saveXmlBatch': (req) => saveXmlBatch(deps, req),
  }
}

/** Handlers plus validation, for callers outside ipcMain (the e2e bridge): resolves to the IPC envelope. */
export function createDispatcher(deps: HandlerDeps) {
  const handlers = createHandlers(deps)
  return <C extends keyof Handlers>(channel: C, raw: unknown) => dispatch(handlers, channel, raw)
}
