/** STUB — replaced by the balance-confirmation work. */
import type { BalanceConfirmationsPdfRequest, SaveResult } from '../../contract/channels'
import { IpcError } from '../../contract/errors'
import type { HandlerDeps } from './deps'

export async function saveBalanceConfirmationsPdf(deps: HandlerDeps, req: BalanceConfirmationsPdfRequest): Promise<SaveResult> {
  void deps
  void req
  throw new IpcError('ipc.unknownChannel', {})
}
