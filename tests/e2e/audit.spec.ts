import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'
import { patchStoredRow } from './support/tamper'

/** Reads from the app's IndexedDB (the test's own browser context): the first customer by code. */
async function firstCustomer(page: Page): Promise<{ id: string; days: number; kind: string }> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; days: number; kind: string }>((resolve, reject) => {
        const open = indexedDB.open('cobro')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('customers').objectStore('customers').index('code').openCursor()
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const c = req.result?.value as { id: string; terms: { kind: string; days?: number } }
            open.result.close()
            resolve({ id: c.id, kind: c.terms.kind, days: c.terms.days ?? 0 })
          }
        }
      }),
  )
}

test('audit log: a terms change is listed with before and after, the chain verifies, and a tampered entry is named', async ({ page, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  const customer = await firstCustomer(page)
  const newDays = customer.days === 75 ? 80 : 75

  // Change the customer's terms through the form.
  await page.goto(`/#/customers/${customer.id}/edit`)
  await expect(page.getByTestId('customer-form')).toBeVisible()
  await page.getByTestId('customer-termsKind').selectOption('net')
  await page.getByTestId('customer-termsDays').fill(String(newDays))
  await page.getByTestId('customer-submit').click()
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer.id}$`))

  // The audit page lists it first (newest first), with the terms before and after.
  await page.goto('/#/audit')
  const rows = page.locator('[data-testid^="audit-row-"]')
  await expect(rows.first()).toBeVisible()
  const rowId = Number((await rows.first().getAttribute('data-testid'))?.replace('audit-row-', ''))
  const row = page.getByTestId(`audit-row-${rowId}`)
  await expect(row).toContainText('Cambio')
  await expect(row).toContainText('Cliente')
  await expect(row.getByRole('link')).toHaveAttribute('href', `#/customers/${customer.id}`)
  await row.getByRole('button', { name: 'Ver cambios' }).click()
  const detail = page.getByTestId(`audit-detail-${rowId}`)
  const days = detail.locator('tr[data-field="terms.days"]')
  await expect(days).toContainText('Condiciones de pago (días)')
  await expect(days.locator('.audit-before')).toHaveText(customer.days ? String(customer.days) : '—')
  await expect(days.locator('.audit-after')).toHaveText(String(newDays))
  // Only the changed fields are listed (not the name, tax id or the bookkeeping update time).
  await expect(detail.locator('tr[data-field="legalName"]')).toHaveCount(0)
  await expect(detail.locator('tr[data-field="updatedAt"]')).toHaveCount(0)
  await expect(detail.locator('tr[data-field="contractualRate"]')).toHaveCount(0) // absent before, null after: no change

  // Filters: by entity type and user; a type with no entries shows the empty state.
  await page.getByTestId('audit-filter-entity').selectOption('customer')
  await expect(rows).toHaveCount(1)
  await page.getByTestId('audit-filter-entity').selectOption('creditNote')
  await expect(rows).toHaveCount(0)
  await page.getByTestId('audit-filter-entity').selectOption('')
  await page.getByTestId('audit-filter-user').fill('nadie')
  await expect(rows).toHaveCount(0)
  await page.getByTestId('audit-filter-user').fill('')
  await expect(rows).toHaveCount(2) // the demo's company creation and the terms change
  await page.getByTestId('audit-filter-record').fill(customer.id)
  await expect(rows).toHaveCount(1)
  await expect(page.getByTestId(`audit-row-${rowId}`)).toBeVisible()
  await page.getByTestId('audit-filter-record').fill('')
  await expect(rows).toHaveCount(2)

  // The chain is intact.
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true')
  await expect(page.getByTestId('audit-verify-result')).toContainText('Cadena íntegra: 2 entradas comprobadas')
  await page.getByTestId(`audit-row-${rowId}`).getByRole('button', { name: 'Ver cambios' }).click()
  await shoot(page, '90-audit-es')

  // Someone edits the entry in the database: the check names it.
  await patchStoredRow(page, 'audit', rowId, { 'after.terms.days': 365 })
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'false')
  await expect(page.getByTestId('audit-verify-result')).toContainText(`Cadena rota en la entrada n.º ${rowId}`)
  await expect(page.getByTestId(`audit-row-${rowId}`)).toHaveClass(/audit-broken/)

  await page.getByTestId('language-switcher').selectOption('ro')
  await expect(page.getByTestId('audit-verify')).toHaveText('Verifică integritatea')
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-verify-result')).toContainText(`Lanț rupt la înregistrarea nr. ${rowId}`)
  await shoot(page, '91-audit-ro')
  expect(pageErrors).toEqual([])
})
