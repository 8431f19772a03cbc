/** Timing helpers of the benchmark page: performance.now() around each call, details from the last run. */
import type { OpResult } from './protocol'

export type Detail = Record<string, number | string>

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now()
  const value = await fn()
  return { ms: performance.now() - t0, value }
}

/**
 * Runs `fn` `runs` times (run index given) and keeps each duration; with `warmUp`, one more run first, reported as
 * `first` (what a screen costs the first time after start) and left out of the samples. `fn` returns the details.
 */
export async function sample(op: string, runs: number, warmUp: boolean, fn: (run: number) => Promise<Detail>): Promise<OpResult> {
  let first: number | undefined
  let detail: Detail = {}
  if (warmUp) {
    const r = await timed(() => fn(-1))
    first = r.ms
    detail = r.value
  }
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const r = await timed(() => fn(i))
    samples.push(r.ms)
    detail = r.value
  }
  return { op, samples, ...(first === undefined ? {} : { first }), detail }
}

/** Runs whose own code times its parts: `fn` returns the total it measured plus the parts. */
export async function sampleParts(op: string, runs: number, fn: (run: number) => Promise<{ total: number; detail: Detail }>): Promise<OpResult> {
  const samples: number[] = []
  let detail: Detail = {}
  for (let i = 0; i < runs; i++) {
    const r = await fn(i)
    samples.push(r.total)
    detail = r.detail
  }
  return { op, samples, detail }
}
