/**
 * window.cobro for the benchmark: the REAL main handlers behind Playwright bindings (as tests/e2e/support/fixtures.ts
 * does), with one fixed folder for the whole run (the daily backup written at the first start is found by the next
 * starts, as in the app) and a log of every call (channel, duration, failure) so the driver knows when main's work
 * is done and how long it took. The handlers run in this Node process: its event loop and memory are main's here.
 *
 * Payloads cross as one JSON string each way. Electron's IPC structured-clones a request (about the cost of a
 * JSON.stringify in the renderer and a JSON.parse in main); Playwright's own argument serializer walks and tags
 * every value on both sides and, for a 2,000-row export chunk or 200 letters, cost seconds and long event-loop
 * blocks in this process that the app does not have. A string crosses Playwright as one value.
 */
import type { Page } from '@playwright/test'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { apiChannels } from '../../../electron/contract/channels'
import { createDispatcher } from '../../../electron/main/handlers/index'

export interface CallRecord {
  method: string
  ms: number
  ok: boolean
  /** Size of the input as JSON (what crossed the bridge), in characters. */
  inputChars: number
}

export interface BenchBridge {
  root: string
  calls: CallRecord[]
  inFlight: Map<string, number>
  /**
   * When true, listBackups also reports a daily backup taken today, so a start measures the app, not the daily
   * backup: set after the first start, which does take (or fail) the real one.
   */
  assumeDailyBackupDone: boolean
}

type Envelope = { ok: boolean; value?: unknown }

function withTodaysBackup(result: Envelope): Envelope {
  const list = result.value as { entries: Array<Record<string, unknown>> } | undefined
  if (!result.ok || !list) return result
  const createdAt = new Date().toISOString()
  const entry = { id: 'bench-assumed-daily', reason: 'daily', bytes: 0, header: { createdAt, reason: 'daily', company: null, counts: {} } }
  return { ...result, value: { ...list, entries: [entry, ...list.entries] } }
}

export async function installBenchBridge(page: Page): Promise<BenchBridge> {
  const root = mkdtempSync(join(tmpdir(), 'cobro-bench-'))
  const dialogDir = join(root, 'chosen')
  mkdirSync(dialogDir, { recursive: true })
  const bridge: BenchBridge = { root, calls: [], inFlight: new Map(), assumeDailyBackupDone: false }
  const dispatch = createDispatcher({
    dialogs: {
      async showSaveDialog(opts) {
        return { canceled: false, filePath: join(dialogDir, basename(opts.defaultPath ?? 'document')) }
      },
      async showOpenDialog() {
        return { canceled: true, filePaths: [] }
      },
    },
    paths: { documentsDir: join(root, 'Documents', 'Cobro'), userDataDir: join(root, 'userData') },
    async openPath() {
      return ''
    },
    appVersion: 'bench',
    platform: process.platform,
  })
  for (const [method, channel] of Object.entries(apiChannels)) {
    await page.exposeFunction(`__cobro_${method}`, async (json: string | undefined) => {
      bridge.inFlight.set(method, (bridge.inFlight.get(method) ?? 0) + 1)
      const t0 = performance.now()
      const result = await dispatch(channel, json === undefined ? undefined : JSON.parse(json))
      bridge.calls.push({ method, ms: performance.now() - t0, ok: result.ok, inputChars: json?.length ?? 0 })
      bridge.inFlight.set(method, (bridge.inFlight.get(method) ?? 1) - 1)
      return JSON.stringify(method === 'listBackups' && bridge.assumeDailyBackupDone ? withTodaysBackup(result) : result)
    })
  }
  // Same unwrapping as electron/preload/index.ts: resolve with the value or throw an Error carrying the code.
  await page.addInitScript((names: string[]) => {
    const api: Record<string, (input?: unknown) => Promise<unknown>> = {}
    for (const name of names) {
      api[name] = async (input?: unknown) => {
        const fn = (window as unknown as Record<string, (json: string | undefined) => Promise<string>>)[`__cobro_${name}`]
        const result = JSON.parse(await fn!(input === undefined ? undefined : JSON.stringify(input))) as {
          ok: boolean
          value?: unknown
          error?: { code: string; params: unknown }
        }
        if (result.ok) return result.value
        const err = new Error('COBRO_ERR:' + JSON.stringify(result.error)) as Error & { code?: string; params?: unknown }
        err.code = result.error?.code
        err.params = result.error?.params
        throw err
      }
    }
    Object.defineProperty(window, 'cobro', { value: Object.freeze(api), writable: false })
  }, Object.keys(apiChannels))
  return bridge
}

/** Resolves when a call to `method` has completed after `since` calls were logged, or after `timeoutMs` (false). */
export async function waitForCall(bridge: BenchBridge, method: string, since: number, timeoutMs: number): Promise<CallRecord | null> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    const found = bridge.calls.slice(since).find((c) => c.method === method)
    if (found) return found
    await new Promise((r) => setTimeout(r, 200))
  }
  return null
}
