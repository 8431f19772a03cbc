/**
 * Chromium profiles for the benchmark. Loading 200,000 invoices takes minutes, so the loaded database is kept in a
 * persistent profile under .bench-cache/<size>-s<seed>-p<port>/ (gitignored) and reused by later runs; it is
 * rebuilt when missing (or with COBRO_BENCH_RELOAD=1). IndexedDB belongs to an origin, port included, hence the
 * port in the name. Each run works on a copy (payments and imports write), so the cache stays as loaded.
 * The name does not carry the schema version: a profile of an older schema is upgraded in place by the app's own
 * migrations (timed, as a user's database would be; see the spec's upgradeCache) instead of being loaded again.
 * Profiles named the old way (<size>-s<seed>-v<schema>-p<port>) are adopted: the newest one is copied (left in
 * place for checkouts that still look for it).
 */
import { chromium, type BrowserContext } from '@playwright/test'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadResult, TableCounts } from '../../../renderer/bench/protocol'
import type { Size } from './sizes'

export const CACHE_ROOT = join(import.meta.dirname, '..', '..', '..', '.bench-cache')
export const BENCH_PORT = Number(process.env.COBRO_BENCH_PORT ?? 4189)
export const BASE_URL = `http://127.0.0.1:${BENCH_PORT}`

/** The schema version (read from schema.ts's text: importing it would pull Dexie and the web types into Node). */
export function schemaVersion(): number {
  const src = readFileSync(join(import.meta.dirname, '..', '..', '..', 'renderer', 'db', 'schema.ts'), 'utf8')
  const m = /export const LATEST_VERSION = (\d+)/.exec(src)
  if (!m) throw new Error('LATEST_VERSION not found in renderer/db/schema.ts')
  return Number(m[1])
}

export interface SchemaUpgrade {
  from: number
  to: number
  /** Opening the database at the new version: Dexie's upgrade, data migration included. */
  ms: number
  at: string
}

export interface CacheMeta {
  size: string
  /** The schema version of the cached database (absent in profiles built before it was recorded: see adoptLegacy). */
  schemaVersion?: number
  /** Upgrades applied to this cache since it was loaded, oldest first. */
  upgrades?: SchemaUpgrade[]
  today: string
  load: LoadResult
  /** Wall time of the whole load as the driver saw it (generation, writes, top-up). */
  loadWallMs: number
  counts: TableCounts
  builtAt: string
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined
}

export function cacheDir(size: Size): string {
  return join(CACHE_ROOT, `${size.label}-s${size.load.seed}-p${BENCH_PORT}`)
}

/** A copy of the newest profile named the old way (schema in the name) becomes the cache, its version recorded. */
function adoptLegacy(size: Size): void {
  if (existsSync(cacheDir(size)) || !existsSync(CACHE_ROOT)) return
  const re = new RegExp(`^${size.label}-s${size.load.seed}-v(\\d+)-p${BENCH_PORT}$`)
  const found = readdirSync(CACHE_ROOT)
    .map((name) => ({ name, version: Number(re.exec(name)?.[1] ?? NaN) }))
    .filter((x) => Number.isInteger(x.version) && x.version <= schemaVersion() && existsSync(join(CACHE_ROOT, x.name, 'bench-meta.json')))
    .sort((a, b) => b.version - a.version)[0]
  if (!found) return
  cpSync(join(CACHE_ROOT, found.name), cacheDir(size), { recursive: true })
  for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) rmSync(join(cacheDir(size), lock), { force: true })
  const file = join(cacheDir(size), 'bench-meta.json')
  const meta = JSON.parse(readFileSync(file, 'utf8')) as CacheMeta
  writeFileSync(file, JSON.stringify({ ...meta, schemaVersion: meta.schemaVersion ?? found.version }, null, 2))
}

/** The cached data's description, or null when it must be (re)built: none, RELOAD asked, or a newer schema's. */
export function readMeta(size: Size): CacheMeta | null {
  if (process.env.COBRO_BENCH_RELOAD === '1') return null
  adoptLegacy(size)
  const file = join(cacheDir(size), 'bench-meta.json')
  if (!existsSync(file)) return null
  const meta = JSON.parse(readFileSync(file, 'utf8')) as CacheMeta
  // Built by a newer schema than this checkout's: the app would refuse to open it.
  if (meta.schemaVersion === undefined || meta.schemaVersion > schemaVersion()) return null
  return meta
}

export function writeMeta(size: Size, meta: CacheMeta): void {
  writeFileSync(join(cacheDir(size), 'bench-meta.json'), JSON.stringify(meta, null, 2))
}

/** A fresh empty profile where the cache will be built. */
export function resetCache(size: Size): string {
  const dir = cacheDir(size)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  return dir
}

/** A working copy of the cached profile for this run. */
export function workingCopy(size: Size): string {
  const dir = join(CACHE_ROOT, `work-${size.label}`)
  rmSync(dir, { recursive: true, force: true })
  cpSync(cacheDir(size), dir, { recursive: true })
  // A profile copied while "in use" would refuse to start; the lock files are the copied browser's.
  for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) rmSync(join(dir, lock), { force: true })
  return dir
}

export function launch(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    baseURL: BASE_URL,
    viewport: { width: 1366, height: 860 },
    locale: 'es-ES',
    timezoneId: 'Europe/Madrid',
    args: ['--lang=es-ES', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
