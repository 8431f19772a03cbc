// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, PRODUCTION_CSP } from '../../../electron/main/csp'
import { isAllowedRequest, isTrustedSender } from '../../../electron/main/senders'

const PROD = 'file:///opt/Cobro/resources/app.asar/out/renderer/index.html'
const DEV = 'http://localhost:5173/'

describe('isTrustedSender', () => {
  it('trusts our production page, whatever the route', () => {
    expect(isTrustedSender(PROD, PROD)).toBe(true)
    expect(isTrustedSender(`${PROD}#/invoices/123`, PROD)).toBe(true)
    expect(isTrustedSender(`${PROD}?x=1`, PROD)).toBe(true)
  })

  it('refuses other files, hosts and schemes in production', () => {
    expect(isTrustedSender('file:///opt/Cobro/resources/app.asar/out/renderer/other.html', PROD)).toBe(false)
    expect(isTrustedSender('file:///tmp/evil/index.html', PROD)).toBe(false)
    expect(isTrustedSender('file://evilhost/opt/Cobro/resources/app.asar/out/renderer/index.html', PROD)).toBe(false)
    expect(isTrustedSender('https://example.com/', PROD)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', PROD)).toBe(false)
    expect(isTrustedSender('about:blank', PROD)).toBe(false)
    expect(isTrustedSender('', PROD)).toBe(false)
    expect(isTrustedSender(null, PROD)).toBe(false)
    expect(isTrustedSender('not a url', PROD)).toBe(false)
  })

  it('compares files after URL normalisation (no ../ tricks, spaces encoded or not)', () => {
    expect(isTrustedSender('file:///opt/Cobro/resources/app.asar/out/renderer/x/../index.html', PROD)).toBe(true)
    const spaced = 'file:///C:/Program%20Files/Cobro/out/renderer/index.html'
    expect(isTrustedSender('file:///C:/Program Files/Cobro/out/renderer/index.html', spaced)).toBe(true)
  })

  it('trusts the dev server origin only, on loopback', () => {
    expect(isTrustedSender('http://localhost:5173/', DEV)).toBe(true)
    expect(isTrustedSender('http://localhost:5173/customers/1', DEV)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', DEV)).toBe(false)
    expect(isTrustedSender('http://localhost:5173.evil.com/', DEV)).toBe(false)
    expect(isTrustedSender('https://localhost:5173/', DEV)).toBe(false)
    expect(isTrustedSender('http://192.168.1.10:5173/', 'http://192.168.1.10:5173/')).toBe(false)
    expect(isTrustedSender(PROD, DEV)).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it('allows only local content in production', () => {
    const rendererRoot = 'file:///opt/Cobro/resources/app.asar/out/renderer/'
    expect(isAllowedRequest(PROD, { rendererRoot })).toBe(true)
    expect(isAllowedRequest('file:///opt/Cobro/resources/app.asar/out/renderer/assets/index-abc.js', { rendererRoot })).toBe(true)
    expect(isAllowedRequest('file:///etc/passwd', { rendererRoot })).toBe(false)
    expect(isAllowedRequest('file:///opt/Cobro/resources/app.asar/out/renderer/../../secrets.json', { rendererRoot })).toBe(false)
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true)
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true)
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false)
    expect(isAllowedRequest('http://localhost:5173/')).toBe(false)
    expect(isAllowedRequest('ws://localhost:5173/')).toBe(false)
  })

  it('adds the dev server and its websocket in development', () => {
    const dev = { devServerUrl: DEV }
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:8080/', dev)).toBe(false)
    expect(isAllowedRequest('https://cdn.example.com/x.js', dev)).toBe(false)
  })
})

describe('Content-Security-Policy', () => {
  const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]))

  it('production policy names no remote origin and allows no inline or eval script', () => {
    expect(PRODUCTION_CSP).not.toMatch(/https?:|wss?:|\*|unsafe-eval/)
    const d = directives(PRODUCTION_CSP)
    expect(d.get('default-src')).toEqual(["'self'"])
    expect(d.get('script-src')).toEqual(["'self'"])
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(d.get('img-src')).toEqual(["'self'", 'data:'])
    expect(d.get('font-src')).toEqual(["'self'"])
    expect(d.get('connect-src')).toEqual(["'self'"])
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(d.get('base-uri')).toEqual(["'none'"])
    expect(d.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('development policy adds only the loopback dev server websocket and the inline React Refresh preamble', () => {
    const dev = contentSecurityPolicy(DEV)
    const d = directives(dev)
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev).not.toMatch(/https?:/)
    expect(() => contentSecurityPolicy('http://example.com:5173/')).toThrow()
  })
})

describe('the renderer page CSP', () => {
  it('is the production policy in the built page (a <meta> cannot carry frame-ancestors), never hand-written', async () => {
    const { readFileSync } = await import('node:fs')
    const { PRODUCTION_CSP, PRODUCTION_META_CSP } = await import('../../../electron/main/csp')
    expect(PRODUCTION_META_CSP).toBe(PRODUCTION_CSP.replace("; frame-ancestors 'none'", ''))
    expect(PRODUCTION_META_CSP).not.toMatch(/ws:|blob:|unsafe-eval|http:|https:/)
    const source = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8')
    expect(source).not.toMatch(/Content-Security-Policy/i)
    const config = readFileSync(new URL('../../../electron.vite.config.ts', import.meta.url), 'utf8')
    expect(config).toMatch(/content: PRODUCTION_META_CSP/)
  })
})
