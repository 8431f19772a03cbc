import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'
import { patchStoredRow } from './support/tamper'

/** Romania: an issued invoice's e-Factura XML is saved for the SPV upload; a failing rule is named, nothing saved. */
test('e-Factura XML of a Romanian invoice; a broken county is refused with the rule', async ({ page, bridge, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  await page.getByRole('link', { name: 'Facturi', exact: true }).click()
  await page.getByRole('row').nth(1).click()
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  await page.getByTestId('invoice-efactura').click()
  await expect.poll(() => bridge.savedViaDialog.length).toBe(1)
  const xml = readFileSync(bridge.savedViaDialog[0]!, 'utf8')
  const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(xml).Invoice
  expect(doc.CustomizationID).toBe('urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1')
  expect(doc.InvoiceTypeCode).toBe('380')
  expect(heading).toContain(doc.ID)
  expect(doc.AccountingCustomerParty.Party.PostalAddress.CountrySubentity).toMatch(/^RO-[A-Z]{1,2}$/)

  const invoiceId = decodeURIComponent(page.url().split('/invoices/')[1] ?? '')
  // An unknown county on the invoice's frozen customer address, as a bad import might leave it.
  await patchStoredRow(page, 'invoices', invoiceId, { 'customer.address.region': 'Atlantida', 'customer.address.city': 'Nicăieri' })
  await page.reload()
  await page.getByTestId('invoice-efactura').click()
  const problems = page.getByTestId('efactura-problems')
  await expect(problems).toBeVisible()
  await expect(problems).toContainText('BR-RO-111')
  await expect(problems).toContainText('Atlantida')
  await shoot(page, '97-efactura-refused')
  expect(bridge.savedViaDialog).toHaveLength(1)
  expect(pageErrors).toEqual([])
})

/** Romania: the list of what is not yet reported, its XML into a folder, and the upload index that closes it. */
test('e-Factura page: unreported documents with deadlines, XML of all into a folder, an upload index reports one', async ({ page, bridge, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  await page.getByRole('link', { name: 'Facturi', exact: true }).click()
  await expect(page.getByTestId('efactura-banner')).toContainText('de raportat în e-Factura')
  await page.getByTestId('efactura-banner').getByRole('link').click()

  const rows = page.getByTestId('efactura-row')
  await expect(rows.first()).toBeVisible()
  const count = await rows.count()
  expect(count).toBeGreaterThan(0)
  await expect(rows.first()).toContainText(/zile lucrătoare|zi lucrătoare/)
  await page.mouse.move(0, 0)
  await shoot(page, '98-efactura-page')

  await page.getByTestId('efactura-select-all').check()
  bridge.nextOpenFile = bridge.dialogDir
  await page.getByTestId('efactura-export').click()
  await expect(rows.first()).toContainText('XML salvat')
  const files = readdirSync(bridge.dialogDir).filter((f) => f.endsWith('.xml'))
  expect(files).toHaveLength(count)
  const first = readFileSync(join(bridge.dialogDir, files[0]!), 'utf8')
  expect(first).toContain('CIUS-RO:1.0.1')

  const number = (await rows.first().getAttribute('data-number')) ?? ''
  await rows.first().getByRole('textbox').fill('abc')
  await rows.first().getByRole('button', { name: 'Notează' }).click()
  await expect(rows.first().getByRole('alert')).toContainText('nu este un index de încărcare')
  await rows.first().getByRole('textbox').fill('5001234567')
  await rows.first().getByRole('button', { name: 'Notează' }).click()
  await expect(page.locator(`[data-testid="efactura-row"][data-number="${number}"]`)).toHaveCount(0)
  await expect(rows).toHaveCount(count - 1)
  expect(pageErrors).toEqual([])
})

test('a Romanian customer form offers the counties and Bucharest sectors e-Factura needs', async ({ page }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  await page.goto('/#/customers/new')
  await page.getByTestId('customer-country').selectOption('RO')
  const region = page.getByTestId('customer-region')
  await expect(region).toHaveAttribute('list', 'customer-ro-regions')
  const options = await page.locator('#customer-ro-regions option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
  expect(options).toContain('Cluj')
  expect(options).toContain('Sector 6')
  expect(options).toHaveLength(47)
  await expect(page.getByText('e-Factura îl cere')).toBeVisible()
  await page.getByTestId('customer-country').selectOption('ES')
  await expect(region).not.toHaveAttribute('list', /.+/)
})

/** A credit note's own XML from its page: type 381 with the invoice it corrects; then it counts as exported. */
test('e-Factura XML of a Romanian credit note from its page', async ({ page, bridge, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  // A credit note (the demo reported them all: make one pending again, as a new one is).
  const noteId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('cobro')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('einvoiceReports').objectStore('einvoiceReports').getAll()
          req.onsuccess = () => {
            const rows = req.result as { documentId: string; documentKind: string; state: string }[]
            resolve(rows.find((r) => r.documentKind === 'creditNote')?.documentId ?? 'none')
          }
          req.onerror = () => reject(req.error)
        }
      }),
  )
  expect(noteId).not.toBe('none')
  await patchStoredRow(page, 'einvoiceReports', noteId, { state: 'pending' })
  await page.goto(`/#/credit-notes/${encodeURIComponent(noteId)}`)
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  await page.getByTestId('creditnote-efactura').click()
  await expect.poll(() => bridge.savedViaDialog.length).toBe(1)
  const xml = readFileSync(bridge.savedViaDialog[0]!, 'utf8')
  const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(xml).CreditNote
  expect(doc.CreditNoteTypeCode).toBe('381')
  expect(heading).toContain(doc.ID)
  expect(String(doc.BillingReference.InvoiceDocumentReference.ID)).toMatch(/\d/)
  await expect(page.getByText('XML-ul e-Factura a fost salvat')).toBeVisible()
  await shoot(page, '99-efactura-credit-note')
  // Saved for the upload: the e-Factura page now counts it as exported (still to be reported).
  const state = await page.evaluate(
    (id) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('cobro')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('einvoiceReports').objectStore('einvoiceReports').get(id)
          req.onsuccess = () => resolve(String((req.result as { state?: string } | undefined)?.state))
          req.onerror = () => reject(req.error)
        }
      }),
    noteId,
  )
  expect(state).toBe('exported')
  expect(pageErrors).toEqual([])
})
