/** Saving an e-invoicing XML file through the save dialog (never a path the renderer chose). */
import type { SaveXmlBatchRequest, SaveXmlBatchResult, SaveXmlRequest, SaveXmlResult } from '../../contract/einvoice'
import { IpcError } from '../../contract/errors'
import { sanitizeFileName, saveDocument, writeNewFile } from '../documents/files'
import type { HandlerDeps } from './deps'

export async function saveXml(deps: HandlerDeps, req: SaveXmlRequest): Promise<SaveXmlResult> {
  const outcome = await saveDocument({
    bytes: Buffer.from(req.xml, 'utf8'),
    fileName: req.fileName,
    mode: 'ask',
    documentsDir: deps.paths.documentsDir,
    dialogs: deps.dialogs,
    dialogTitle: req.title,
    filterName: req.filterName,
  })
  return outcome.status === 'cancelled' ? outcome : { status: 'saved', path: outcome.path, opened: false }
}

/**
 * The folder dialog, then each file written under its own name (never replacing one already there: `name (2).xml`).
 * A failed write (full stick) throws files.writeFailed; the files written before it stay, each one whole (written
 * with 'wx', a half-written one removed), and the renderer marks nothing as exported.
 */
export async function saveXmlBatch(deps: HandlerDeps, req: SaveXmlBatchRequest): Promise<SaveXmlBatchResult> {
  if (!deps.dialogs.showOpenDialog) throw new IpcError('bankFile.noDialog', {})
  const choice = await deps.dialogs.showOpenDialog({ title: req.title, directory: true })
  const dir = choice.filePaths[0]
  if (choice.canceled || !dir) return { status: 'cancelled' }
  const paths: string[] = []
  for (const f of req.files) paths.push(await writeNewFile(dir, sanitizeFileName(f.fileName, 'efactura.xml'), Buffer.from(f.xml, 'utf8')))
  return { status: 'saved', dir, paths }
}
