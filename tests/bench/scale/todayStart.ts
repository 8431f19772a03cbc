/**
 * "Open Today" as a user does (issue 7: the screen must feel instant): a fresh page load of /#/today up to the first
 * rows of its first section, timed in the page (performance.now() since navigation), like start.dashboard. Run after
 * the dashboard starts (today's backup is then found, so a start measures the screen, not the daily backup).
 */
import type { Page } from '@playwright/test'
import type { OpResult } from '../../../renderer/bench/protocol'

/** Page loads of /#/today timed (after one untimed load that warms the caches as a second start would). */
export const TODAY_START_RUNS = 5

async function todayOnce(page: Page): Promise<{ ms: number; rows: number; sections: number; letters: string }> {
  await page.goto('about:blank')
  await page.goto('/#/today')
  const handle = await page.waitForFunction(
    () => {
      // The first section's rows shown with their content (the customer's link; invoice chips where the row has any).
      const first = document.querySelector('[data-testid^="today-section-"]')
      const rows = first?.querySelectorAll('.q-row') ?? []
      if (rows.length === 0) return false
      return {
        ms: performance.now(),
        rows: document.querySelectorAll('.q-row').length,
        sections: document.querySelectorAll('[data-testid^="today-section-"]').length,
        letters: document.querySelector('[data-testid="today-count-letters"]')?.textContent ?? '',
      }
    },
    undefined,
    { polling: 'raf', timeout: 600_000 },
  )
  return (await handle.jsonValue()) as { ms: number; rows: number; sections: number; letters: string }
}

export async function measureTodayStarts(page: Page): Promise<OpResult> {
  const first = await todayOnce(page)
  const samples: number[] = []
  let last = first
  for (let i = 0; i < TODAY_START_RUNS; i++) {
    last = await todayOnce(page)
    samples.push(last.ms)
  }
  const detail = {
    page: '/#/today',
    waitsFor: "the first section's rows",
    rowsInDom: last.rows,
    sections: last.sections,
    lettersCount: last.letters,
  }
  return { op: 'start.today', samples, first: first.ms, detail }
}
