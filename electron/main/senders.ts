/**
 * Who may talk to main and what the window may load: pure URL checks, tested in tests/unit/main.
 * No electron import.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * True when `url` (an IPC sender frame's URL, or a navigation target) is our renderer.
 * `expected` is the dev server URL (http://localhost:5173/) in development, or the file:// URL of
 * out/renderer/index.html in production.
 * - http(s) dev server: same origin (scheme, host, port), any path; only loopback hosts are ever trusted.
 * - file://: exactly the same file (query and #route ignored), no host.
 * Anything else (other schemes, other files, look-alike hosts, unparsable strings) is refused.
 */
export function isTrustedSender(url: string | null | undefined, expected: string): boolean {
  if (!url) return false
  const got = parse(url)
  const want = parse(expected)
  if (!got || !want) return false
  if (want.protocol === 'http:' || want.protocol === 'https:') {
    return got.origin === want.origin && LOOPBACK.has(want.hostname)
  }
  if (want.protocol === 'file:') {
    return got.protocol === 'file:' && got.host === want.host && decodeURI(got.pathname) === decodeURI(want.pathname)
  }
  return false
}

/**
 * Requests the window may make: our own files (under `rendererRoot`, the file:// URL of out/renderer/, when given),
 * the dev server and its HMR websocket in development, inline data and blobs, and DevTools.
 * Everything else (any remote origin, any other local file) is cancelled.
 */
export function isAllowedRequest(url: string, opts: { devServerUrl?: string; rendererRoot?: string } = {}): boolean {
  const u = parse(url)
  if (!u) return false
  if (['data:', 'blob:', 'devtools:'].includes(u.protocol)) return true
  if (u.protocol === 'file:') {
    if (!opts.rendererRoot) return true
    const root = parse(opts.rendererRoot.endsWith('/') ? opts.rendererRoot : `${opts.rendererRoot}/`)
    return !!root && root.protocol === 'file:' && u.host === root.host && decodeURI(u.pathname).startsWith(decodeURI(root.pathname))
  }
  if (!opts.devServerUrl) return false
  const dev = parse(opts.devServerUrl)
  if (!dev || !LOOPBACK.has(dev.hostname)) return false
  const sameHostPort = u.hostname === dev.hostname && u.port === dev.port
  return sameHostPort && ['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)
}
