import { test, expect } from './support/fixtures'
import { SetupScreen, SPANISH_COMPANY } from './pages/setup'
import { CustomerForm } from './pages/customers'
import { InvoiceEditor } from './pages/invoices'
import { shoot } from './support/shots'
import { addDays, todayIso } from '../../renderer/domain/dates'

/** Bad input gets a clear, translated message, and nothing already saved is lost. */
test('bad tax id and IBAN are refused at setup with translated messages, then the corrected company is saved', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.fill({ ...SPANISH_COMPANY, taxId: 'B12345678', iban: 'ES91 2100 0418 4502 0005 1333' })
  await setup.submit()
  const form = page.getByTestId('setup-form')
  await expect(form.getByText(/NIF|CIF/).and(form.locator('.field-error'))).toBeVisible()
  await expect(form.locator('.field-error').filter({ hasText: /IBAN/ })).toBeVisible()
  await expect(page.locator('.shell')).toHaveCount(0)
  await shoot(page, '10-setup-errors')

  // Switch the language: the messages follow.
  await page.getByTestId('language-switcher').selectOption('ro')
  await expect(form.locator('.field-error').filter({ hasText: /IBAN/ })).toBeVisible()
  await expect(page.getByTestId('setup-legalName')).toHaveValue(SPANISH_COMPANY.legalName)

  await page.getByTestId('setup-taxId').fill(SPANISH_COMPANY.taxId)
  await page.getByTestId('setup-iban').fill(SPANISH_COMPANY.iban)
  await setup.submit()
  await expect(page.locator('.shell')).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('an invoice for a customer who requires a PO is refused without it, keeps what was typed, survives a restart', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.fill(SPANISH_COMPANY)
  await setup.submit()
  await expect(page.locator('.shell')).toBeVisible()

  const customers = new CustomerForm(page)
  await customers.openNew()
  // A wrong check letter is refused on the field.
  await customers.fill({ legalName: 'Supermercados Delta, S.A.', taxId: 'A28015866', street: 'Avenida de Burgos 9', postalCode: '28036', city: 'Madrid', region: 'Madrid', requiresPO: true })
  await customers.save()
  await expect(page.getByTestId('customer-form').locator('.field-error').first()).toBeVisible()
  await expect(page.getByTestId('customer-legalName')).toHaveValue('Supermercados Delta, S.A.')
  await page.getByTestId('customer-taxId').fill('A28015865')
  await customers.save()
  await expect(page.getByRole('heading', { name: 'Supermercados Delta, S.A.' })).toBeVisible()

  await page.getByTestId('customer-new-invoice').click()
  const editor = new InvoiceEditor(page)
  await expect(page.getByTestId('invoice-customer')).toHaveValue(/Supermercados Delta/)
  await editor.addLine(0, { description: 'Harina de trigo 25 kg', quantity: '0', unitPrice: '18,40', vatRate: '400' })
  await editor.issue()
  // Quantity zero and the missing PO are both named; nothing is issued.
  await expect(page.getByTestId('invoice-problems')).toBeVisible()
  await expect(page.getByTestId('invoice-problems')).toContainText(/pedido/i)
  await shoot(page, '11-invoice-refused')
  await expect(page.getByTestId('invoice-line-0-description')).toHaveValue('Harina de trigo 25 kg')

  await page.getByTestId('invoice-line-0-quantity').fill('12')
  await page.getByTestId('invoice-save').click()
  await expect(page).toHaveURL(/#\/invoices\/[^/]+/)
  const draftUrl = page.url()

  // A restart (reload) loses nothing: the draft is still there with its line.
  await page.reload()
  await page.goto(draftUrl.includes('/edit') ? draftUrl : `${draftUrl}/edit`)
  await expect(page.getByTestId('invoice-line-0-quantity')).toHaveValue('12')
  await page.getByTestId('invoice-po').fill('PO-88412')
  await editor.issue()
  await expect(page.getByTestId('invoice-status')).toBeVisible()
  await expect(page.getByRole('heading', { name: /F\d{4}-000001/ })).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('a promise to pay dated in the past is refused; a valid one lands on the timeline', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.fill(SPANISH_COMPANY)
  await setup.submit()
  const customers = new CustomerForm(page)
  await customers.openNew()
  await customers.fill({ legalName: 'Bar Casa Pepe, S.L.', taxId: 'B87654323', street: 'Calle Mayor 1', postalCode: '28013', city: 'Madrid', region: 'Madrid' })
  await customers.save()
  await expect(page.getByRole('heading', { name: 'Bar Casa Pepe, S.L.' })).toBeVisible()

  const today = todayIso(new Date())
  await page.getByTestId('timeline-type').selectOption('promise')
  await page.getByTestId('timeline-promiseDate').fill(addDays(today, -3))
  await page.getByTestId('timeline-promiseAmount').fill('250,00')
  await page.getByTestId('timeline-text').fill('Dice que paga el viernes')
  await page.getByTestId('timeline-submit').click()
  await expect(page.getByTestId('timeline-form').getByRole('alert')).toBeVisible()
  await expect(page.locator('.timeline-item')).toHaveCount(0)

  await page.getByTestId('timeline-promiseDate').fill(addDays(today, 4))
  await page.getByTestId('timeline-submit').click()
  await expect(page.getByTestId('customer-timeline')).toContainText('Dice que paga el viernes')
  await expect(page.getByTestId('customer-timeline')).toContainText('250,00')
  await shoot(page, '12-customer-timeline')
  expect(pageErrors).toEqual([])
})

test('the editor warns when an invoice takes the customer over the credit limit', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.fill(SPANISH_COMPANY)
  await setup.submit()
  const customers = new CustomerForm(page)
  await customers.openNew()
  await customers.fill({ legalName: 'Bodega El Pino, S.L.', taxId: 'B87654323', street: 'Calle Real 3', postalCode: '41001', city: 'Sevilla', region: 'Sevilla', creditLimit: '300,00' })
  await customers.save()
  await page.getByTestId('customer-new-invoice').click()
  const editor = new InvoiceEditor(page)
  await editor.addLine(0, { description: 'Vino tinto crianza (caja 6)', quantity: '4', unitPrice: '60,00', vatRate: '2100' })
  // 240,00 + 21 % = 290,40: within the limit, no warning.
  await expect(page.getByTestId('invoice-total')).toContainText('290,40')
  await expect(page.getByText('Supera el límite de crédito', { exact: true })).toHaveCount(0)
  await page.getByTestId('invoice-line-0-quantity').fill('5')
  // 300,00 + 21 % = 363,00 > 300,00.
  await expect(page.getByText('Supera el límite de crédito', { exact: true })).toBeVisible()
  await expect(page.getByText(/363,00.*300,00/)).toBeVisible()
  await shoot(page, '13-invoice-over-credit-limit')
  expect(pageErrors).toEqual([])
})
