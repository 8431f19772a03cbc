/**
 * Chromium profiles for the benchmark. Loading 200,000 invoices takes minutes, so the loaded database is kept in a
 * persistent profile under .bench-cache/<size>-s<seed>-v<schema>-p<port>/ (gitignored) and reused by later runs;
 * it is rebuilt when missing (or with COBRO_BENCH_RELOAD=1). IndexedDB belongs to an origin, port included, hence
 * the port in the name. Each run works on a copy (payments and imports write), so the cache stays as loaded.
 */
import { chromium, type BrowserContext } from '@playwright/test'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

export interface CacheMeta {
  size: string
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
  return join(CACHE_ROOT, `${size.label}-s${size.load.seed}-v${schemaVersion()}-p${BENCH_PORT}`)
}

export function readMeta(size: Size): CacheMeta | null {
  const file = join(cacheDir(size), 'bench-meta.json')
  if (process.env.COBRO_BENCH_RELOAD === '1' || !existsSync(file)) return null
  return JSON.parse(readFileSync(file, 'utf8')) as CacheMeta
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
