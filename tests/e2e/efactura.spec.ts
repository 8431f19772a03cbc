import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'

/** Puts an unknown county on the invoice's frozen customer address, as a bad import might. */
async function breakCounty(page: Page, invoiceId: string): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cobro')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('invoices', 'readwrite')
          const store = tx.objectStore('invoices')
          const get = store.get(id)
          get.onsuccess = () => {
            const inv = get.result as { customer: { address: { region: string; city: string } } }
            inv.customer.address.region = 'Atlantida'
            inv.customer.address.city = 'Nicăieri'
            store.put(inv)
          }
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    invoiceId,
  )
}

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
  await breakCounty(page, invoiceId)
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
