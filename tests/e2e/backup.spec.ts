import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { LATEST_VERSION, STORES_V5 } from '../../renderer/db/schema'
import { test, expect, type Bridge } from './support/fixtures'
import { SetupScreen, SPANISH_COMPANY } from './pages/setup'
import { CustomerForm } from './pages/customers'
import { shoot } from './support/shots'

// Each test has its own browser context and temp folders: they may run side by side (the spec stays well under 60 s).
test.describe.configure({ mode: 'parallel' })

/** Main's backups folder in the harness (userData is next to the dialog folder, see support/fixtures.ts). */
const backupsDir = (bridge: Bridge) => join(dirname(bridge.dialogDir), 'userData', 'backups')

const NEW_CUSTOMER = 'Ultramarinos Peñafiel y Ávila, S.L.'

async function customerCount(page: Page, name: string): Promise<number> {
  await page.getByRole('link', { name: 'Clientes', exact: true }).click()
  await page.getByTestId('customers-search').fill('Peñafiel')
  await page.waitForTimeout(300)
  return page.getByRole('row').filter({ hasText: name }).count()
}

async function openBackups(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Copias de seguridad', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Copias de seguridad', level: 1 })).toBeVisible()
}

test('back up to a USB stick, change data, restore the copy after a preview: the change is gone, a safety copy exists', async ({ page, bridge, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.loadDemo('es')
  await openBackups(page)
  await expect(page.getByText('Todavía no hay copias automáticas')).toBeVisible()

  // "Back up now" -> the save dialog -> a gzipped backup on the "stick".
  await page.getByTestId('backup-now').click()
  await expect(page.getByTestId('backup-notice')).toHaveAttribute('data-tone', 'success')
  const files = readdirSync(bridge.dialogDir)
  expect(files).toHaveLength(1)
  expect(files[0]).toMatch(/^cobro-\d{4}-\d{2}-\d{2}\.cobro\.gz$/)
  const usbCopy = join(bridge.dialogDir, files[0]!)
  const header = JSON.parse(gunzipSync(readFileSync(usbCopy)).toString('utf8').split('\n')[0]!) as { counts: Record<string, number>; reason: string }
  expect(header.reason).toBe('manual')
  const customersInCopy = header.counts['customers']!
  expect(customersInCopy).toBeGreaterThan(20)
  await expect(page.getByTestId('backup-notice')).toContainText(files[0]!)
  await shoot(page, '60-backups-page')

  // A change made after the copy.
  const form = new CustomerForm(page)
  await form.openNew()
  await form.fill({ legalName: NEW_CUSTOMER, taxId: 'B76543214', street: 'Calle Mayor 1', postalCode: '47300', city: 'Peñafiel', region: 'Valladolid' })
  await form.save()
  await expect(page.getByRole('heading', { name: NEW_CUSTOMER })).toBeVisible()
  expect(await customerCount(page, NEW_CUSTOMER)).toBe(1)

  // Restore from the file: the preview says what the copy holds, and warns.
  await openBackups(page)
  bridge.nextOpenFile = usbCopy
  await page.getByTestId('backup-restore-file').click()
  const preview = page.getByTestId('restore-preview')
  await expect(preview).toBeVisible()
  await expect(preview).toContainText(files[0]!)
  await expect(preview).toContainText('Manual')
  await expect(page.getByTestId('restore-count-customers')).toContainText(String(customersInCopy))
  await expect(page.getByTestId('restore-count-invoices')).toContainText(/\d{3}/)
  await expect(preview).toContainText('Se sustituirán TODOS los datos actuales')
  await shoot(page, '61-backup-restore-preview')

  await page.getByTestId('restore-confirm').click()
  // The app restarts on the restored data and says so on the backups page.
  await expect(page.getByTestId('restore-done')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('restore-done')).toHaveAttribute('data-chain-ok', 'true')
  await expect(page.getByTestId('restore-done')).toContainText('Registro de auditoría íntegro')
  // The safety copy of the data as it was (with the new customer) is in the list.
  await expect(page.locator('[data-testid="backup-row"][data-reason="beforeRestore"]')).toHaveCount(1)
  const safety = readdirSync(backupsDir(bridge)).filter((n) => n.endsWith('-beforeRestore.cobro.gz'))
  expect(safety).toHaveLength(1)
  expect(gunzipSync(readFileSync(join(backupsDir(bridge), safety[0]!))).toString('utf8')).toContain(NEW_CUSTOMER)
  await shoot(page, '62-backups-after-restore')
  // The app started again on data with a company: the daily backup is written at startup.
  await expect.poll(() => readdirSync(backupsDir(bridge)).some((n) => n.endsWith('-daily.cobro.gz'))).toBe(true)

  // The customer created after the copy is gone.
  expect(await customerCount(page, NEW_CUSTOMER)).toBe(0)

  // And restoring the safety copy from the list brings it back.
  await openBackups(page)
  await page.locator('[data-testid="backup-row"][data-reason="beforeRestore"]').getByTestId('backup-restore').click()
  await expect(page.getByTestId('restore-preview')).toContainText('Antes de restaurar')
  await expect(page.getByTestId('restore-count-customers')).toContainText(String(customersInCopy + 1))
  await page.getByTestId('restore-confirm').click()
  await expect(page.getByTestId('restore-done')).toBeVisible({ timeout: 30_000 })
  expect(await customerCount(page, NEW_CUSTOMER)).toBe(1)
  expect(pageErrors).toEqual([])
})

test('a file that is not a backup is refused with a clear message and nothing changes', async ({ page, bridge, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.fill(SPANISH_COMPANY)
  await setup.submit()
  await expect(page.locator('.shell')).toBeVisible()
  await openBackups(page)
  const bad = join(bridge.dialogDir, 'facturas.cobro.gz')
  writeFileSync(bad, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x4b, 0x4c]))
  bridge.nextOpenFile = bad
  await page.getByTestId('backup-restore-file').click()
  await expect(page.getByTestId('backup-notice')).toHaveAttribute('data-tone', 'error')
  await expect(page.getByTestId('backup-notice')).toContainText('El archivo facturas.cobro.gz no se puede leer')
  await expect(page.getByTestId('restore-preview')).toHaveCount(0)
  await shoot(page, '63-backup-refused-file')

  // The generations setting is validated before main is asked.
  await page.getByTestId('backup-keep').fill('0')
  await page.getByTestId('backup-keep-save').click()
  await expect(page.getByText('Escriba un número entero entre 1 y 100.')).toBeVisible()
  await page.getByTestId('backup-keep').fill('7')
  await page.getByTestId('backup-keep-save').click()
  await expect(page.getByText('se conservan 7 copias de cada tipo')).toBeVisible()
  expect(existsSync(join(dirname(bridge.dialogDir), 'userData', 'backup-settings.json'))).toBe(true)
  expect(pageErrors).toEqual([])
})

/** Creates the app's IndexedDB as version 5 would have (Dexie stores IDB version 10 x its own), with one customer. */
async function createV5Database(page: Page): Promise<void> {
  await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }))
  await page.goto('/blank.html') // same origin as the app, without the app running
  await page.evaluate(async (stores) => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('cobro', 50)
      req.onupgradeneeded = () => {
        for (const [name, spec] of Object.entries(stores)) {
          const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim())
          const store = req.result.createObjectStore(name, { keyPath: primary.replace(/^(\+\+|&)/, ''), autoIncrement: primary.startsWith('++') })
          for (const idx of indexes) {
            const plain = idx.replace(/^[&*]/, '')
            const keyPath = plain.startsWith('[') ? plain.slice(1, -1).split('+') : plain
            store.createIndex(plain, keyPath, { unique: idx.startsWith('&'), multiEntry: idx.startsWith('*') })
          }
        }
        req.transaction!.objectStore('customers').put({ id: 'c-old', code: 'C0001', legalName: 'Cliente de la versión anterior, S.L.', searchWords: ['cliente'] })
      }
      req.onsuccess = () => {
        req.result.close()
        resolve()
      }
      req.onerror = () => reject(req.error)
    })
  }, STORES_V5 as Record<string, string>)
}

test('before a schema upgrade: a failed backup stops the app (nothing upgraded); once it can write, the copy is taken and the app opens', async ({ page, bridge, pageErrors }) => {
  await createV5Database(page)
  // The backups folder cannot be created: a file is in its way (like a full or read-only disk).
  mkdirSync(dirname(backupsDir(bridge)), { recursive: true })
  writeFileSync(backupsDir(bridge), 'in the way')

  await page.goto('/')
  await expect(page.getByTestId('startup-backup-error')).toBeVisible()
  await expect(page.getByTestId('startup-backup-error')).toContainText('no se ha cambiado nada')
  await expect(page.getByTestId('startup-backup-error')).toContainText(backupsDir(bridge))
  await shoot(page, '64-backup-before-upgrade-failed')
  // The database was not opened by the app, so it is still version 5.
  expect(await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'cobro')?.version)).toBe(50)

  rmSync(backupsDir(bridge))
  await page.getByRole('button', { name: 'Volver a intentarlo' }).click()
  await expect(page.getByTestId('setup-form')).toBeVisible() // upgraded, opened (no company in this old database)
  const copies = readdirSync(backupsDir(bridge)).filter((n) => n.endsWith('-upgrade.cobro.gz'))
  expect(copies).toHaveLength(1)
  const text = gunzipSync(readFileSync(join(backupsDir(bridge), copies[0]!))).toString('utf8')
  expect(text).toContain('"schemaVersion":5')
  expect(text).toContain('Cliente de la versión anterior, S.L.')
  expect(await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'cobro')?.version)).toBe(LATEST_VERSION * 10)
  expect(pageErrors).toEqual([])
})

test('a new PC starts from the backup on the USB stick, from the first-run screen', async ({ page, bridge, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.loadDemo('es')
  await openBackups(page)
  await page.getByTestId('backup-now').click()
  await expect(page.getByTestId('backup-notice')).toHaveAttribute('data-tone', 'success')
  const usbCopy = join(bridge.dialogDir, readdirSync(bridge.dialogDir)[0]!)

  // The "new PC": no database at all.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('cobro')
        req.onsuccess = () => resolve()
        req.onerror = () => reject(req.error)
      }),
  )
  await page.goto('/')
  await expect(page.getByTestId('setup-form')).toBeVisible()
  await expect(page.getByText('¿Viene de otro ordenador?')).toBeVisible()
  await shoot(page, '65-setup-restore')

  bridge.nextOpenFile = usbCopy
  await page.getByTestId('setup-restore').click()
  await expect(page.getByTestId('restore-preview')).toBeVisible()
  await page.getByTestId('restore-confirm').click()
  await expect(page.getByTestId('home-receivable')).toContainText('€', { timeout: 30_000 })
  await page.getByRole('link', { name: 'Clientes', exact: true }).click()
  await expect(page.getByRole('row').nth(20)).toBeVisible()
  expect(pageErrors).toEqual([])
})
