import { test, expect } from './support/fixtures'
import type { Locator } from '@playwright/test'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'

/** '1.234,56 €' -> 123456. */
const cents = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', ''))

/** Rows in the virtualized ledger (the table tells how many it has, not only the rendered ones). */
async function rowCount(ledger: Locator): Promise<number> {
  return Number(await ledger.getByRole('table').getAttribute('aria-rowcount'))
}

/**
 * The customer page opens on the latest movements of the statement; the earlier ones come a page at a time, the
 * balance before the rows shown closing the table, until the whole history is there and starts at zero.
 */
test('customer page: the statement, newest first, loads earlier movements a page at a time', async ({ page, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  await page.getByRole('link', { name: 'Clientes', exact: true }).click()
  await page.getByTestId('customers-search').fill('Javier Torres')
  await page.getByRole('row').filter({ hasText: 'Javier Torres Domínguez' }).click()
  const ledger = page.getByTestId('customer-ledger')
  await expect(ledger).toBeVisible()

  // The newest row ends at the customer's balance; the last row is the balance brought forward.
  const balance = await page.getByTestId('customer-balance').innerText()
  await expect(ledger.getByRole('row').nth(1).locator('strong')).toHaveText(balance)
  const more = page.getByTestId('customer-ledger-more')
  await expect(more).toContainText(/Movimientos desde el \d{2}\/\d{2}\/\d{4}/)
  const first = await rowCount(ledger)
  expect(first).toBeGreaterThan(30)
  const scroller = ledger.locator('.vtable-scroll')
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(ledger.getByRole('row').last()).toContainText('Saldo anterior')
  await page.getByTestId('customer-ledger').scrollIntoViewIfNeeded()
  await shoot(page, '26-customer-statement-first-page')

  await page.getByTestId('customer-ledger-earlier').click()
  await expect.poll(() => rowCount(ledger)).toBeGreaterThan(first)
  // Until nothing is earlier: then no "load earlier", and the oldest row opens the account (balance = its debit).
  for (let i = 0; i < 20 && (await page.getByTestId('customer-ledger-earlier').isVisible()); i++) {
    const before = await rowCount(ledger)
    await page.getByTestId('customer-ledger-earlier').click()
    await expect.poll(() => rowCount(ledger)).toBeGreaterThan(before)
  }
  await expect(page.getByTestId('customer-ledger-earlier')).toHaveCount(0)
  await expect(more).toHaveCount(0)
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight))
  const oldest = ledger.getByRole('row').last()
  await expect(oldest).toContainText('Factura')
  const cells = await oldest.getByRole('cell').allInnerTexts()
  expect(cells[3]).toBe(cells[5])
  await scroller.evaluate((el) => (el.scrollTop = 0))
  await expect(ledger.getByRole('row').nth(1).locator('strong')).toHaveText(balance)
  expect(pageErrors).toEqual([])
})

/**
 * The figures at the top come from the open invoices the page lists; the interest card shows the overdue ones up
 * front and adds the invoices paid late when asked, its totals then covering both.
 */
test('customer page: overdue figure and interest on the unpaid invoices, the paid-late ones on demand', async ({ page, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  await page.getByRole('link', { name: 'Clientes', exact: true }).click()
  await page.getByTestId('customers-search').fill('Ayuntamiento de Madrid')
  await page.getByRole('row').filter({ hasText: 'Ayuntamiento de Madrid' }).click()
  // "Overdue" sums the open amounts of the invoices past due (read from the open invoices the page lists).
  const rows = page.getByTestId('customer-open-invoices').locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  await expect(page.getByTestId('customer-overdue')).toContainText('€')
  let overdue = 0
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allInnerTexts()
    if (/^\d+$/.test(cells[3]!.trim())) overdue += cents(cells[5]!)
  }
  expect(overdue).toBeGreaterThan(0)
  expect(cents(await page.getByTestId('customer-overdue').innerText())).toBe(overdue)

  const card = page.getByTestId('customer-interest')
  const interestRows = card.locator('tbody tr')
  await expect(page.getByTestId('customer-interest-scope')).toHaveText('Facturas vencidas pendientes de pago. Las ya pagadas con retraso no entran en estos totales.')
  const unpaid = await interestRows.count()
  expect(unpaid).toBeGreaterThan(0)
  await expect(interestRows.filter({ hasText: 'pagada con retraso' })).toHaveCount(0)
  const claimable = cents(await page.getByTestId('customer-interest-claimable').innerText())

  await page.getByTestId('customer-interest-paid-late').click()
  await expect(page.getByTestId('customer-interest-scope')).toHaveText('Facturas vencidas pendientes de pago y facturas pagadas con retraso.')
  await expect(interestRows.filter({ hasText: 'pagada con retraso' }).first()).toBeVisible()
  expect(await interestRows.count()).toBeGreaterThan(unpaid)
  expect(cents(await page.getByTestId('customer-interest-claimable').innerText())).toBeGreaterThan(claimable)
  await card.scrollIntoViewIfNeeded()
  await shoot(page, '27-customer-interest-with-paid-late')
  await page.getByTestId('customer-interest-paid-late').click()
  await expect(interestRows).toHaveCount(unpaid)
  expect(pageErrors).toEqual([])
})
