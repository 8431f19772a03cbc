/**
 * Results: one row per operation with its median, the first (cold) run, the ratio to the raw getAll of the invoices
 * table and the issue's target; written to bench-results/scale.json (one entry per size, merged with earlier runs)
 * and printed as a table. A missed target is printed as MISSED.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OpResult } from '../../../renderer/bench/protocol'
import type { CacheMeta } from './profile'
import type { ProbeResult } from './probes'
import { MAIN_LIMITS, TARGETS, type Target } from './sizes'

export const RESULTS_FILE = join(import.meta.dirname, '..', '..', '..', 'bench-results', 'scale.json')

export interface Row {
  op: string
  runs: number
  medianMs: number
  firstMs: number | null
  minMs: number
  maxMs: number
  ratioToGetAll: number
  target: string
  verdict: 'ok' | 'MISSED' | ''
  detail: Record<string, number | string>
}

export interface SizeResult {
  size: string
  measuredAt: string
  today: string
  cache: { reused: boolean; loadWallMs: number; load: CacheMeta['load']; builtAt: string }
  counts: CacheMeta['counts']
  getAllMs: number
  rows: Row[]
  main: { letters?: ProbeResult; xlsx?: ProbeResult }
  /** Other observations (the daily backup taken at the first start, ...). */
  notes: Record<string, number | string>
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

function describeTarget(t: Target | undefined): string {
  if (!t) return ''
  return t.ms === 'getAll' ? '<= getAll' : `< ${t.ms} ms`
}

export function toRow(r: OpResult, getAllMs: number, extra: { target?: Target; failMain?: string } = {}): Row {
  const m = median(r.samples)
  const target = extra.target ?? TARGETS[r.op as keyof typeof TARGETS]
  const limit = target ? (target.ms === 'getAll' ? getAllMs : target.ms) : null
  const missed = (limit !== null && m > limit) || extra.failMain !== undefined
  return {
    op: r.op,
    runs: r.samples.length,
    medianMs: Math.round(m * 10) / 10,
    firstMs: r.first === undefined ? null : Math.round(r.first * 10) / 10,
    minMs: Math.round(Math.min(...r.samples) * 10) / 10,
    maxMs: Math.round(Math.max(...r.samples) * 10) / 10,
    ratioToGetAll: Math.round((m / getAllMs) * 1000) / 1000,
    target: [describeTarget(target), extra.failMain].filter(Boolean).join('; '),
    verdict: limit === null && extra.failMain === undefined ? '' : missed ? 'MISSED' : 'ok',
    detail: r.detail,
  }
}

/** The main-side limit a probe broke, if any. */
export function mainMiss(kind: 'letters' | 'xlsx', p: ProbeResult): string | undefined {
  if (kind === 'letters' && p.maxLoopDelayMs > MAIN_LIMITS.lettersMaxLoopBlockMs) return `main loop blocked ${p.maxLoopDelayMs} ms > ${MAIN_LIMITS.lettersMaxLoopBlockMs}`
  const growth = p.peakRssMb - p.rssBeforeMb
  if (kind === 'xlsx' && growth > MAIN_LIMITS.xlsxRssGrowthMb) return `RSS grew ${growth} MB > ${MAIN_LIMITS.xlsxRssGrowthMb}`
  return undefined
}

/** Stores the size's result; a partial run (some operations only) replaces just its rows in the stored one. */
export function saveResult(result: SizeResult, partial = false): void {
  mkdirSync(join(RESULTS_FILE, '..'), { recursive: true })
  const all: Record<string, SizeResult> = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, SizeResult>) : {}
  const before = all[result.size]
  if (partial && before) {
    const fresh = new Set(result.rows.map((r) => r.op))
    result = { ...before, rows: [...before.rows.filter((r) => !fresh.has(r.op)), ...result.rows], notes: { ...before.notes, ...result.notes }, main: { ...before.main, ...result.main } }
  }
  all[result.size] = result
  writeFileSync(RESULTS_FILE, JSON.stringify(all, null, 2))
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length))
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s)

export function formatTable(r: SizeResult): string {
  const lines = [
    `Cobro scale benchmark: ${r.size} (data up to ${r.today}; ${r.cache.reused ? 'cached profile reused' : 'profile built now'}, load took ${Math.round(r.cache.loadWallMs / 1000)} s)`,
    `counts: ${Object.entries(r.counts).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ')}`,
    `${pad('operation', 24)}${lpad('median ms', 11)}${lpad('first ms', 10)}${lpad('runs', 6)}${lpad('x getAll', 10)}  ${pad('target', 34)}verdict`,
  ]
  for (const row of r.rows) {
    lines.push(
      `${pad(row.op, 24)}${lpad(row.medianMs.toFixed(1), 11)}${lpad(row.firstMs === null ? '-' : row.firstMs.toFixed(1), 10)}${lpad(String(row.runs), 6)}${lpad(row.ratioToGetAll.toFixed(3), 10)}  ${pad(row.target, 34)}${row.verdict}`,
    )
  }
  if (r.main.letters) lines.push(`letters, main side: longest event-loop block ${r.main.letters.maxLoopDelayMs} ms (interval gap ${r.main.letters.maxIntervalGapMs} ms)`)
  if (r.main.xlsx) lines.push(`xlsx, main side: peak RSS ${r.main.xlsx.peakRssMb} MB, before ${r.main.xlsx.rssBeforeMb} MB: grew ${r.main.xlsx.peakRssMb - r.main.xlsx.rssBeforeMb} MB`)
  for (const [k, v] of Object.entries(r.notes)) lines.push(`note: ${k}: ${v}`)
  const missed = r.rows.filter((x) => x.verdict === 'MISSED')
  lines.push(missed.length ? `MISSED ${missed.length} target(s) at ${r.size}: ${missed.map((x) => x.op).join(', ')}` : `all targets met at ${r.size}`)
  return lines.join('\n')
}
