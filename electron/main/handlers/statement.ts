/**
 * Customer statement handler: the statement of account for a period, in the customer's language, saved through the
 * dialog or into the documents folder and optionally opened. No electron import.
 */
import type { SaveResult, StatementPdfRequest } from '../../contract/channels'
import { buildStatementDoc, statementFileName } from '../documents/pdf/statement'
import type { HandlerDeps } from './deps'
import { renderOrFail, saveAndMaybeOpen } from './documents'

export async function saveStatementPdf(deps: HandlerDeps, req: StatementPdfRequest): Promise<SaveResult> {
  const lang = req.statement.language
  const bytes = await renderOrFail(() => buildStatementDoc(req.statement, req.company), deps.fontsDir)
  return saveAndMaybeOpen(deps, req, bytes, statementFileName(req.statement), lang, 'statement.dialog.save')
}
