/**
 * Preload (sandboxed, CommonJS): exposes window.cobro, one intent-level method per entry of `apiChannels`.
 * Each method invokes its channel and unwraps the envelope: resolves with the value, or throws an Error carrying
 * `code`/`params` (also encoded in the message, which is all contextBridge keeps; see contract/errors.ts).
 * No generic invoke is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { apiChannels, type Channel, type CobroApi } from '../contract/channels'
import { unwrapIpcResult } from '../contract/errors'

function method(channel: Channel) {
  return async (input?: unknown): Promise<unknown> => unwrapIpcResult(await ipcRenderer.invoke(channel, input))
}

const api = Object.freeze(
  Object.fromEntries(Object.entries(apiChannels).map(([name, channel]) => [name, method(channel)])),
) as unknown as CobroApi

contextBridge.exposeInMainWorld('cobro', api)
