import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'

/**
 * Cancelling an issued invoice (issue 8): the owner cancels an unpaid invoice of the Spanish demo; without a reason
 * it is refused with the reason in Spanish; with one, the invoice shows as cancelled with the reason, leaves the
 * pending list, is found under "Anulada", and the invoice records page lists its anulación record.
 */
test('cancel an unpaid invoice: reason required, status, lists and the anulación record', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.loadDemo('es')
  await page.getByRole('link', { name: 'Facturas', exact: true }).click()
  await page.getByTestId('invoices-filter-open').click()
  const pendingBefore = Number(await page.getByTestId('invoices-filter-open').locator('.filter-count').textContent())
  await page.getByRole('row').nth(1).click()
  const number = (await page.getByRole('heading', { level: 1 }).textContent())?.match(/F\d{4}-\d+/)?.[0] ?? 'none'

  await page.getByTestId('invoice-cancel').click()
  await page.getByTestId('invoice-cancel-confirm').click()
  await expect(page.getByRole('dialog')).toContainText('Indique el motivo de la anulación')
  await page.getByTestId('invoice-cancel-reason').fill('Emitida por error a otro cliente')
  await page.mouse.move(0, 0)
  await shoot(page, '96-invoice-cancel-dialog')
  await page.getByTestId('invoice-cancel-confirm').click()

  await expect(page.getByTestId('invoice-status')).toHaveAttribute('data-status', 'cancelled')
  await expect(page.getByTestId('invoice-cancelled-note')).toContainText('Motivo: Emitida por error a otro cliente.')
  await expect(page.getByTestId('invoice-cancel')).toHaveCount(0)
  await expect(page.getByTestId('invoice-record-payment')).toHaveCount(0)
  await expect(page.getByTestId('invoice-credit-note')).toHaveCount(0)
  await shoot(page, '97-invoice-cancelled')

  await page.getByRole('link', { name: 'Facturas', exact: true }).click()
  await expect(page.getByTestId('invoices-filter-open').locator('.filter-count')).toHaveText(String(pendingBefore - 1))
  await page.getByTestId('invoices-filter-cancelled').click()
  await expect(page.getByTestId('invoices-filter-cancelled').locator('.filter-count')).toHaveText('1')
  await expect(page.getByRole('row')).toHaveCount(2)
  await expect(page.getByRole('row').nth(1)).toContainText(number)
  await expect(page.getByRole('row').nth(1)).toContainText('Anulada')

  await page.getByRole('link', { name: 'Registros de facturación', exact: true }).click()
  await page.getByTestId('fiscal-verify').click()
  await expect(page.getByTestId('fiscal-records-status')).toHaveAttribute('data-ok', 'true')
  await expect(page.getByTestId('fiscal-records')).toContainText('anulación')
  expect(pageErrors).toEqual([])
})
