/** STUB — replaced by the exports work. */
import { IpcError } from '../../contract/errors'
import type { Handlers } from './dispatch'
import type { HandlerDeps } from './deps'

type ExportHandlers = Pick<Handlers, 'exports:begin' | 'exports:append' | 'exports:finish' | 'exports:abort'>

export function createExportHandlers(deps: HandlerDeps): ExportHandlers {
  void deps
  const fail = async (): Promise<never> => {
    throw new IpcError('ipc.unknownChannel', {})
  }
  return { 'exports:begin': fail, 'exports:append': fail, 'exports:finish': fail, 'exports:abort': fail }
}
