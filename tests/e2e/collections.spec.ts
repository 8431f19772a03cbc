import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { SetupScreen, SPANISH_COMPANY } from './pages/setup'
import { CustomerForm } from './pages/customers'
import { InvoiceEditor } from './pages/invoices'
import { savedPdfText, squash } from './support/pdf'
import { SCREENSHOT_DIR, shoot } from './support/shots'

/** Moves the app's clock (Date only; timers keep running) and reopens the app as the next morning would. */
async function openOn(page: Page, isoDate: string, path = '/#/today'): Promise<void> {
  await page.clock.setFixedTime(new Date(`${isoDate}T09:00:00`))
  await page.goto(path)
}

/**
 * The dunning rhythm for a business customer: an invoice of 1.250,00 € (0 % VAT line) issued 2026-09-01, net 30
 * -> due 2026-10-01. Reminders at due+1, +15, +30 are proposed in Today, printed and logged; at due+45 the formal
 * demand is proposed (three reminders were sent) and its PDF holds the invoice, the interest and the legal wording.
 * Interest at the demand: 1.250,00 x 10,15 % x 45 / 365 = 15,64 €.
 */
test('Today: three reminders, then the formal demand with interest and legal wording', async ({ page, bridge, pageErrors }) => {
  await openOn(page, '2026-09-01', '/')
  const setup = new SetupScreen(page)
  await setup.fill(SPANISH_COMPANY)
  await setup.submit()
  await expect(page.locator('.shell')).toBeVisible()

  const customers = new CustomerForm(page)
  await customers.openNew()
  await customers.fill({ legalName: 'Restaurante El Puerto, S.L.', taxId: 'B87654323', street: 'Muelle 5', postalCode: '11001', city: 'Cádiz', region: 'Cádiz', termsKind: 'net', termsDays: 30 })
  await customers.save()
  await page.getByTestId('customer-new-invoice').click()
  const editor = new InvoiceEditor(page)
  await editor.addLine(0, { description: 'Suministro de temporada (exento)', quantity: '1', unitPrice: '1.250,00', vatRate: '0' })
  await expect(page.getByTestId('invoice-total')).toContainText('1.250,00')
  await editor.issue()
  await expect(page.getByTestId('invoice-status')).toBeVisible()

  const steps = ['2026-10-02', '2026-10-16', '2026-10-31']
  const code = 'C0001'
  for (const day of steps) {
    await openOn(page, day)
    await expect(page.getByTestId('today-page')).toBeVisible()
    const letter = page.locator('[data-testid^="today-letter-"]').first()
    await expect(letter).toContainText('Restaurante El Puerto')
    // No bank statement was ever imported: the page warns, and printing asks for confirmation first.
    await expect(page.getByTestId('today-bank-warning')).toBeVisible()
    await page.getByTestId(`today-print-${code}`).click()
    await page.getByTestId('today-print-confirm').click()
    await expect(page.locator('[data-testid^="today-letter-"]')).toHaveCount(0)
  }
  expect(bridge.opened.length).toBe(3)
  await shoot(page, '40-today-after-reminders')
  // Each letter is on the customer's timeline, with its document.
  await page.getByRole('link', { name: 'Clientes', exact: true }).click()
  await page.getByRole('row').filter({ hasText: 'Restaurante El Puerto, S.L.' }).click()
  await expect(page.locator('.timeline-item.type-letter')).toHaveCount(3)
  await shoot(page, '43-customer-letters')

  // Day 45 after due: the formal demand is proposed.
  await openOn(page, '2026-11-15')
  const demand = page.locator('[data-testid^="today-letter-"]').first()
  await expect(demand).toContainText(/requerimiento/i)
  await shoot(page, '41-today-demand')
  await page.getByTestId(`today-print-${code}`).click()
  // A formal demand asks how it will be sent (burofax by default in Spain).
  await expect(page.getByTestId('today-delivery-burofax')).toBeChecked()
  await shoot(page, '42-demand-delivery')
  await page.getByTestId('today-print-confirm').click()
  await expect.poll(() => bridge.opened.length).toBe(4)
  const demandPdf = bridge.opened[3]!
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  copyFileSync(demandPdf, join(SCREENSHOT_DIR, 'demand-es.pdf'))
  const text = squash(await savedPdfText(demandPdf))
  expect(text).toContain('Restaurante El Puerto, S.L.')
  expect(text).toContain('B87654323')
  expect(text).toContain('B12345674')
  expect(text).toMatch(/F2026-000001/)
  expect(text).toContain('1.250,00')
  expect(text).toContain('15,64')
  expect(text).toContain('10,15')
  expect(text).toContain('Ley 3/2004')
  expect(text).toContain('40,00')
  expect(text).toMatch(/monitorio/i)
  expect(text).toContain('ES91 2100 0418 4502 0005 1332')

  // 2026-11-20: the customer pays the principal, 50 days late. The interest still stands and is claimed with an
  // interest note: 1.250,00 x 10,15 % x 50 / 365 = 17,38 + 40,00 compensation = 57,38 €.
  await openOn(page, '2026-11-20', '/#/customers')
  await page.getByRole('row').filter({ hasText: 'Restaurante El Puerto, S.L.' }).click()
  await page.getByTestId('customer-record-payment').click()
  await page.getByTestId('payment-amount').fill('1.250,00')
  await page.getByTestId('payment-submit').click()
  await expect(page.getByTestId('customer-balance')).toContainText('0,00')
  const interestCard = page.getByTestId('customer-interest')
  // Nothing is overdue any more: the card offers the invoices paid late, computed when asked.
  await expect(interestCard).toContainText('No hay facturas vencidas pendientes de pago.')
  await page.getByTestId('customer-interest-paid-late').click()
  await expect(interestCard).toContainText('17,38')
  await expect(interestCard).toContainText('57,38')
  await shoot(page, '44-customer-interest-after-payment')
  await page.getByTestId('customer-interest-note').click()
  await expect.poll(() => bridge.opened.length).toBe(5)
  const note = squash(await savedPdfText(bridge.opened[4]!))
  copyFileSync(bridge.opened[4]!, join(SCREENSHOT_DIR, 'interest-note-es.pdf'))
  expect(note).toContain('F2026-000001')
  expect(note).toContain('17,38')
  expect(note).toContain('57,38')
  expect(note).toContain('Ley 3/2004')
  await expect(page.locator('.timeline-item.type-letter')).toHaveCount(5)
  expect(pageErrors).toEqual([])
})

test('Today on the demo company: print all letters as one PDF, each logged on its customer', async ({ page, bridge, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  await page.getByRole('link', { name: 'Hoy', exact: true }).click()
  await expect(page.getByTestId('today-page')).toBeVisible()
  const letters = page.locator('[data-testid^="today-letter-"]')
  await expect(letters.first()).toBeVisible()
  // Every letter of the day, not only the rows of the section's first page.
  const count = Number(await page.getByTestId('today-count-letters').innerText())
  expect(count).toBeGreaterThan(1)
  await expect(page.getByTestId('today-print-all')).toContainText(`(${count})`)
  // The recipient's legal name (shown under the trade name when they differ).
  const first = letters.first()
  const legal = first.locator('.q-legal')
  const names = (await legal.count()) > 0 ? await legal.allInnerTexts() : await first.locator('.q-name').allInnerTexts()
  await shoot(page, '45-demo-today')
  await page.getByTestId('today-print-all').click()
  await page.getByTestId('today-print-confirm').click()
  await expect.poll(() => bridge.opened.length, { timeout: 60_000 }).toBe(1)
  const text = squash(await savedPdfText(bridge.opened[0]!))
  copyFileSync(bridge.opened[0]!, join(SCREENSHOT_DIR, 'demo-letters-batch.pdf'))
  // One PDF holding every customer's letter; afterwards nothing is left to print today.
  expect(names.length).toBeGreaterThan(0)
  expect(text).toContain(names[0]!.trim())
  expect((text.match(/Página 1 de/g) ?? []).length).toBe(count)
  await expect(letters).toHaveCount(0, { timeout: 30_000 })
  expect(pageErrors).toEqual([])
})

/**
 * A day with more rows than a section's first page (the demo on 2026-12-01: 23 letters, 24 calls; a page is 20):
 * the first page shows, "Show more" reveals the rest, counts, stats and "Print all" cover every letter throughout,
 * and the outcome dialog reads the customer's open invoices when it opens.
 */
test('Today with more rows than a page: the first page, then "Show more"', async ({ page, pageErrors }) => {
  await openOn(page, '2026-12-01', '/')
  await new SetupScreen(page).loadDemo('es')
  await page.getByRole('link', { name: 'Hoy', exact: true }).click()
  const section = page.getByTestId('today-section-letters')
  const rows = section.locator('[data-testid^="today-letter-"]')
  await expect(rows.first()).toBeVisible()
  const count = Number(await page.getByTestId('today-count-letters').innerText())
  expect(count).toBeGreaterThan(20)
  await expect(rows).toHaveCount(20)
  await expect(page.getByTestId('today-shown-letters')).toHaveText(`Se muestran 20 de ${count}`)
  const more = page.getByTestId('today-more-letters')
  await expect(more).toHaveText(`Mostrar ${count - 20} más (quedan ${count - 20})`)
  await expect(page.getByTestId('today-print-all')).toContainText(`(${count})`)
  await expect(page.locator('.q-stats .stat').first()).toContainText(String(count))
  // Each shown letter has its invoices (read for the shown rows only).
  for (const row of await rows.all()) await expect(row.locator('.q-invoices li').first()).toBeVisible()
  const firstPage = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
  await shoot(page, '46-today-first-page-es')
  await more.scrollIntoViewIfNeeded()
  await shoot(page, '46-today-show-more-es')

  await more.click()
  await expect(rows).toHaveCount(count)
  await expect(more).toHaveCount(0)
  await expect(page.getByTestId('today-shown-letters')).toHaveCount(0)
  expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).slice(0, 20)).toEqual(firstPage)
  for (const row of (await rows.all()).slice(20)) await expect(row.locator('.q-invoices li').first()).toBeVisible()
  await expect(page.getByTestId('today-count-letters')).toHaveText(String(count))
  await expect(page.getByTestId('today-print-all')).toContainText(`(${count})`)

  // The calls section pages on its own.
  const calls = page.getByTestId('today-section-calls').locator('.q-row')
  const callCount = Number(await page.getByTestId('today-count-calls').innerText())
  expect(callCount).toBeGreaterThan(20)
  await expect(calls).toHaveCount(20)
  await page.getByTestId('today-more-calls').click()
  await expect(calls).toHaveCount(callCount)

  // The paused customers start collapsed; opened, they show why (read only then).
  const paused = page.getByTestId('today-section-paused')
  const pausedCount = Number(await page.getByTestId('today-count-paused').innerText())
  expect(pausedCount).toBeGreaterThan(0)
  await expect(paused.locator('[data-testid^="today-paused-"]')).toHaveCount(0)
  await paused.locator('summary').click()
  await expect(paused.locator('[data-testid^="today-paused-"]')).toHaveCount(Math.min(pausedCount, 20))
  await expect(paused.locator('.q-why').first()).toBeVisible()
  await paused.locator('[data-testid^="today-paused-"]').last().scrollIntoViewIfNeeded()
  await shoot(page, '46-today-paused-es')

  // Logging a call: the dialog offers the customer's open invoices for a dispute.
  await calls.first().locator('[data-testid^="today-call-"]').click()
  await page.getByTestId('today-outcome').selectOption('dispute')
  await expect(page.locator('[data-testid^="today-dispute-invoice-"]').first()).toBeVisible()
  await page.getByRole('button', { name: 'Cancelar' }).click()
  await expect(page.getByTestId('today-outcome')).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test('Today in Romanian (and English) on the RO demo: the first page of each section and "Show more"', async ({ page, pageErrors }) => {
  await openOn(page, '2026-12-01', '/')
  await new SetupScreen(page).loadDemo('ro')
  await page.goto('/#/today')
  const rows = page.getByTestId('today-section-letters').locator('[data-testid^="today-letter-"]')
  await expect(rows.first()).toBeVisible()
  const count = Number(await page.getByTestId('today-count-letters').innerText())
  expect(count).toBeGreaterThan(20)
  await expect(rows).toHaveCount(20)
  await expect(page.getByTestId('today-more-letters')).toHaveText(`Arată încă ${count - 20} (mai ${count - 20 === 1 ? 'rămâne' : 'rămân'} ${count - 20})`)
  await shoot(page, '47-today-first-page-ro')
  await page.getByTestId('today-more-letters').scrollIntoViewIfNeeded()
  await shoot(page, '47-today-show-more-ro')
  // The same line in English.
  await page.getByTestId('language-switcher').selectOption('en')
  await expect(page.getByTestId('today-more-letters')).toHaveText(`Show ${count - 20} more (${count - 20} left)`)
  await expect(page.getByTestId('today-shown-letters')).toHaveText(`Showing 20 of ${count}`)
  await page.getByTestId('today-more-letters').scrollIntoViewIfNeeded()
  await shoot(page, '47-today-show-more-en')
  expect(pageErrors).toEqual([])
})
