import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'

/** The demo button gives a realistic company at once; every main screen shows it. */
test('Spanish demo company: customers, invoices, payments and products screens', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.loadDemo('es')
  await expect(page.getByTestId('home-receivable')).toContainText('€')
  await shoot(page, '20-demo-es-home')

  await page.getByRole('link', { name: 'Clientes', exact: true }).click()
  await expect(page.getByRole('row').nth(10)).toBeVisible()
  await page.getByTestId('customers-search').fill('ayunt')
  await expect(page.getByRole('row').nth(1)).toContainText(/Ayuntamiento/)
  await shoot(page, '21-demo-es-customers')
  await page.getByRole('row').nth(1).click()
  await expect(page.getByTestId('customer-ledger')).toBeVisible()
  await shoot(page, '22-demo-es-customer')

  await page.getByRole('link', { name: 'Facturas', exact: true }).click()
  await page.getByTestId('invoices-filter-overdue').click()
  await expect(page.getByRole('row').nth(1)).toContainText('Vencida')
  await shoot(page, '23-demo-es-invoices-overdue')

  await page.getByRole('link', { name: 'Cobros', exact: true }).click()
  await expect(page.getByRole('row').nth(1)).toBeVisible()
  await shoot(page, '24-demo-es-payments')
  await page.getByRole('link', { name: 'Productos', exact: true }).click()
  await shoot(page, '25-demo-es-products')
  expect(pageErrors).toEqual([])
})

test('Romanian demo company: money in lei, Romanian screens', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  await expect(page.getByTestId('home-receivable')).toContainText('lei')
  await shoot(page, '30-demo-ro-home')
  await page.getByRole('link', { name: 'Facturi', exact: true }).click()
  await expect(page.getByRole('row').nth(1)).toContainText('lei')
  await page.getByRole('row').nth(1).click()
  await expect(page.getByTestId('invoice-status')).toBeVisible()
  await shoot(page, '31-demo-ro-invoice')
  await page.getByRole('link', { name: 'Clienți', exact: true }).click()
  await shoot(page, '32-demo-ro-customers')
  expect(pageErrors).toEqual([])
})
