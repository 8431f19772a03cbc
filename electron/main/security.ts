/**
 * The hardened window: isolated, sandboxed renderer without Node; a strict CSP on every response; no navigation
 * away from our page, no new windows, no webviews, no permissions, no request to any remote origin.
 */
import { app, session, type Session, type WebPreferences } from 'electron'
import { contentSecurityPolicy } from './csp'
import { isAllowedRequest, isTrustedSender } from './senders'

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click on a link would ask for a new window: already denied by setWindowOpenHandler, and off here too.
    disableBlinkFeatures: 'Auxclick',
  }
}

/** Permissions the page may use: writing to the clipboard (copy buttons). Everything else is refused. */
const ALLOWED_PERMISSION_CHECKS = new Set(['clipboard-sanitized-write'])

interface SecurityOptions {
  /** The page we load: dev server URL, or file:// URL of out/renderer/index.html. */
  rendererUrl: string
  devServerUrl?: string
}

function hardenSession(ses: Session, opts: SecurityOptions): void {
  const csp = contentSecurityPolicy(opts.devServerUrl)
  const rendererRoot = opts.devServerUrl ? undefined : new URL('./', opts.rendererUrl).href
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders }
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key]
    }
    headers['Content-Security-Policy'] = [csp]
    callback({ responseHeaders: headers })
  })
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, { devServerUrl: opts.devServerUrl, rendererRoot }) })
  })
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSION_CHECKS.has(permission))
}

/** Call once before the first window: hardens the default session and every web contents created later. */
export function installSecurity(opts: SecurityOptions): void {
  hardenSession(session.defaultSession, opts)
  app.on('web-contents-created', (_event, contents) => {
    const refuseForeign = (event: { preventDefault(): void }, url: string) => {
      if (!isTrustedSender(url, opts.rendererUrl)) event.preventDefault()
    }
    contents.on('will-navigate', refuseForeign)
    contents.on('will-redirect', refuseForeign)
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
