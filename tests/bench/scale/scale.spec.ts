/**
 * The scale benchmark (issue 7): the demo company at 20,000 and 200,000 invoices in headless Chromium, each
 * operation run the way the app runs it and timed inside the page (renderer/bench), main's handlers behind the
 * bridge in this process (event loop, memory). Medians; each compared with one raw getAll of the invoices table and
 * with the targets. Results: bench-results/scale.json and a table on stdout.
 * Run: npm run bench:scale (COBRO_BENCH_SIZES=20k to run one size; COBRO_BENCH_OPS=aging.today,queue.today to run
 * some operations only; COBRO_BENCH_RELOAD=1 rebuilds the cached data).
 */
import { test, type Page } from '@playwright/test'
import { cpus, loadavg } from 'node:os'
import type { CobroBench, LoadRequest, OpName, OpResult } from '../../../renderer/bench/protocol'
import { installBenchBridge, waitForCall, type BenchBridge } from './bridge'
import { probe, type ProbeResult } from './probes'
import { cacheDir, launch, readMeta, resetCache, schemaVersion, workingCopy, writeMeta, type CacheMeta } from './profile'
import { formatTable, mainMiss, median, saveResult, toRow, type Row, type SizeResult } from './report'
import { RUNS, SIZES, START_RUNS, type Size } from './sizes'
import { measureTodayStarts } from './todayStart'

const wanted = (process.env.COBRO_BENCH_SIZES ?? '20k,200k').split(',').map((s) => s.trim())
const log = (s: string) => console.log(`[scale] ${s}`)

function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

async function openBenchPage(page: Page): Promise<void> {
  await page.goto('/bench/index.html')
  await page.waitForFunction(() => 'cobroBench' in window)
}

function followConsole(page: Page): void {
  page.on('console', (m) => {
    if (m.text().startsWith('[bench] load')) log(m.text().slice(8))
    else if (m.type() === 'error') log(`page error: ${m.text().slice(0, 300)}`)
  })
  page.on('pageerror', (e) => log(`page exception: ${e.message.slice(0, 300)}`))
}

async function buildCache(size: Size): Promise<CacheMeta> {
  log(`building ${cacheDir(size)} (minutes for 200k)`)
  const context = await launch(resetCache(size))
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    followConsole(page)
    await openBenchPage(page)
    const req: LoadRequest = { ...size.load, today: localToday() }
    const t0 = Date.now()
    const load = await page.evaluate((r) => (window as unknown as { cobroBench: CobroBench }).cobroBench.load(r), req)
    const loadWallMs = Date.now() - t0
    const counts = await page.evaluate(() => (window as unknown as { cobroBench: CobroBench }).cobroBench.counts())
    const meta: CacheMeta = { size: size.label, schemaVersion: schemaVersion(), today: req.today, load, loadWallMs, counts, builtAt: new Date().toISOString() }
    await page.close()
    await context.close()
    writeMeta(size, meta)
    return meta
  } catch (e) {
    await context.close()
    throw e
  }
}

/**
 * A cache of an older schema is upgraded in place by the app's own migrations (Dexie's upgrade on open), timed, as a
 * user's database of that size would be; the cache then holds the new version and later runs start from it.
 */
async function upgradeCache(size: Size, meta: CacheMeta): Promise<CacheMeta> {
  log(`upgrading ${cacheDir(size)} from schema v${meta.schemaVersion} to v${schemaVersion()}`)
  // The cache itself, not a copy: the upgrade is the one write a cached profile takes (IndexedDB rolls a failed one back).
  const context = await launch(cacheDir(size))
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    followConsole(page)
    await openBenchPage(page)
    const r = await page.evaluate(() => (window as unknown as { cobroBench: CobroBench }).cobroBench.open())
    if (r.toVersion !== schemaVersion()) throw new Error(`upgrade reached v${r.toVersion}, expected v${schemaVersion()}`)
    await page.close()
    await context.close()
    const upgraded: CacheMeta = {
      ...meta,
      schemaVersion: r.toVersion,
      upgrades: [...(meta.upgrades ?? []), { from: r.fromVersion, to: r.toVersion, ms: Math.round(r.ms), at: new Date().toISOString() }],
    }
    writeMeta(size, upgraded)
    log(`upgraded v${r.fromVersion} -> v${r.toVersion} in ${Math.round(r.ms)} ms`)
    return upgraded
  } catch (e) {
    await context.close()
    throw e
  }
}

/**
 * A cache built before a bench-only top-up existed (stepTopUp.ts) gets its rows in place, once, as the load now
 * writes them (the data's own day and seed); the cache then holds them and later runs start from it.
 */
async function topUpCache(size: Size, meta: CacheMeta): Promise<CacheMeta> {
  log(`topping up ${cacheDir(size)} (step records)`)
  const context = await launch(cacheDir(size))
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    followConsole(page)
    await openBenchPage(page)
    const req: LoadRequest = { ...size.load, today: meta.today }
    const t0 = Date.now()
    const added = await page.evaluate((r) => (window as unknown as { cobroBench: CobroBench }).cobroBench.topUp(r), req)
    const counts = await page.evaluate(() => (window as unknown as { cobroBench: CobroBench }).cobroBench.counts())
    await page.close()
    await context.close()
    const topped: CacheMeta = { ...meta, counts, load: { ...meta.load, topUpStepRecords: added.topUpStepRecords ?? 0 } }
    writeMeta(size, topped)
    log(`topped up: ${added.topUpStepRecords} step records in ${Math.round((Date.now() - t0) / 1000)} s`)
    return topped
  } catch (e) {
    await context.close()
    throw e
  }
}

/** One start: a fresh page load of the app up to the home screen's figures, in ms since navigation (page clock). */
async function startOnce(page: Page): Promise<number> {
  await page.goto('about:blank')
  await page.goto('/#/')
  const handle = await page.waitForFunction(
    () => {
      const shows = (id: string) => /\d,\d{2}/.test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '')
      return shows('home-receivable') && shows('home-overdue') ? performance.now() : false
    },
    undefined,
    { polling: 'raf', timeout: 600_000 },
  )
  return (await handle.jsonValue()) as number
}

async function measureStarts(page: Page, bridge: BenchBridge, notes: SizeResult['notes']): Promise<OpResult> {
  const before = bridge.calls.length
  const first = await startOnce(page)
  // The first start of the day takes the daily backup in the background: wait for it before measuring anything else.
  const listed = await waitForCall(bridge, 'listBackups', before, 15_000)
  if (listed) {
    const t0 = Date.now()
    // Either main gets the backup, or the app reports its failure (an error toast).
    const failed = page.locator('.toast-error').first()
    const written = await Promise.race([
      waitForCall(bridge, 'finishBackup', before, 900_000),
      failed.waitFor({ timeout: 900_000 }).then(async () => `app error: ${await failed.innerText()}`).catch(() => null),
    ])
    const after = `${Math.round((Date.now() - t0) / 1000)} s after the figures`
    notes['daily backup at first start'] =
      written === null ? 'not written within 15 min'
      : typeof written === 'string' ? `FAILED ${after}: ${written.slice(0, 300)}`
      : `${written.ok ? 'written' : 'FAILED in main'} ${after}; ${backupCalls(bridge, before)}`
  }
  // Later starts of the day find today's backup (as in the app once it has been written): they measure the app.
  bridge.assumeDailyBackupDone = true
  const samples: number[] = []
  for (let i = 0; i < START_RUNS; i++) samples.push(await startOnce(page))
  const detail = { page: '/#/ (home)', waitsFor: 'home-receivable and home-overdue amounts', first: 'with the daily backup', runs: "today's backup found" }
  return { op: 'start.dashboard', samples, first, detail }
}

/** The streamed backup as main saw it: appends, characters over the bridge, time inside main's handlers. */
function backupCalls(bridge: BenchBridge, since: number): string {
  const calls = bridge.calls.slice(since).filter((c) => ['beginBackup', 'appendBackup', 'finishBackup'].includes(c.method))
  const ms = calls.reduce((a, c) => a + c.ms, 0)
  const chars = calls.reduce((a, c) => a + c.inputChars, 0)
  return `${calls.filter((c) => c.method === 'appendBackup').length} appends, ${Math.round(chars / 1e6)} M chars over the bridge, ${Math.round(ms)} ms in main`
}

/** Time spent inside main's handlers (validation, rendering, writing) since call `since`, per method. */
function handlerTime(bridge: BenchBridge, since: number): string {
  const by = new Map<string, { n: number; ms: number; chars: number }>()
  for (const c of bridge.calls.slice(since)) {
    const e = by.get(c.method) ?? { n: 0, ms: 0, chars: 0 }
    by.set(c.method, { n: e.n + 1, ms: e.ms + c.ms, chars: e.chars + c.inputChars })
  }
  return [...by].map(([m, e]) => `${m} x${e.n} ${Math.round(e.ms)} ms (${Math.round(e.chars / 1e6)} M chars in)`).join(', ')
}

async function runOp(page: Page, op: OpName, today: string): Promise<OpResult> {
  log(`${op} (${RUNS[op]} runs)`)
  return page.evaluate(([o, runs, day]) => (window as unknown as { cobroBench: CobroBench }).cobroBench.run(o, runs, day), [op, RUNS[op], today] as const)
}

for (const key of wanted) {
  const size = SIZES[key]
  if (!size) throw new Error(`unknown size ${key} (known: ${Object.keys(SIZES).join(', ')})`)
  test(`scale ${size.label}`, async () => {
    test.setTimeout(size.invoices >= 100_000 ? 4 * 3600_000 : 3600_000)
    let meta = readMeta(size)
    const reused = meta !== null
    if (!meta) meta = await buildCache(size)
    if ((meta.schemaVersion ?? 0) < schemaVersion()) meta = await upgradeCache(size, meta)
    if (meta.load.topUpStepRecords === undefined) meta = await topUpCache(size, meta)
    log(`data: ${JSON.stringify(meta.counts)}; load ${Math.round(meta.loadWallMs / 1000)} s`)
    const context = await launch(workingCopy(size))
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      followConsole(page)
      const bridge = await installBenchBridge(page)
      const notes: SizeResult['notes'] = {
        'interaction top-up (bench-only rows)': meta.load.topUpInteractions,
        'step records top-up (bench-only rows: letters sent)': meta.load.topUpStepRecords ?? 0,
        'schema upgrades of the cached data': (meta.upgrades ?? []).map((u) => `v${u.from}->v${u.to} ${u.ms} ms (${u.at.slice(0, 10)})`).join('; ') || 'none',
        'machine load average at start (cores)': `${loadavg().map((x) => x.toFixed(1)).join(' ')} (${cpus().length})`,
      }
      const start = await measureStarts(page, bridge, notes)
      // The Today screen opened as a user opens it, with the work queue (queue.today) it shows.
      const withToday = !process.env.COBRO_BENCH_OPS || process.env.COBRO_BENCH_OPS.split(',').some((o) => o.trim() === 'queue.today')
      const todayStart = withToday ? await measureTodayStarts(page) : null
      await openBenchPage(page)
      const getAll = await runOp(page, 'baseline.getAll', meta.today)
      const getAllMs = median(getAll.samples)
      const rows: Row[] = [toRow(getAll, getAllMs), toRow(start, getAllMs)]
      if (todayStart) {
        rows.push(toRow(todayStart, getAllMs))
        log(`  ${JSON.stringify(rows[rows.length - 1])}`)
      }
      const main: SizeResult['main'] = {}
      const only = process.env.COBRO_BENCH_OPS?.split(',').map((o) => o.trim())
      const ops = (Object.keys(RUNS) as OpName[]).filter((o) => o !== 'baseline.getAll' && (!only || only.includes(o)))
      for (const op of ops) {
        if (op === 'letters.batch200' || op === 'xlsx.allInvoices') {
          const kind = op === 'letters.batch200' ? 'letters' : 'xlsx'
          // The floor: the same probe over 3 s of nothing (a busy machine delays this process's timers too).
          const idle = await probe(() => new Promise((r) => setTimeout(r, 3000)))
          notes[`${kind}: event-loop noise floor (3 s idle)`] = `${idle.main.maxLoopDelayMs} ms`
          const since = bridge.calls.length
          const { value, main: p } = await probe(() => runOp(page, op, meta.today))
          main[kind] = p satisfies ProbeResult
          notes[`${kind}: main's handler time`] = handlerTime(bridge, since)
          rows.push(toRow(value, getAllMs, { failMain: mainMiss(kind, p) }))
        } else rows.push(toRow(await runOp(page, op, meta.today), getAllMs))
        log(`  ${JSON.stringify(rows[rows.length - 1])}`)
      }
      notes['machine load average at end'] = loadavg().map((x) => x.toFixed(1)).join(' ')
      const result: SizeResult = {
        size: size.label,
        measuredAt: new Date().toISOString(),
        today: meta.today,
        cache: { reused, loadWallMs: meta.loadWallMs, load: meta.load, builtAt: meta.builtAt },
        counts: meta.counts,
        getAllMs,
        rows,
        main,
        notes,
      }
      saveResult(result, only !== undefined)
      console.log(formatTable(result))
    } finally {
      await context.close()
    }
  })
}
