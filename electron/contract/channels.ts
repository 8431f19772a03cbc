/**
 * The IPC contract: every channel between renderer and main, its input and its output.
 * Shared by main (validates input with the zod schema), preload (builds window.cobro) and renderer (types).
 * No electron import here.
 *
 * OWNED BY: main-process work. The shapes below are agreed with the renderer; zod schemas live in schemas.ts.
 */
import type { CompanySettings, CreditNote, Invoice, Language } from '../../renderer/domain/types'

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
  /** Document language; defaults to the invoice's language. */
  language?: Language
  mode: SaveMode
  /** Open the saved file with the system viewer (for printing). */
  open: boolean
}

export interface CreditNotePdfRequest {
  creditNote: CreditNote
  company: CompanySettings
  language?: Language
  mode: SaveMode
  open: boolean
}

/** channel name -> [input, output] */
export interface Contract {
  'app:getInfo': [void, AppInfo]
  'documents:saveInvoicePdf': [InvoicePdfRequest, SaveResult]
  'documents:saveCreditNotePdf': [CreditNotePdfRequest, SaveResult]
}

export type Channel = keyof Contract
export type InputOf<C extends Channel> = Contract[C][0]
export type OutputOf<C extends Channel> = Contract[C][1]

/** What the preload exposes as window.cobro: one intent-level method per channel. */
export interface CobroApi {
  getAppInfo(): Promise<AppInfo>
  saveInvoicePdf(req: InvoicePdfRequest): Promise<SaveResult>
  saveCreditNotePdf(req: CreditNotePdfRequest): Promise<SaveResult>
}

/** Method name on window.cobro -> channel. The preload and the e2e bridge are built from this map. */
export const apiChannels = {
  getAppInfo: 'app:getInfo',
  saveInvoicePdf: 'documents:saveInvoicePdf',
  saveCreditNotePdf: 'documents:saveCreditNotePdf',
} as const satisfies Record<keyof CobroApi, Channel>
