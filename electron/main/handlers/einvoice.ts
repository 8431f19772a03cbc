/** Saving an e-invoicing XML file through the save dialog (never a path the renderer chose). */
import type { SaveXmlRequest, SaveXmlResult } from '../../contract/einvoice'
import { saveDocument } from '../documents/files'
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
