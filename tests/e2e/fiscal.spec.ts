import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'
import { patchStoredRow } from './support/tamper'

function qrOnFirstPage(pdf: string): string | null {
  const out = `${pdf}.top`
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', '1240', '-H', '560', '-singlefile', pdf, out])
  const png = PNG.sync.read(readFileSync(`${out}.png`))
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null
}

/**
 * Spain: the demo's invoices carry chained records; the page verifies them, exports a year as XML (logged as an
 * event), the invoice PDF carries the agency QR, and a record changed behind the app's back is named at the next
 * start, with a banner on every screen and an anomaly in the event log.
 */
test('invoice records: verified chain, XML export, QR on the PDF, tampering found at start', async ({ page, bridge, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.loadDemo('es')
  await page.getByRole('link', { name: 'Registros de facturación', exact: true }).click()
  await page.getByTestId('fiscal-verify').click()
  await expect(page.getByTestId('fiscal-records-status')).toHaveAttribute('data-ok', 'true')
  await expect(page.getByTestId('fiscal-records-status')).toContainText(/Cadena íntegra: [\d.]+ registros comprobados/)
  await expect(page.getByTestId('fiscal-records').getByRole('row')).toHaveCount(13)

  const year = new Date().getFullYear()
  await page.getByTestId('fiscal-year').fill(String(year))
  await page.getByTestId('fiscal-export-records').click()
  await expect.poll(() => bridge.savedViaDialog.length).toBe(1)
  // The path is known when the dialog answers; the file is written after: read it once the app says it is saved.
  await expect(page.getByText('Registros exportados')).toBeVisible()
  const xml = readFileSync(bridge.savedViaDialog[0]!, 'utf8')
  expect(xml).toContain('<sum1:RegistroAlta>')
  expect(xml).toContain('<sum1:TipoHuella>01</sum1:TipoHuella>')
  await page.mouse.move(0, 0)
  await shoot(page, '95-fiscal-page')

  // The invoice PDF carries the QR of its record.
  await page.getByRole('link', { name: 'Facturas', exact: true }).click()
  await page.getByRole('row').nth(1).click()
  const number = (await page.getByRole('heading', { level: 1 }).textContent())?.match(/F\d{4}-\d+/)?.[0] ?? 'none'
  await page.getByTestId('invoice-export-pdf').click()
  await expect.poll(() => bridge.savedViaDialog.length).toBe(2)
  await expect.poll(() => { try { return readFileSync(bridge.savedViaDialog[1]!).length } catch { return 0 } }).toBeGreaterThan(1000)
  const qr = qrOnFirstPage(bridge.savedViaDialog[1]!)
  expect(qr).toContain('https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQRNoVerifactu?nif=')
  expect(qr).toContain(`numserie=${encodeURIComponent(number)}`)

  // Tampering: the next start names the record, the banner shows everywhere, the event log says so.
  await patchStoredRow(page, 'fiscalRecords', 5, { total: 1 })
  await page.reload()
  await expect(page.getByTestId('fiscal-banner')).toBeVisible({ timeout: 15_000 })
  await page.getByTestId('fiscal-banner').getByRole('link').click()
  await expect(page.getByTestId('fiscal-records-status')).toHaveAttribute('data-ok', 'false')
  await expect(page.getByTestId('fiscal-records-status')).toContainText('registro n.º 5')
  await expect(page.getByText('Anomalía en los registros de facturación')).toBeVisible()
  await page.mouse.move(0, 0)
  await shoot(page, '96-fiscal-broken')

  // The settings page says what the files are for, and claims no certification.
  await page.getByRole('link', { name: 'Configuración', exact: true }).click()
  await expect(page.getByTestId('settings-einvoicing')).toContainText('no está certificado')
  await shoot(page, '99-settings-einvoicing')
  await page.getByTestId('settings-einvoicing').getByRole('link').click()
  await expect(page.getByRole('heading', { name: 'Registros de facturación (VERI*FACTU)' })).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('a Romanian company has no invoice-records screen', async ({ page }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  await expect(page.getByTestId('home-receivable')).toContainText('lei')
  await expect(page.getByRole('link', { name: 'Registre de facturare' })).toHaveCount(0)
})
