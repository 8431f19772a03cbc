import type { CobroApi } from '../../electron/contract/channels'

/**
 * The typed bridge to the main process. In Electron, the preload defines window.cobro; in end-to-end tests
 * Playwright installs the same API backed by the real main-process handlers.
 */
export function cobro(): CobroApi {
  const api = (globalThis as unknown as { cobro?: CobroApi }).cobro
  if (!api) throw new Error('bridge.unavailable')
  return api
}

export function hasBridge(): boolean {
  return Boolean((globalThis as unknown as { cobro?: CobroApi }).cobro)
}
