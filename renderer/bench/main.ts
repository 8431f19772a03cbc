/**
 * The benchmark page: the same database and repositories as the app, with no UI. It loads the demo company at a
 * given size and runs each measured operation the way the app's screens call it, timing inside the page with
 * performance.now(). Built only with COBRO_BENCH=1; tests/bench/scale drives it through window.cobroBench.
 */
import Dexie from 'dexie'
import '../lib/zodConfig'
import { initI18n } from '../lib/i18n'
import { loadDemoCompany } from '../db/demo'
import type { Ctx } from '../db/context'
import { openDb } from '../db/context'
import { allTables, DB_NAME } from '../db/schema'
import type { CobroBench, LoadRequest, LoadResult, OpenResult, OpName, OpResult, TableCounts } from './protocol'
import { topUpInteractions } from './topUp'
import { topUpStepRecords } from './stepTopUp'
import { runOp } from './ops'

initI18n()
const ctx: Ctx = { db: openDb(), user: 'bench', role: 'owner', now: () => new Date() }

function status(text: string): void {
  const el = document.getElementById('status')
  if (el) el.textContent = text
  // The driver follows the load through the console.
  console.log(`[bench] ${text}`)
}

async function load(req: LoadRequest): Promise<LoadResult> {
  const t0 = performance.now()
  await loadDemoCompany(ctx, {
    country: 'ES',
    today: req.today,
    customers: req.customers,
    months: req.months,
    invoicesPerCustomerMonth: req.invoicesPerCustomerMonth,
    seed: req.seed,
    replace: true,
    onProgress: (done, total) => status(`load ${done}/${total} customers, ${Math.round((performance.now() - t0) / 1000)} s`),
  })
  const t1 = performance.now()
  const added = await topUpInteractions(ctx, req)
  const steps = await topUpStepRecords(ctx, req.seed, req.today)
  const t2 = performance.now()
  status(`loaded in ${Math.round((t2 - t0) / 1000)} s`)
  return { generateAndWriteMs: t1 - t0, topUpMs: t2 - t1, topUpInteractions: added, topUpStepRecords: steps }
}

/** The bench-only rows a cache built before they existed lacks (each top-up adds nothing when its rows are there). */
async function topUp(req: LoadRequest): Promise<Pick<LoadResult, 'topUpInteractions' | 'topUpStepRecords'>> {
  status('top-up')
  return { topUpInteractions: await topUpInteractions(ctx, req), topUpStepRecords: await topUpStepRecords(ctx, req.seed, req.today) }
}

/** The stored version first (Dexie's dynamic mode opens without upgrading), then the app's open, timed. */
async function open(): Promise<OpenResult> {
  let fromVersion = 0
  const probe = new Dexie(DB_NAME, { autoOpen: false })
  try {
    await probe.open()
    fromVersion = probe.verno
  } catch (e) {
    if (!(e instanceof Dexie.NoSuchDatabaseError)) throw e
  } finally {
    probe.close()
  }
  const t0 = performance.now()
  await ctx.db.open()
  return { fromVersion, toVersion: ctx.db.verno, ms: performance.now() - t0 }
}

async function counts(): Promise<TableCounts> {
  const out: TableCounts = {}
  for (const t of allTables(ctx.db)) out[t.name] = await t.count()
  return out
}

async function run(op: OpName, runs: number, today: string): Promise<OpResult> {
  status(`running ${op}`)
  const result = await runOp(ctx, op, runs, today)
  status(`done ${op}`)
  return result
}

const bench: CobroBench = { open, load, topUp, counts, run }
Object.defineProperty(window, 'cobroBench', { value: bench })
