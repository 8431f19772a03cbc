/** What the handlers need from the outside world, injected so they run under Electron, in tests and in the e2e harness. */
import type { Dialogs } from '../documents/files'

export interface HandlerDeps {
  dialogs: Dialogs
  paths: { documentsDir: string; userDataDir: string }
  /** Opens a file with the system viewer; resolves to '' on success or an error message (Electron's shell.openPath). */
  openPath(path: string): Promise<string>
  appVersion: string
  platform: string
  /** Folder of the Roboto TTFs; found automatically when omitted. */
  fontsDir?: string
  /**
   * The built PDF worker (out/main/pdfWorker.js) that renders letter batches off the main event loop; found
   * automatically when omitted; null renders batches in the calling thread.
   */
  pdfWorkerPath?: string | null
}
