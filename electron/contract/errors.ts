/**
 * Errors across IPC.
 *
 * Every handler result crosses ipcMain.handle as an envelope, never as a thrown error (Electron would flatten a thrown
 * error into "Error invoking remote method ..."):
 *   { ok: true, value }                              the channel's output
 *   { ok: false, error: { code, params } }           `code` is an i18n key the renderer translates with `params`
 *
 * The preload unwraps the envelope: it resolves with `value`, or rejects with an Error that carries `code` and `params`.
 * Because contextBridge copies only an Error's message (custom properties are dropped when it crosses worlds), the
 * message is also an encoding of the payload: `COBRO_ERR:{"code":"files.writeFailed","params":{...}}`.
 * The renderer recovers the payload with `decodeIpcError(err)` whichever way it arrived.
 *
 * Codes raised by main (translated in locales/<lang>/documents.json under "errors", same keys in es/ro/en):
 *   ipc.invalidInput    { field, problem }  the payload failed the contract's schema; `field` is the path, e.g. 'invoice.lines.0.unitPrice'
 *   ipc.untrustedSender { url }             the request did not come from our renderer
 *   ipc.internal        { detail }          an unexpected failure in main
 *   files.writeFailed   { path, reason }    the file could not be written (disk full, no permission...); reason is the OS code
 *   pdf.renderFailed    { detail }          the PDF could not be produced
 */
export type IpcErrorParams = Record<string, string | number>

export interface IpcErrorPayload {
  code: string
  params: IpcErrorParams
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorPayload }

export const IPC_ERROR_PREFIX = 'COBRO_ERR:'

/** An error raised in main whose code the renderer can translate. */
export class IpcError extends Error {
  public readonly code: string
  public readonly params: IpcErrorParams

  constructor(code: string, params: IpcErrorParams = {}) {
    super(encodeIpcError({ code, params }))
    this.name = 'IpcError'
    this.code = code
    this.params = params
  }
}

export function encodeIpcError(payload: IpcErrorPayload): string {
  return IPC_ERROR_PREFIX + JSON.stringify({ code: payload.code, params: payload.params })
}

function isParams(x: unknown): x is IpcErrorParams {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false
  return Object.values(x).every((v) => typeof v === 'string' || typeof v === 'number')
}

/** The { code, params } carried by an error from the bridge (own properties or encoded message); null when none. */
export function decodeIpcError(err: unknown): IpcErrorPayload | null {
  if (typeof err !== 'object' || err === null) return null
  const { code, params } = err as { code?: unknown; params?: unknown }
  if (typeof code === 'string' && code.includes('.')) return { code, params: isParams(params) ? params : {} }
  const message = (err as { message?: unknown }).message
  if (typeof message !== 'string') return null
  const at = message.indexOf(IPC_ERROR_PREFIX)
  if (at < 0) return null
  try {
    const parsed: unknown = JSON.parse(message.slice(at + IPC_ERROR_PREFIX.length))
    if (typeof parsed !== 'object' || parsed === null) return null
    const p = parsed as { code?: unknown; params?: unknown }
    if (typeof p.code !== 'string') return null
    return { code: p.code, params: isParams(p.params) ? p.params : {} }
  } catch {
    return null
  }
}

/** Builds the Error the preload throws for a failed envelope. */
export function errorFromPayload(payload: IpcErrorPayload): IpcError {
  return new IpcError(payload.code, payload.params)
}

/** The value of an envelope, or the Error to throw (what the preload and the e2e bridge do with every reply). */
export function unwrapIpcResult<T>(result: unknown): T {
  const r = result as IpcResult<T> | null
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') {
    throw errorFromPayload({ code: 'ipc.internal', params: { detail: 'malformed reply' } })
  }
  if (r.ok) return r.value
  throw errorFromPayload(r.error)
}
