/** Bank statement files: the open dialog, then readStatementFile. No electron import. */
import type { OpenStatementRequest, OpenStatementResult } from '../../contract/bank'
import { IpcError } from '../../contract/errors'
import { readStatementFile } from '../bank/readStatement'
import type { HandlerDeps } from './deps'

export const STATEMENT_EXTENSIONS = ['n43', 'aeb', 'c43', 'txt', 'csv', 'sta', 'mt940', '940', 'xml', 'xlsx', 'dat']

export async function openStatementFile(deps: HandlerDeps, req: OpenStatementRequest): Promise<OpenStatementResult> {
  if (!deps.dialogs.showOpenDialog) throw new IpcError('bankFile.noDialog', {})
  const choice = await deps.dialogs.showOpenDialog({
    title: req.title,
    filters: [
      { name: req.filterName, extensions: STATEMENT_EXTENSIONS },
      { name: '*', extensions: ['*'] },
    ],
  })
  const path = choice.filePaths[0]
  if (choice.canceled || !path) return { status: 'cancelled' }
  return readStatementFile(path)
}
