// @vitest-environment node
/**
 * The hardened shell as installed: security.ts and ipc.ts run against fake Electron objects, and the callbacks they
 * install (web requests, permissions, navigation, window opening, IPC handlers) are called with allowed and forbidden
 * inputs. The pure URL and CSP rules are tested in security.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => unknown>()
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>()
  const ses = {
    headersListener: undefined as undefined | ((...args: unknown[]) => unknown),
    requestListener: undefined as undefined | ((...args: unknown[]) => unknown),
    permissionRequest: undefined as undefined | ((...args: unknown[]) => unknown),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => unknown),
  }
  return { appListeners, ipcHandlers, ses }
})

vi.mock('electron', () => ({
  app: { on: (name: string, fn: Listener) => fake.appListeners.set(name, fn) },
  session: {
    defaultSession: {
      webRequest: {
        onHeadersReceived: (fn: Listener) => (fake.ses.headersListener = fn),
        onBeforeRequest: (fn: Listener) => (fake.ses.requestListener = fn),
      },
      setPermissionRequestHandler: (fn: Listener) => (fake.ses.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Listener) => (fake.ses.permissionCheck = fn),
    },
  },
  ipcMain: {
    handle: (channel: string, fn: Listener) => fake.ipcHandlers.set(channel, fn),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
}))

const { installSecurity, secureWebPreferences } = await import('../../../electron/main/security')
const { registerIpc, CHANNELS } = await import('../../../electron/main/ipc')
const { PRODUCTION_CSP, contentSecurityPolicy } = await import('../../../electron/main/csp')
const { inputSchemas } = await import('../../../electron/contract/schemas')
type Handlers = import('../../../electron/main/handlers').Handlers

const ROOT = 'file:///opt/Cobro/resources/app.asar/out/renderer/'
const PROD = `${ROOT}index.html`
const DEV = 'http://localhost:5173/'

function requestDecision(url: string): boolean {
  let cancel: boolean | undefined
  fake.ses.requestListener!({ url }, (res: { cancel: boolean }) => (cancel = res.cancel))
  return cancel!
}

function responseHeaders(headers: Record<string, string[]>): Record<string, string[]> {
  let out: Record<string, string[]> | undefined
  fake.ses.headersListener!({ responseHeaders: headers }, (res: { responseHeaders: Record<string, string[]> }) => (out = res.responseHeaders))
  return out!
}

/** A web contents as security.ts sees it: event listeners and a window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: Listener | undefined
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
  }
  fake.appListeners.get('web-contents-created')!({}, contents)
  const prevented = (name: string, url?: string): boolean => {
    const event = { preventDefault: vi.fn() }
    listeners.get(name)!(event, url)
    return event.preventDefault.mock.calls.length > 0
  }
  return { prevented, open: (url: string) => openHandler!({ url, disposition: 'foreground-tab' }) }
}

describe('installSecurity (production)', () => {
  beforeEach(() => {
    fake.appListeners.clear()
    installSecurity({ rendererUrl: PROD })
  })

  it('sends the production CSP on every response, replacing any policy the response carried', () => {
    const headers = responseHeaders({ 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] })
    expect(headers).toEqual({ 'Content-Security-Policy': [PRODUCTION_CSP], 'Content-Type': ['text/html'] })
    expect(responseHeaders({})).toEqual({ 'Content-Security-Policy': [PRODUCTION_CSP] })
  })

  it('cancels every request for remote content and for local files outside the renderer folder', () => {
    for (const url of [
      'https://fonts.googleapis.com/css2?family=Roboto',
      'http://example.com/track.gif',
      'wss://example.com/socket',
      'http://localhost:5173/@vite/client',
      'file:///etc/passwd',
      `${ROOT}../main/index.js`,
      'ftp://example.com/x',
    ]) {
      expect(requestDecision(url), url).toBe(true)
    }
  })

  it('lets our own files, inline data and blobs through', () => {
    for (const url of [PROD, `${ROOT}assets/index-abc.js`, `${ROOT}assets/Roboto.woff2`, 'data:image/png;base64,AAAA', 'blob:file:///1234']) {
      expect(requestDecision(url), url).toBe(false)
    }
  })

  it('refuses every permission request and every permission check except the clipboard write', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid']) {
      const callback = vi.fn()
      fake.ses.permissionRequest!({}, permission, callback)
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false)
      expect(fake.ses.permissionCheck!({}, permission), permission).toBe(false)
    }
    expect(fake.ses.permissionCheck!({}, 'clipboard-sanitized-write')).toBe(true)
  })

  it('denies navigation and redirects away from our page, allows routes within it', () => {
    const contents = fakeContents()
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(contents.prevented(name, 'https://example.com/phish'), name).toBe(true)
      expect(contents.prevented(name, 'file:///tmp/evil.html'), name).toBe(true)
      expect(contents.prevented(name, 'http://localhost:5173/'), name).toBe(true)
      expect(contents.prevented(name, `${PROD}#/invoices/42`), name).toBe(false)
    }
  })

  it('denies every new window, even for our own page, and every webview', () => {
    const contents = fakeContents()
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' })
    expect(contents.open(PROD)).toEqual({ action: 'deny' })
    expect(contents.prevented('will-attach-webview')).toBe(true)
  })
})

describe('installSecurity (development)', () => {
  it('adds only the loopback dev server and its websocket', () => {
    installSecurity({ rendererUrl: DEV, devServerUrl: DEV })
    expect(responseHeaders({})).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy(DEV)] })
    expect(requestDecision('http://localhost:5173/src/main.tsx')).toBe(false)
    expect(requestDecision('ws://localhost:5173/')).toBe(false)
    expect(requestDecision('http://localhost:8080/')).toBe(true)
    expect(requestDecision('https://cdn.example.com/react.js')).toBe(true)
    const contents = fakeContents()
    expect(contents.prevented('will-navigate', 'http://localhost:5173/customers')).toBe(false)
    expect(contents.prevented('will-navigate', 'http://127.0.0.1:5173/')).toBe(true)
  })
})

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, without Node, webviews or insecure content', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    })
    const prefs = secureWebPreferences('/p') as Record<string, unknown>
    expect(prefs['experimentalFeatures']).toBeUndefined()
    expect(prefs['enableBlinkFeatures']).toBeUndefined()
  })
})

describe('registerIpc: sender and payload checks', () => {
  type Invoke = (event: unknown, raw: unknown) => Promise<unknown>

  function setup() {
    fake.ipcHandlers.clear()
    const calls: string[] = []
    const handlers = Object.fromEntries(
      CHANNELS.map((channel) => [channel, vi.fn(async () => (calls.push(channel), { version: '1', documentsDir: '/d', userDataDir: '/u', platform: 'linux' }))]),
    ) as unknown as Handlers
    registerIpc(handlers, PROD)
    const invoke = (channel: string, frame: unknown, raw: unknown = undefined) => (fake.ipcHandlers.get(channel) as Invoke)({ senderFrame: frame }, raw)
    return { calls, invoke }
  }

  const topFrame = (url: string) => ({ url, parent: null })

  it('registers one handler per contract channel', () => {
    setup()
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.keys(inputSchemas).sort())
  })

  it('answers our renderer top frame', async () => {
    const { calls, invoke } = setup()
    const res = await invoke('app:getInfo', topFrame(`${PROD}#/settings`))
    expect(res).toMatchObject({ ok: true, value: { version: '1' } })
    expect(calls).toEqual(['app:getInfo'])
  })

  it('refuses foreign frames, subframes of our page and destroyed frames without running the handler', async () => {
    const { calls, invoke } = setup()
    const untrusted = (url: string) => ({ ok: false, error: { code: 'ipc.untrustedSender', params: { url } } })
    expect(await invoke('app:getInfo', topFrame('https://example.com/'))).toEqual(untrusted('https://example.com/'))
    expect(await invoke('app:getInfo', topFrame('file:///tmp/evil/index.html'))).toEqual(untrusted('file:///tmp/evil/index.html'))
    expect(await invoke('app:getInfo', topFrame('http://localhost:5173/'))).toEqual(untrusted('http://localhost:5173/'))
    expect(await invoke('app:getInfo', { url: PROD, parent: topFrame(PROD) })).toEqual(untrusted(''))
    expect(await invoke('app:getInfo', null)).toEqual(untrusted(''))
    expect(calls).toEqual([])
  })

  it('validates the payload of a trusted sender and never runs the handler on a bad one', async () => {
    const { calls, invoke } = setup()
    const res = await invoke('documents:saveInvoicePdf', topFrame(PROD), { invoice: { fullNumber: 'F1' }, path: '/etc/cron.d/x' })
    expect(res).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput', params: { channel: 'documents:saveInvoicePdf' } } })
    expect(calls).toEqual([])
  })
})
