/**
 * The one path every request takes in main: parse the input with the contract's schema, run the handler, wrap the
 * outcome in the IPC envelope. Used by ipc.ts and by the e2e harness (which has no Electron). No electron import.
 */
import type { z } from 'zod'
import type { Channel, InputOf, OutputOf } from '../../contract/channels'
import { IpcError, type IpcErrorPayload, type IpcResult } from '../../contract/errors'
import { inputSchemas } from '../../contract/schemas'

export type Handlers = { [C in Channel]: (input: InputOf<C>) => Promise<OutputOf<C>> }

export function isChannel(x: unknown): x is Channel {
  return typeof x === 'string' && Object.hasOwn(inputSchemas, x)
}

/** 'invoice.lines.0.unitPrice' for a zod issue path; '(input)' for the root. */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(input)' : path.map((p) => String(p)).join('.')
}

/** Parses `raw` for `channel`; throws IpcError('ipc.invalidInput', { field, problem }) naming the first bad field. */
export function parseInput<C extends Channel>(channel: C, raw: unknown): InputOf<C> {
  const schema = inputSchemas[channel] as z.ZodType<InputOf<C>>
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new IpcError('ipc.invalidInput', {
    field: fieldOf(issue?.path ?? []),
    problem: issue?.message ?? 'invalid',
    channel,
  })
}

export function toErrorPayload(err: unknown): IpcErrorPayload {
  if (err instanceof IpcError) return { code: err.code, params: err.params }
  const e = err as { code?: unknown; params?: unknown; message?: unknown } | null
  // DomainError from renderer/domain (same shape: dotted i18n code and params).
  if (e && typeof e.code === 'string' && e.code.includes('.') && typeof e.params === 'object' && e.params !== null) {
    return { code: e.code, params: e.params as IpcErrorPayload['params'] }
  }
  const detail = err instanceof Error ? err.message : String(err)
  return { code: 'ipc.internal', params: { detail: detail.slice(0, 300) } }
}

/** Validates and runs one request; never throws. */
export async function dispatch<C extends Channel>(handlers: Handlers, channel: C, raw: unknown): Promise<IpcResult<OutputOf<C>>> {
  try {
    const input = parseInput(channel, raw)
    const handler = handlers[channel] as (input: InputOf<C>) => Promise<OutputOf<C>>
    return { ok: true, value: await handler(input) }
  } catch (err) {
    return { ok: false, error: toErrorPayload(err) }
  }
}
