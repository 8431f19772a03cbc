import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'
import { SetupScreen, SPANISH_COMPANY } from './pages/setup'
import { CustomerForm } from './pages/customers'
import { InvoiceEditor } from './pages/invoices'
import { savedPdfText, squash } from './support/pdf'
import { SCREENSHOT_DIR, shoot } from './support/shots'
import { addDays, formatDate, todayIso } from '../../renderer/domain/dates'

/**
 * A shop owner's first day: set up the company, create a customer, issue an invoice and export its PDF, record a
 * partial payment, issue a credit note, and switch the language. Figures are computed by hand:
 *   10 x 24,50 at 10 %  -> base 245,00, VAT 24,50
 *    4 x 12,35 at 21 %  -> base  49,40, VAT 10,37
 *   total 294,40 + 34,87 = 329,27 €
 */
test('invoice to cash: setup, customer, invoice + PDF, partial payment, credit note, language', async ({ page, bridge, pageErrors }) => {
  const today = todayIso(new Date())
  const due = addDays(today, 30)

  // 1. Set up the company.
  const setup = new SetupScreen(page)
  await setup.open()
  await shoot(page, '01-setup')
  await setup.fill(SPANISH_COMPANY)
  await setup.submit()
  await expect(page.locator('.shell')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Clientes' })).toBeVisible()
  await shoot(page, '02-home-empty')

  // 2. Create a customer with net 30 days and 3 % early-payment discount within 10 days.
  const customers = new CustomerForm(page)
  await customers.openNew()
  await customers.fill({
    legalName: 'Hostal Miramar, S.L.',
    taxId: 'B87654323',
    street: 'Paseo Marítimo 4',
    postalCode: '46011',
    city: 'Valencia',
    region: 'Valencia',
    termsKind: 'net',
    termsDays: 30,
    earlyPercent: '3',
    earlyDays: '10',
    creditLimit: '5.000,00',
    language: 'es',
  })
  await shoot(page, '03-customer-form')
  await customers.save()
  await expect(page.getByRole('heading', { name: 'Hostal Miramar, S.L.' })).toBeVisible()

  // 3. A new invoice for that customer: its terms apply themselves.
  await page.getByTestId('customer-new-invoice').click()
  const editor = new InvoiceEditor(page)
  await expect(page.getByTestId('invoice-customer')).toHaveValue(/Hostal Miramar/)
  await editor.addLine(0, { description: 'Aceite de oliva virgen extra 5 L', quantity: '10', unitPrice: '24,50', vatRate: '1000' })
  await editor.addLine(1, { description: 'Detergente industrial 5 L', quantity: '4', unitPrice: '12,35', vatRate: '2100' })
  await page.getByTestId('invoice-delivery-note').fill('AL-2026-0457')
  await expect(page.getByTestId('invoice-total')).toContainText('329,27')
  await expect(page.getByTestId('invoice-due-date')).toContainText(formatDate(due, 'es-ES'))
  await shoot(page, '04-invoice-editor')
  await editor.issue()
  await expect(page.getByTestId('invoice-status')).toBeVisible()
  const number = `F${today.slice(0, 4)}-000001`
  await expect(page.getByRole('heading', { name: new RegExp(number) })).toBeVisible()
  await shoot(page, '05-invoice-issued')

  // 4. Export the PDF and read it back.
  await page.getByTestId('invoice-export-pdf').click()
  await expect.poll(() => bridge.savedViaDialog.length).toBe(1)
  const pdfPath = bridge.savedViaDialog[0]!
  await expect.poll(() => { try { return readFileSync(pdfPath).length } catch { return 0 } }).toBeGreaterThan(1000)
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  copyFileSync(pdfPath, join(SCREENSHOT_DIR, 'invoice.pdf'))
  const text = squash(await savedPdfText(pdfPath))
  expect(text).toContain(number)
  expect(text).toContain('Distribuciones Ebro, S.L.')
  expect(text).toContain('B12345674')
  expect(text).toContain('Hostal Miramar, S.L.')
  expect(text).toContain('B87654323')
  expect(text).toContain('294,40')
  expect(text).toContain('34,87')
  expect(text).toContain('329,27')
  expect(text).toContain(formatDate(due, 'es-ES'))
  expect(text).toContain('ES91 2100 0418 4502 0005 1332')
  expect(text).toContain('AL-2026-0457')
  expect(text).toMatch(/3 ?% /)

  // Print: saved into the default documents folder without asking, then opened with the system viewer.
  await page.getByTestId('invoice-print').click()
  await expect.poll(() => bridge.opened.length).toBe(1)
  expect(bridge.opened[0]!.startsWith(bridge.documentsDir)).toBe(true)
  expect(squash(await savedPdfText(bridge.opened[0]!))).toContain(number)

  // 5. A partial payment of 100,00 €: open amount and customer balance follow.
  await page.getByTestId('invoice-record-payment').click()
  await page.getByTestId('payment-amount').fill('100,00')
  await expect(page.getByTestId(`payment-alloc-${number}`)).toHaveValue(/100/)
  await shoot(page, '06-payment-form')
  await page.getByTestId('payment-submit').click()
  await expect(page.getByTestId('customer-balance')).toContainText('229,27')

  // 6. Credit note for one detergent (12,35 + 21 % = 14,94).
  await page.goto('/#/invoices')
  await page.getByRole('row').filter({ hasText: number }).click()
  await expect(page.getByTestId('invoice-open-amount')).toContainText('229,27')
  await page.getByTestId('invoice-credit-note').click()
  await page.getByTestId('creditnote-whole').uncheck()
  await page.getByTestId('creditnote-line-1-quantity').fill('1')
  await page.getByTestId('creditnote-reason').fill('Un bidón llegó dañado')
  await expect(page.getByTestId('creditnote-total')).toContainText('14,94')
  await shoot(page, '07-credit-note-dialog')
  await page.getByTestId('creditnote-submit').click()
  await expect(page.getByTestId('creditnote-invoice-link')).toBeVisible()
  await shoot(page, '08-credit-note')
  await page.getByTestId('creditnote-export-pdf').click()
  await expect.poll(() => bridge.savedViaDialog.length).toBe(2)
  const cnText = squash(await savedPdfText(bridge.savedViaDialog[1]!))
  expect(cnText).toContain(`R${today.slice(0, 4)}-000001`)
  expect(cnText).toContain(number)
  expect(cnText).toContain('Un bidón llegó dañado')
  expect(cnText).toContain('-14,94')
  copyFileSync(bridge.savedViaDialog[1]!, join(SCREENSHOT_DIR, 'credit-note.pdf'))
  await page.getByTestId('creditnote-invoice-link').click()
  await expect(page.getByTestId('invoice-open-amount')).toContainText('214,33')

  // The customer's statement: invoice, payment and credit note with the running balance, closing at 214,33.
  await page.getByRole('link', { name: 'Hostal Miramar, S.L.' }).first().click()
  await page.getByTestId('customer-statement-pdf').click()
  await expect.poll(() => bridge.savedViaDialog.length).toBe(3)
  const st = squash(await savedPdfText(bridge.savedViaDialog[2]!))
  copyFileSync(bridge.savedViaDialog[2]!, join(SCREENSHOT_DIR, 'statement.pdf'))
  expect(st).toContain('Hostal Miramar, S.L.')
  expect(st).toContain(number)
  expect(st).toContain('329,27')
  expect(st).toContain('100,00')
  expect(st).toContain('14,94')
  expect(st).toContain('214,33')
  await page.goto(page.url().replace(/#.*$/, '#/invoices'))
  await page.getByRole('row').filter({ hasText: number }).click()

  // 7. Switch the language: the whole UI follows.
  await page.getByTestId('language-switcher').selectOption('en')
  await expect(page.getByRole('link', { name: 'Customers' })).toBeVisible()
  await page.getByTestId('language-switcher').selectOption('ro')
  await expect(page.getByRole('link', { name: 'Clienți' })).toBeVisible()
  await shoot(page, '09-invoice-ro')

  expect(pageErrors).toEqual([])
})
