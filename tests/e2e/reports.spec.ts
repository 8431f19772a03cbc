import type { Locator } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'

/** "8.614,67 €" -> 861467 */
function cents(text: string): number {
  const m = /-?[\d.]+,\d{2}/.exec(text.replace(/\s/g, ''))
  if (!m) throw new Error(`no amount in ${text}`)
  return Math.round(Number(m[0].replace(/\./g, '').replace(',', '.')) * 100)
}

/** The amount a figure shows, once it has loaded (it reads "…" while its query runs). */
async function amountOf(locator: Locator): Promise<number> {
  await expect(locator).toContainText(/\d,\d{2}/)
  return cents(await locator.innerText())
}

test('aging: the buckets past due add up to the overview overdue; a past date is reconstructed; bad buckets refused', async ({ page, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  const overdue = await amountOf(page.getByTestId('home-overdue'))
  const receivableText = await page.getByTestId('home-receivable').innerText()
  expect(overdue).toBeGreaterThan(0)

  await page.getByRole('link', { name: 'Antigüedad de saldos' }).click()
  await expect(page.getByTestId('aging-grand-total')).toBeVisible()
  const buckets: number[] = []
  for (let i = 0; i < 5; i++) buckets.push(await amountOf(page.getByTestId(`aging-total-${i}`)))
  const grand = await amountOf(page.getByTestId('aging-grand-total'))
  expect(buckets.reduce((s, x) => s + x, 0)).toBe(grand)
  expect(buckets.slice(1).reduce((s, x) => s + x, 0)).toBe(overdue)
  expect(receivableText).toContain('€')
  await shoot(page, '50-aging-today')

  // As the figures stood on 30 June: a different picture, said to be reconstructed.
  await page.getByTestId('aging-asof').fill('2026-06-30')
  await expect.poll(async () => { const t = await page.getByTestId('aging-grand-total').innerText(); return /\d,\d{2}/.test(t) ? cents(t) : grand }).not.toBe(grand)
  await expect(page.getByText(/30\/06\/2026/).first()).toBeVisible()
  await shoot(page, '51-aging-past')

  // Buckets that do not ascend are refused with a message; the last valid report stays.
  const before = await page.getByTestId('aging-grand-total').innerText()
  await page.getByTestId('aging-buckets').fill('60, 30')
  await expect(page.getByRole('alert').first()).toBeVisible()
  await expect(page.getByTestId('aging-grand-total')).toHaveText(before)
  expect(pageErrors).toEqual([])
})
