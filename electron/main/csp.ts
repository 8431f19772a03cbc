/**
 * The renderer's Content-Security-Policy, sent by main on every response (security.ts). No remote origin, ever.
 * Development only (a loopback dev server URL given): the React Refresh preamble that @vitejs/plugin-react injects
 * inline needs script-src 'unsafe-inline', and Vite's HMR needs its websocket; the production policy has neither.
 * The renderer's <meta> fallback (pages loaded from file:// may not get response headers) is PRODUCTION_META_CSP,
 * written into the built index.html by electron.vite.config.ts and left out of the dev server's page.
 * No electron import.
 */

export function contentSecurityPolicy(devServerUrl?: string): string {
  let dev: URL | null = null
  if (devServerUrl) {
    const u = new URL(devServerUrl)
    if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) throw new Error(`dev server must be loopback: ${devServerUrl}`)
    dev = u
  }
  const wsOrigin = dev ? `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}` : ''
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', dev ? ["'self'", wsOrigin] : ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ]
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ')
}

export const PRODUCTION_CSP = contentSecurityPolicy()

/** The production policy as a <meta> tag can carry it: frame-ancestors is ignored (and reported) in <meta>. */
export const PRODUCTION_META_CSP = PRODUCTION_CSP.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors '))
  .join('; ')
