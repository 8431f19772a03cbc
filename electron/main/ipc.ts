/**
 * The ONE place that registers IPC handlers. For every channel of the contract: refuse requests whose sender frame
 * is not our renderer's top frame, parse the input with the channel's schema, run the handler, and answer with the
 * envelope `{ ok: true, value } | { ok: false, error: { code, params } }` (see electron/contract/errors.ts).
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Channel } from '../contract/channels'
import type { IpcResult } from '../contract/errors'
import { inputSchemas } from '../contract/schemas'
import { dispatch, type Handlers } from './handlers'
import { isTrustedSender } from './senders'

export const CHANNELS = Object.keys(inputSchemas) as Channel[]

function senderUrl(event: IpcMainInvokeEvent): string | null {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return null
  return frame.url
}

export function registerIpc(handlers: Handlers, rendererUrl: string): void {
  for (const channel of CHANNELS) {
    ipcMain.removeHandler(channel)
    ipcMain.handle(channel, async (event, raw: unknown): Promise<IpcResult<unknown>> => {
      const url = senderUrl(event)
      if (!isTrustedSender(url, rendererUrl)) {
        return { ok: false, error: { code: 'ipc.untrustedSender', params: { url: url ?? '' } } }
      }
      return dispatch(handlers, channel, raw)
    })
  }
}
