/**
 * The IPC contract: every channel between renderer and main, its input and its output.
 * Shared by main (validates input with the zod schema), preload (builds window.cobro) and renderer (types).
 * No electron import here.
 *
 * OWNED BY: main-process work. The shapes below are agreed with the renderer; zod schemas live in schemas.ts
 * (`inputSchemas`: channel -> schema of its input).
 *
 * Wire format (see errors.ts): each ipcMain.handle returns `{ ok: true, value }` or
 * `{ ok: false, error: { code, params } }`. The preload unwraps it: window.cobro methods resolve with the value or
 * reject with an Error carrying `code`/`params` (also encoded in its message, because contextBridge keeps only the
 * message); `decodeIpcError(err)` gives the renderer `{ code, params }` to translate.
 * Main checks every request's sender (only our own renderer page) and parses its input with the channel's schema; a
 * payload that does not match is rejected with `ipc.invalidInput` naming the field, before any handler runs.
 * Handlers never write to a path the renderer chose: files go through a save dialog or into the documents folder.
 */
import type { SaveXmlBatchRequest, SaveXmlBatchResult, SaveXmlRequest, SaveXmlResult } from './einvoice'
import type { LetterModel } from '../../renderer/domain/collections/types'
import type { StatementModel } from '../../renderer/domain/reports/statement'
import type { BalanceConfirmationModel } from '../../renderer/domain/reports/confirmationTypes'
import type {
  ExportAbortRequest,
  ExportAppendRequest,
  ExportAppendResult,
  ExportBeginRequest,
  ExportBeginResult,
  ExportFinishRequest,
  ExportFinishResult,
} from './exports'
import type { OpenStatementRequest, OpenStatementResult } from './bank'
import type {
  BackupAppendRequest,
  BackupBeginRequest,
  BackupBeginResult,
  BackupChooseFileRequest,
  BackupChooseFileResult,
  BackupFinishResult,
  BackupHandleRequest,
  BackupListResult,
  BackupOpenReadRequest,
  BackupOpenReadResult,
  BackupReadChunkResult,
  BackupSettings,
  BackupSettingsResult,
} from './backup'
import type { CompanySettings, CreditNote, Invoice, IsoDate, Language } from '../../renderer/domain/types'

export type { IpcErrorPayload, IpcResult } from './errors'
export { decodeIpcError, unwrapIpcResult } from './errors'

export interface AppInfo {
  version: string
  /** Folder where documents are saved by default (…/Documents/Cobro). */
  documentsDir: string
  userDataDir: string
  platform: string
}

/** 'ask' shows a save dialog; 'default' writes into the default documents folder without asking. */
export type SaveMode = 'ask' | 'default'

export type SaveResult = { status: 'saved'; path: string; opened: boolean } | { status: 'cancelled' }

export interface InvoicePdfRequest {
  invoice: Invoice
  company: CompanySettings
  /** Spain: the tax agency's QR URL from the invoice's VERI*FACTU record. */
  fiscalQr?: string
  /** Document language; defaults to the invoice's language. */
  language?: Language
  mode: SaveMode
  /** Open the saved file with the system viewer (for printing). */
  open: boolean
}

export interface CreditNotePdfRequest {
  creditNote: CreditNote
  company: CompanySettings
  /** Issue date of the corrected invoice, printed next to its number (required by law: pass it when known). */
  originalInvoiceDate?: IsoDate
  /** Spain: the tax agency's QR URL from the document's VERI*FACTU record. */
  fiscalQr?: string
  language?: Language
  mode: SaveMode
  open: boolean
}

/** One reminder or formal demand letter (LetterModel is built by renderer/domain/collections, in its language). */
export interface LetterPdfRequest {
  letter: LetterModel
  mode: SaveMode
  open: boolean
}

/**
 * "Print all letters due today": one PDF, each letter starting on a new page with its own page numbering.
 * Rendered off the main event loop (worker thread). 1 to 500 letters.
 */
export interface LettersBatchPdfRequest {
  letters: LetterModel[]
  mode: SaveMode
  open: boolean
  /** File name of the batch without extension, e.g. 'Cartas 2026-11-23' (sanitized by main). */
  batchName: string
}

/**
 * A customer statement (estado de cuenta / fișa client) for a period, in the customer's language
 * (StatementModel is built by renderer/domain/reports/statement.ts). The company prints the header.
 */
export interface StatementPdfRequest {
  statement: StatementModel
  company: CompanySettings
  mode: SaveMode
  open: boolean
}

/**
 * Balance confirmation letters with their reply slip: one (a customer page) or a batch (every customer with a
 * balance as of a date), one PDF, each letter starting on a new page. 1 to 500 letters.
 */
export interface BalanceConfirmationsPdfRequest {
  confirmations: BalanceConfirmationModel[]
  company: CompanySettings
  mode: SaveMode
  open: boolean
  /** File name without extension (sanitized by main). */
  batchName: string
}

export type * from './exports'
export type * from './bank'
export type * from './backup'

/** channel name -> [input, output] */
export interface Contract {
  'app:getInfo': [void, AppInfo]
  'documents:saveInvoicePdf': [InvoicePdfRequest, SaveResult]
  'documents:saveCreditNotePdf': [CreditNotePdfRequest, SaveResult]
  'documents:saveLetterPdf': [LetterPdfRequest, SaveResult]
  'documents:saveLettersBatchPdf': [LettersBatchPdfRequest, SaveResult]
  'documents:saveStatementPdf': [StatementPdfRequest, SaveResult]
  'documents:saveBalanceConfirmationsPdf': [BalanceConfirmationsPdfRequest, SaveResult]
  'exports:begin': [ExportBeginRequest, ExportBeginResult]
  'exports:append': [ExportAppendRequest, ExportAppendResult]
  'exports:finish': [ExportFinishRequest, ExportFinishResult]
  'exports:abort': [ExportAbortRequest, void]
  'bank:openStatement': [OpenStatementRequest, OpenStatementResult]
  /* ---- backups (electron/contract/backup.ts; handlers in electron/main/handlers/backups.ts) ---- */
  'backup:begin': [BackupBeginRequest, BackupBeginResult]
  'backup:append': [BackupAppendRequest, void]
  'backup:finish': [BackupHandleRequest, BackupFinishResult]
  'backup:abort': [BackupHandleRequest, void]
  'backup:list': [void, BackupListResult]
  'backup:chooseFile': [BackupChooseFileRequest, BackupChooseFileResult]
  'backup:openRead': [BackupOpenReadRequest, BackupOpenReadResult]
  'backup:readChunk': [BackupHandleRequest, BackupReadChunkResult]
  'backup:closeRead': [BackupHandleRequest, void]
  'backup:getSettings': [void, BackupSettingsResult]
  'backup:setSettings': [BackupSettings, BackupSettingsResult]
  /** The renderer has taken its quit backup (or given up): main may close the window. */
  'app:quitReady': [void, void]
  /* ---- e-invoicing files (electron/contract/einvoice.ts) ---- */
  'einvoice:saveXml': [SaveXmlRequest, SaveXmlResult]
  'einvoice:saveXmlBatch': [SaveXmlBatchRequest, SaveXmlBatchResult]
}

export type Channel = keyof Contract
export type InputOf<C extends Channel> = Contract[C][0]
export type OutputOf<C extends Channel> = Contract[C][1]

/** What the preload exposes as window.cobro: one intent-level method per channel. */
export interface CobroApi {
  getAppInfo(): Promise<AppInfo>
  saveInvoicePdf(req: InvoicePdfRequest): Promise<SaveResult>
  saveCreditNotePdf(req: CreditNotePdfRequest): Promise<SaveResult>
  saveLetterPdf(req: LetterPdfRequest): Promise<SaveResult>
  saveLettersBatchPdf(req: LettersBatchPdfRequest): Promise<SaveResult>
  saveStatementPdf(req: StatementPdfRequest): Promise<SaveResult>
  saveBalanceConfirmationsPdf(req: BalanceConfirmationsPdfRequest): Promise<SaveResult>
  beginExport(req: ExportBeginRequest): Promise<ExportBeginResult>
  appendExport(req: ExportAppendRequest): Promise<ExportAppendResult>
  finishExport(req: ExportFinishRequest): Promise<ExportFinishResult>
  abortExport(req: ExportAbortRequest): Promise<void>
  openStatementFile(req: OpenStatementRequest): Promise<OpenStatementResult>
  /* ---- backups ---- */
  beginBackup(req: BackupBeginRequest): Promise<BackupBeginResult>
  appendBackup(req: BackupAppendRequest): Promise<void>
  finishBackup(req: BackupHandleRequest): Promise<BackupFinishResult>
  abortBackup(req: BackupHandleRequest): Promise<void>
  listBackups(): Promise<BackupListResult>
  chooseBackupFile(req: BackupChooseFileRequest): Promise<BackupChooseFileResult>
  openBackupRead(req: BackupOpenReadRequest): Promise<BackupOpenReadResult>
  readBackupChunk(req: BackupHandleRequest): Promise<BackupReadChunkResult>
  closeBackupRead(req: BackupHandleRequest): Promise<void>
  getBackupSettings(): Promise<BackupSettingsResult>
  setBackupSettings(req: BackupSettings): Promise<BackupSettingsResult>
  quitReady(): Promise<void>
  saveXml(req: SaveXmlRequest): Promise<SaveXmlResult>
  saveXmlBatch(req: SaveXmlBatchRequest): Promise<SaveXmlBatchResult>
}

/** Method name on window.cobro -> channel. The preload and the e2e bridge are built from this map. */
export const apiChannels = {
  getAppInfo: 'app:getInfo',
  saveInvoicePdf: 'documents:saveInvoicePdf',
  saveCreditNotePdf: 'documents:saveCreditNotePdf',
  saveLetterPdf: 'documents:saveLetterPdf',
  saveLettersBatchPdf: 'documents:saveLettersBatchPdf',
  saveStatementPdf: 'documents:saveStatementPdf',
  saveBalanceConfirmationsPdf: 'documents:saveBalanceConfirmationsPdf',
  beginExport: 'exports:begin',
  appendExport: 'exports:append',
  finishExport: 'exports:finish',
  abortExport: 'exports:abort',
  openStatementFile: 'bank:openStatement',
  /* ---- backups ---- */
  beginBackup: 'backup:begin',
  appendBackup: 'backup:append',
  finishBackup: 'backup:finish',
  abortBackup: 'backup:abort',
  listBackups: 'backup:list',
  chooseBackupFile: 'backup:chooseFile',
  openBackupRead: 'backup:openRead',
  readBackupChunk: 'backup:readChunk',
  closeBackupRead: 'backup:closeRead',
  getBackupSettings: 'backup:getSettings',
  setBackupSettings: 'backup:setSettings',
  quitReady: 'app:quitReady',
  saveXml: 'einvoice:saveXml',
  saveXmlBatch: 'einvoice:saveXmlBatch',
} as const satisfies Record<keyof CobroApi, Channel>
