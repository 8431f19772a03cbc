// @vitest-environment node
/**
 * Measures "Print all letters due today" with 200 letters as one PDF: wall time, and the longest stall of the
 * calling thread's event loop (perf_hooks.monitorEventLoopDelay and a 10 ms setInterval drift probe), through the
 * worker thread (a fresh bundle of worker.ts, and out/main/pdfWorker.js from `electron-vite build` when present)
 * and, for comparison, in the calling thread. Also one letter in the calling thread.
 * Opt-in (slow): COBRO_BENCH=1 npx vitest run tests/unit/main/letterBatch.bench.test.ts
 */
import { existsSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { renderLetters } from '../../../electron/main/documents/pdf/letterRenderer'
import type { LetterModel } from '../../../renderer/domain/collections/types'
import { demandES, reminderEN, reminderES, somatieRO } from './letterFixtures'
import { bundlePdfWorker } from './pdfWorkerBundle'

const BUILT_WORKER = join(import.meta.dirname, '..', '..', '..', 'out', 'main', 'pdfWorker.js')

function letters(n: number): LetterModel[] {
  const makers = [demandES, somatieRO, reminderES, reminderEN]
  return Array.from({ length: n }, (_, i) => {
    const l = makers[i % makers.length]!()
    l.customer.legalName = `${l.customer.legalName} #${i + 1}`
    return l
  })
}

async function measure(run: () => Promise<{ bytes: Buffer; via: string; parts: number }>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  let last = performance.now()
  let longest = 0
  const probe = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 10)
  histogram.enable()
  const started = performance.now()
  const out = await run()
  const ended = performance.now()
  const ms = Math.round(ended - started)
  histogram.disable()
  clearInterval(probe)
  // A stall that lasted until the end of the run is not followed by a tick: count it too.
  longest = Math.max(longest, ended - last)
  const pages = out.bytes.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0
  return { via: out.via, parts: out.parts, ms, pages, kb: Math.round(out.bytes.length / 1024), maxLoopDelayMs: Math.round(histogram.max / 1e6), maxIntervalGapMs: Math.round(longest) }
}

describe.runIf(process.env.COBRO_BENCH)('letter batch benchmark', () => {
  it('200 letters as one PDF', async () => {
    const batch = letters(200)
    const fresh = await bundlePdfWorker()
    const singleCold = await measure(() => renderLetters([demandES()], 'one', { workerPath: null, useWorker: false }))
    const singleWarm = await measure(() => renderLetters([somatieRO()], 'one', { workerPath: null, useWorker: false }))
    const singleWarm2 = await measure(() => renderLetters([reminderES()], 'one', { workerPath: null, useWorker: false }))
    const singleViaWorker = await measure(() => renderLetters([demandES()], 'one', { workerPath: fresh, useWorker: true }))
    const results: Record<string, unknown> = { singleCold, singleWarm, singleWarm2, singleViaWorker }
    // As the app does it: cut over this PC's cores (letterRenderer.partsFor), and whole in one worker to compare.
    results.worker = await measure(() => renderLetters(batch, 'batch', { workerPath: fresh, useWorker: true }))
    results.workerWhole = await measure(() => renderLetters(batch, 'batch', { workerPath: fresh, useWorker: true, parts: 1 }))
    if (existsSync(BUILT_WORKER)) results.builtWorker = await measure(() => renderLetters(batch, 'batch', { workerPath: BUILT_WORKER, useWorker: true }))
    results.inline = await measure(() => renderLetters(batch, 'batch', { workerPath: null, useWorker: true }))
    rmSync(dirname(fresh), { recursive: true, force: true })
    console.log(JSON.stringify(results, null, 2))
    expect((results.worker as { via: string }).via).toBe('worker')
  }, 300_000)
})
