/**
 * Preload (sandboxed, CommonJS): exposes window.cobro, one intent-level method per entry of `apiChannels`.
 * Each method invokes its channel and unwraps the envelope: resolves with the value, or throws an Error carrying
 * `code`/`params` (also encoded in the message, which is all contextBridge keeps; see contract/errors.ts).
 * No generic invoke is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { apiChannels, type Channel, type CobroApi } from '../contract/channels'
import { QUIT_REQUESTED_EVENT, type CobroEvents } from '../contract/backup'
import { unwrapIpcResult } from '../contract/errors'

function method(channel: Channel) {
  return async (input?: unknown): Promise<unknown> => unwrapIpcResult(await ipcRenderer.invoke(channel, input))
}

/** Main's events, one subscription per intent (the callback never sees the IPC event). */
const events: CobroEvents = {
  onQuitRequested(cb) {
    const listener = () => cb()
    ipcRenderer.on(QUIT_REQUESTED_EVENT, listener)
    return () => {
      ipcRenderer.removeListener(QUIT_REQUESTED_EVENT, listener)
    }
  },
}

const api = Object.freeze({
  ...Object.fromEntries(Object.entries(apiChannels).map(([name, channel]) => [name, method(channel)])),
  ...events,
}) as unknown as CobroApi & CobroEvents

contextBridge.exposeInMainWorld('cobro', api)
