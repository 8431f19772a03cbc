/**
 * Main-side probes, in this Node process (where the bridge runs the handlers): the longest event-loop block
 * (perf_hooks.monitorEventLoopDelay plus a 10 ms interval's largest gap, which also catches a block lasting until
 * the end) and the peak resident memory (sampled every 20 ms).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'

export interface ProbeResult {
  maxLoopDelayMs: number
  maxIntervalGapMs: number
  rssBeforeMb: number
  peakRssMb: number
}

export async function probe<T>(work: () => Promise<T>): Promise<{ value: T; main: ProbeResult }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  const mb = (n: number) => Math.round(n / 1024 / 1024)
  const rssBefore = process.memoryUsage.rss()
  let peak = rssBefore
  let last = performance.now()
  let longest = 0
  const tick = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 10)
  histogram.enable()
  try {
    const value = await work()
    longest = Math.max(longest, performance.now() - last)
    return {
      value,
      main: { maxLoopDelayMs: Math.round(histogram.max / 1e6), maxIntervalGapMs: Math.round(longest), rssBeforeMb: mb(rssBefore), peakRssMb: mb(peak) },
    }
  } finally {
    histogram.disable()
    clearInterval(tick)
  }
}
