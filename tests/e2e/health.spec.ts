import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'

/** The first whole number in a text: "21 facturas" -> 21, "1.234 facturas" -> 1234. */
function firstNumber(text: string): number {
  const m = /\d[\d.]*/.exec(text)
  if (!m) throw new Error(`no number in ${text}`)
  return Number(m[0].replace(/\./g, ''))
}

async function numberIn(locator: Locator): Promise<number> {
  await expect(locator).toContainText(/\d/)
  return firstNumber(await locator.innerText())
}

/** Opens a signal's list and shows all its rows; returns the rows. */
async function openList(page: Page, id: string): Promise<Locator> {
  const toggle = page.getByTestId(`${id}-toggle`)
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(page.getByTestId(`${id}-list`)).toBeVisible()
  const more = page.getByTestId(`${id}-more`)
  while ((await more.count()) > 0) await more.click()
  return page.locator(`[data-testid^="${id}-row-"]`)
}

async function openHealth(page: Page): Promise<void> {
  await page.goto('/#/reports/health')
  await expect(page.getByTestId('health-results')).toBeVisible()
  await expect(page.getByTestId('health-results')).not.toHaveAttribute('aria-busy', 'true')
}

test('process health on the Spanish demo: each figure matches the documents behind it, and links lead to them', async ({ page, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  await openHealth(page)
  // Default period: the last 12 months up to today.
  const from = await page.getByTestId('health-period-from').inputValue()
  const to = await page.getByTestId('health-period-to').inputValue()
  expect(to > from).toBe(true)
  expect(Number(to.slice(0, 4)) - Number(from.slice(0, 4))).toBe(1)
  await expect(page.getByTestId('health-period-last12')).toHaveAttribute('aria-pressed', 'true')
  for (const id of ['health-credit-notes', 'health-delivery', 'health-terms', 'health-po', 'health-disputes']) {
    await expect(page.getByTestId(`${id}-level`)).toHaveAttribute('data-level', /^(good|warn|bad)$/)
  }
  await expect(page.getByTestId('health-credit-notes-value')).toContainText('%')
  await shoot(page, '70-health-es')

  // Credit notes: the count equals the credit notes listed, and each links to its document.
  const notes = await numberIn(page.getByTestId('health-credit-notes-count'))
  expect(notes).toBeGreaterThan(0)
  await expect(await openList(page, 'health-credit-notes')).toHaveCount(notes)

  // Delivery to invoice: the invoices past the legal deadline are the rows flagged late.
  const late = await numberIn(page.getByTestId('health-delivery-late'))
  expect(late).toBeGreaterThan(0)
  const deliveryRows = await openList(page, 'health-delivery')
  await expect(deliveryRows.and(page.locator('[data-late]'))).toHaveCount(late)
  await expect(deliveryRows.first()).toHaveAttribute('data-late', 'true')

  // Non-standard terms, missing PO and disputes: the headline counts the rows.
  for (const id of ['health-terms', 'health-po', 'health-disputes']) {
    const count = await numberIn(page.getByTestId(`${id}-value`))
    expect(count, id).toBeGreaterThan(0)
    await expect(await openList(page, id), id).toHaveCount(count)
  }
  // Disputes by reason add up to the total; open ones are listed first.
  const disputes = await numberIn(page.getByTestId('health-disputes-value'))
  const byReason = await page.locator('[data-testid^="health-disputes-reason-"] td.num.strong').allInnerTexts()
  expect(byReason.map(Number).reduce((s, n) => s + n, 0)).toBe(disputes)
  const open = await numberIn(page.getByTestId('health-disputes-open'))
  expect(open).toBeGreaterThan(0)
  await page.getByTestId('health-disputes').scrollIntoViewIfNeeded()
  await shoot(page, '71-health-es-lists')

  // A shorter period shows fewer (or as many) documents.
  await page.getByTestId('health-period-last3').click()
  await expect(page.getByTestId('health-period-last3')).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(async () => firstNumber(await page.getByTestId('health-disputes-value').innerText())).toBeLessThanOrEqual(disputes)

  // Dates in the wrong order are refused with a message; the report shown stays.
  const before = await page.getByTestId('health-po-value').innerText()
  await page.getByTestId('health-period-to').fill(from)
  await expect(page.getByRole('alert').first()).toBeVisible()
  await expect(page.getByTestId('health-po-value')).toHaveText(before)

  // Follow a missing-PO invoice to its page.
  await page.getByTestId('health-period-last12').click()
  const poRows = await openList(page, 'health-po')
  const link = poRows.first().getByRole('link').first()
  const number = (await link.innerText()).trim()
  await link.click()
  await expect(page).toHaveURL(/#\/invoices\/demo-i-/)
  await expect(page.getByTestId('invoice-status')).toBeVisible()
  await expect(page.getByText(number).first()).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('process health in Romanian: lei, Romanian words and the Codul fiscal deadline', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  await openHealth(page)
  await expect(page.getByRole('heading', { name: 'Sănătatea procesului de încasare' })).toBeVisible()
  await expect(page.getByTestId('health-delivery')).toContainText('Codul fiscal, art. 319')
  await expect(page.getByTestId('health-po')).toContainText('lei')
  await shoot(page, '72-health-ro')
  await openList(page, 'health-terms')
  await page.getByTestId('health-terms').scrollIntoViewIfNeeded()
  await expect(page.getByTestId('health-terms-list')).toContainText(/fișă/)
  await shoot(page, '73-health-ro-terms')
  expect(pageErrors).toEqual([])
})
