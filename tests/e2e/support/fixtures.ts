/**
 * The e2e harness: the built renderer in Chromium, with window.cobro supplied by Playwright bindings that call the
 * REAL main-process handlers (createDispatcher: same input validation and error envelope as ipc.ts). Dialogs and
 * folders are injected: a save dialog "chooses" a file in this test's temp folder, and opened files are recorded.
 * Each test gets a fresh browser context, so a fresh IndexedDB.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { apiChannels } from '../../../electron/contract/channels'
import { createDispatcher } from '../../../electron/main/handlers/index'

export interface Bridge {
  /** Folder standing in for Documents/Cobro. */
  documentsDir: string
  /** Where the fake save dialog puts files. */
  dialogDir: string
  /** Files the app asked to open (for printing). */
  opened: string[]
  /** Files the save dialog was asked for, in order. */
  savedViaDialog: string[]
  /** When true, the next save dialog is cancelled by the "user". */
  cancelNextDialog: boolean
  /** The file the next open dialog "chooses" (null: the user cancels it). */
  nextOpenFile: string | null
}

export async function installBridge(page: Page): Promise<Bridge> {
  const root = mkdtempSync(join(tmpdir(), 'cobro-e2e-'))
  const bridge: Bridge = {
    documentsDir: join(root, 'Documents', 'Cobro'),
    dialogDir: join(root, 'chosen'),
    opened: [],
    savedViaDialog: [],
    cancelNextDialog: false,
    nextOpenFile: null,
  }
  mkdirSync(bridge.dialogDir, { recursive: true })
  const dispatch = createDispatcher({
    dialogs: {
      async showSaveDialog(opts) {
        if (bridge.cancelNextDialog) {
          bridge.cancelNextDialog = false
          return { canceled: true }
        }
        const filePath = join(bridge.dialogDir, basename(opts.defaultPath ?? 'document.pdf'))
        bridge.savedViaDialog.push(filePath)
        return { canceled: false, filePath }
      },
      async showOpenDialog() {
        const file = bridge.nextOpenFile
        bridge.nextOpenFile = null
        return file ? { canceled: false, filePaths: [file] } : { canceled: true, filePaths: [] }
      },
    },
    paths: { documentsDir: bridge.documentsDir, userDataDir: join(root, 'userData') },
    async openPath(path) {
      bridge.opened.push(path)
      return ''
    },
    appVersion: 'e2e',
    platform: process.platform,
  })
  const methods = Object.entries(apiChannels)
  for (const [method, channel] of methods) {
    await page.exposeFunction(`__cobro_${method}`, (input: unknown) => dispatch(channel, input))
  }
  // Same unwrapping as electron/preload/index.ts: resolve with the value or throw an Error carrying the code.
  await page.addInitScript((names: string[]) => {
    const PREFIX = 'COBRO_ERR:'
    const api: Record<string, (input?: unknown) => Promise<unknown>> = {}
    for (const name of names) {
      api[name] = async (input?: unknown) => {
        const fn = (window as unknown as Record<string, (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; params: unknown } }>>)[`__cobro_${name}`]
        const result = await fn!(input)
        if (result.ok) return result.value
        const err = new Error(PREFIX + JSON.stringify(result.error)) as Error & { code?: string; params?: unknown }
        err.code = result.error?.code
        err.params = result.error?.params
        throw err
      }
    }
    Object.defineProperty(window, 'cobro', { value: Object.freeze(api), writable: false })
  }, methods.map(([m]) => m))
  return bridge
}

export const test = base.extend<{ bridge: Bridge; pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await use(errors)
  },
  bridge: async ({ page }, use) => {
    await use(await installBridge(page))
  },
})

export { expect }
