import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect, type Bridge } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'
import { camt053 } from './fixtures/bank/camt053'
import { demoFacts, demoStatement, type DemoStatement, type StatementTexts } from './fixtures/bank/demoStatement'

const ES_TEXTS: StatementTexts = {
  payInvoice: (n) => `Pago factura ${n}`,
  payInvoices: 'Pago facturas pendientes',
  transfer: 'Transferencia',
  noiseName: 'Inmobiliaria Pérez Soler',
  noiseText: 'Devolución fianza local',
  fee: 'Comisión mantenimiento cuenta',
}

const RO_TEXTS: StatementTexts = {
  payInvoice: (n) => `Plată factura ${n}`,
  payInvoices: 'Plată facturi restante',
  transfer: 'Transfer bancar',
  noiseName: 'Imobiliare Popescu SRL',
  noiseText: 'Restituire garanție chirie',
  fee: 'Comision administrare cont',
}

/** Writes the statement (and a copy with a wrong closing balance) into the test's folder. */
function writeStatements(bridge: Bridge, st: DemoStatement, name: string): { good: string; corrupt: string } {
  const good = join(bridge.dialogDir, `${name}.xml`)
  const corrupt = join(bridge.dialogDir, `${name}-dañado.xml`)
  writeFileSync(good, camt053(st.spec))
  writeFileSync(corrupt, camt053({ ...st.spec, closingOverride: st.spec.opening + 100 }))
  return { good, corrupt }
}

async function importFile(page: Page, bridge: Bridge, path: string): Promise<void> {
  bridge.nextOpenFile = path
  await page.getByTestId('bank-import').click()
}

/** Closes the notifications so they do not hide the page in screenshots. */
async function closeToasts(page: Page): Promise<void> {
  const close = page.locator('.toast-close')
  while ((await close.count()) > 0) await close.first().click()
}

const lineWith = (page: Page, text: string): Locator => page.locator('[data-testid^="bank-line-"]').filter({ hasText: text })

/** The open amount and paid amount of an invoice, straight from IndexedDB. */
async function invoiceFromDb(page: Page, id: string): Promise<{ openAmount: number; paidAmount: number; customerId: string }> {
  return page.evaluate(async (invoiceId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cobro')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const inv = await new Promise<{ openAmount: number; paidAmount: number; customerId: string }>((resolve, reject) => {
      const req = db.transaction('invoices').objectStore('invoices').get(invoiceId)
      req.onsuccess = () => resolve(req.result as { openAmount: number; paidAmount: number; customerId: string })
      req.onerror = () => reject(req.error)
    })
    db.close()
    return { openAmount: inv.openAmount, paidAmount: inv.paidAmount, customerId: inv.customerId }
  }, id)
}

async function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cobro')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const n = await new Promise<number>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).count()
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    db.close()
    return n
  }, store)
}

test('bank (ES demo): a corrupt file is refused, a good one imported and its payments matched', async ({ page, bridge, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  const st = demoStatement(await demoFacts(page), ES_TEXTS)
  const files = writeStatements(bridge, st, 'extracto-caixabank')
  await page.getByRole('link', { name: 'Banco' }).click()
  await expect(page.getByTestId('bank-page')).toBeVisible()
  await expect(page.getByTestId('bank-queue')).toContainText('No hay cobros por conciliar')

  // 1. A file whose balances do not add up: every problem with its line, and nothing imported.
  await importFile(page, bridge, files.corrupt)
  const problems = page.getByTestId('bank-problems')
  await expect(problems).toContainText('Nada se ha importado')
  await expect(problems.getByTestId('bank-problem').first()).toContainText(/^Línea \d+: Los saldos no cuadran: el saldo final del archivo es 23\.457,78\s€, pero el saldo inicial más los movimientos da [\d.]+,\d\d\s€/)
  await shoot(page, '80-bank-problems-es')
  expect(await countStore(page, 'bankLines')).toBe(0)
  expect(await countStore(page, 'bankImports')).toBe(0)
  await page.getByTestId('bank-import-cancel').click()
  await expect(page.getByTestId('bank-queue')).toContainText('No hay cobros por conciliar')

  // 2. The good file: a preview of what it holds, then the import.
  await importFile(page, bridge, files.good)
  const preview = page.getByTestId('bank-preview')
  await expect(preview.getByTestId('bank-preview-counts')).toContainText('6 movimientos nuevos, 0 ya importados')
  await expect(preview).toContainText('5 cobros por')
  await shoot(page, '81-bank-preview-es')
  await page.getByTestId('bank-confirm-import').click()
  await expect(page.getByTestId('bank-preview')).toHaveCount(0)
  await expect(page.getByTestId('bank-tab-queue')).toContainText('5')
  expect(await countStore(page, 'bankLines')).toBe(6)

  // 3. The queue: each credit with its proposals and why.
  const byRef = lineWith(page, st.byReference.invoice.fullNumber).filter({ hasText: st.byReference.customer.legalName })
  const best = byRef.getByTestId('bank-proposal')
  await expect(best).toContainText(st.byReference.customer.legalName)
  await expect(best).toContainText('Nº de factura en el concepto')
  await expect(best).toContainText('Importe exacto')
  await expect(best.getByTestId('bank-confidence')).toContainText('Confianza alta')
  const byName = lineWith(page, st.byName.customer.legalName).filter({ hasText: 'Transferencia' })
  await expect(byName.getByTestId('bank-proposal')).toContainText(st.byName.invoice.fullNumber)
  await expect(byName.getByTestId('bank-proposal')).toContainText('Nombre del ordenante')
  const combo = lineWith(page, 'Pago facturas pendientes')
  for (const inv of st.combination.invoices) await expect(combo.getByTestId('bank-proposal')).toContainText(inv.fullNumber)
  const noise = lineWith(page, 'Devolución fianza local')
  await expect(noise.getByTestId('bank-no-proposal')).toBeVisible()
  await closeToasts(page)
  await shoot(page, '82-bank-queue-es')

  // 4. Confirm the exact-reference match: the line leaves the queue and the invoice is paid.
  await best.getByRole('button', { name: 'Confirmar' }).click()
  await expect(byRef).toHaveCount(0)
  await expect(page.getByTestId('bank-tab-queue')).toContainText('4')
  await expect.poll(async () => (await invoiceFromDb(page, st.byReference.invoice.id)).openAmount).toBe(0)

  // 5. Y pays X's invoice: shown in red, confirmed only after an explicit decision with a reason.
  const wrong = lineWith(page, st.wrongPayer.invoice.fullNumber)
  const mismatch = wrong.locator('[data-testid^="bank-proposal"]').filter({ has: page.getByTestId('bank-mismatch') })
  await expect(mismatch).toContainText(st.wrongPayer.customer.legalName)
  await expect(mismatch.getByTestId('bank-mismatch')).toContainText(`El pagador (${st.wrongPayer.payer.legalName}) no es el cliente de la factura (${st.wrongPayer.customer.legalName})`)
  const confirmWrong = mismatch.getByRole('button', { name: 'Confirmar' })
  await expect(confirmWrong).toBeDisabled()
  await mismatch.getByTestId('bank-allow-mismatch').check()
  await expect(confirmWrong).toBeDisabled()
  await mismatch.getByTestId('bank-mismatch-note').fill('Empresa del mismo grupo: paga por cuenta de su filial')
  await expect(confirmWrong).toBeEnabled()
  await mismatch.scrollIntoViewIfNeeded()
  await closeToasts(page)
  await shoot(page, '84-bank-mismatch-es')
  await confirmWrong.click()
  await expect(wrong).toHaveCount(0)
  await expect.poll(async () => (await invoiceFromDb(page, st.wrongPayer.invoice.id)).openAmount).toBe(0)

  // 6. Correct or split by hand: the combination line, oldest first by default, the rest as credit.
  await closeToasts(page)
  await combo.getByTestId('bank-split').click()
  const dialog = page.getByTestId('bank-split-dialog')
  await expect(dialog).toBeVisible()
  for (const inv of st.combination.invoices) await expect(page.getByTestId(`bank-split-tick-${inv.fullNumber}`)).toBeChecked()
  await expect(page.getByTestId('bank-split-credit')).toContainText('0,00')
  await shoot(page, '83-bank-split-es')
  await page.getByTestId('bank-split-submit').click()
  await expect(combo).toHaveCount(0)
  for (const inv of st.combination.invoices) await expect.poll(async () => (await invoiceFromDb(page, inv.id)).openAmount).toBe(0)

  // 7. Not a customer payment: set aside with the reason.
  await noise.getByTestId('bank-ignore').click()
  await page.getByTestId('bank-ignore-reason').selectOption('supplierRefund')
  await page.getByTestId('bank-ignore-submit').click()
  await expect(noise).toHaveCount(0)
  await expect(page.getByTestId('bank-tab-queue')).toContainText('1')

  // 8. The invoice's own page shows it paid.
  await page.goto(`/#/invoices/${st.byReference.invoice.id}`)
  await expect(page.getByTestId('invoice-status')).toContainText('Cobrada')
  await expect(page.getByTestId('invoice-open-amount')).toContainText('0,00')

  // 9. The same file again: nothing new.
  await page.goto('/#/bank')
  await importFile(page, bridge, files.good)
  await expect(page.getByTestId('bank-preview-counts')).toContainText('0 movimientos nuevos, 6 ya importados')
  await page.getByTestId('bank-confirm-import').click()
  await expect(page.getByTestId('bank-preview')).toHaveCount(0)
  expect(await countStore(page, 'bankLines')).toBe(6)
  await expect(page.getByTestId('bank-tab-queue')).toContainText('1')
  await page.getByTestId('bank-tab-decided').click()
  await expect(page.getByTestId('bank-decided')).toContainText(st.byReference.invoice.fullNumber)
  await expect(page.getByTestId('bank-decided')).toContainText('Devolución o abono de un proveedor')
  await closeToasts(page)
  await shoot(page, '85-bank-decided-es')
  // An ignored line can be brought back to the queue.
  await page.getByTestId('bank-decided').getByRole('row').filter({ hasText: 'Devolución fianza local' }).getByTestId('bank-restore').click()
  await expect(page.getByTestId('bank-tab-queue')).toContainText('2')
  await page.getByTestId('bank-tab-imports').click()
  await expect(page.getByTestId('bank-imports').getByRole('row')).toHaveCount(3)
  expect(pageErrors).toEqual([])
})

test('bank (RO demo): Romanian screens, lei, and a statement matched', async ({ page, bridge, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  const st = demoStatement(await demoFacts(page), RO_TEXTS)
  const files = writeStatements(bridge, st, 'extras-bt')
  await page.goto('/#/bank')
  await expect(page.getByTestId('bank-page')).toBeVisible()

  await importFile(page, bridge, files.corrupt)
  await expect(page.getByTestId('bank-problems')).toContainText('Nu s-a importat nimic')
  await expect(page.getByTestId('bank-problem').first()).toContainText(/lei/)
  await shoot(page, '86-bank-problems-ro')
  await page.getByTestId('bank-import-cancel').click()

  await importFile(page, bridge, files.good)
  await expect(page.getByTestId('bank-preview-counts')).toContainText('6 tranzacții noi, 0 importate deja')
  await shoot(page, '87-bank-preview-ro')
  await page.getByTestId('bank-confirm-import').click()
  await expect(page.getByTestId('bank-preview')).toHaveCount(0)

  const byRef = lineWith(page, st.byReference.invoice.fullNumber).filter({ hasText: st.byReference.customer.legalName })
  await expect(byRef.getByTestId('bank-proposal')).toContainText('Nr. facturii în detalii')
  await expect(lineWith(page, st.wrongPayer.invoice.fullNumber).getByTestId('bank-mismatch')).toContainText('Plătitorul')
  await closeToasts(page)
  await shoot(page, '88-bank-queue-ro')
  await lineWith(page, 'Plată facturi restante').getByTestId('bank-split').click()
  await expect(page.getByTestId('bank-split-dialog')).toBeVisible()
  await shoot(page, '89-bank-split-ro')
  await page.getByTestId('bank-split-submit').click()
  await expect(lineWith(page, 'Plată facturi restante')).toHaveCount(0)
  await byRef.getByTestId('bank-proposal').getByRole('button', { name: 'Confirmă' }).click()
  await expect(byRef).toHaveCount(0)
  await expect.poll(async () => (await invoiceFromDb(page, st.byReference.invoice.id)).openAmount).toBe(0)
  expect(pageErrors).toEqual([])
})

/** A bank's CSV export: two title rows, then a header and the movements (comma decimals, running balance). */
function csvExport(iban: string, rows: { date: string; text: string; name: string; amount: number }[], opening: number): string {
  const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`
  const dec = (c: number) => `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)},${String(Math.abs(c) % 100).padStart(2, '0')}`
  let balance = opening
  const lines = [`Movimientos de la cuenta;${iban};;;;`, ';;;;;', 'Fecha;Fecha valor;Concepto;Ordenante;Importe;Saldo']
  for (const r of rows) {
    balance += r.amount
    lines.push([dmy(r.date), dmy(r.date), r.text, r.name, dec(r.amount), dec(balance)].join(';'))
  }
  return lines.join('\r\n') + '\r\n'
}

test('bank (ES demo): a CSV export is read with the columns the user maps once and saves per bank', async ({ page, bridge, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  const facts = await demoFacts(page)
  const st = demoStatement(facts, ES_TEXTS)
  const ref = { date: facts.today, text: `Pago factura ${st.byReference.invoice.fullNumber}`, name: st.byReference.customer.legalName, amount: st.byReference.invoice.openAmount }
  const fee = { date: facts.today, text: 'Comisión transferencia', name: '', amount: -350 }
  const other = { date: facts.today, text: 'Transferencia', name: st.byName.customer.legalName, amount: st.byName.invoice.openAmount }
  const first = join(bridge.dialogDir, 'movimientos-1.csv')
  const second = join(bridge.dialogDir, 'movimientos-2.csv')
  writeFileSync(first, csvExport(facts.iban, [ref, fee], 1_000_000))
  writeFileSync(second, csvExport(facts.iban, [ref, fee, other], 1_000_000))
  await page.goto('/#/bank')

  // First file: the columns are guessed from the header; the person names the bank and saves.
  await importFile(page, bridge, first)
  const mapping = page.getByTestId('bank-mapping')
  await expect(mapping).toBeVisible()
  await expect(page.getByTestId('bank-mapping-sample')).toContainText('Concepto')
  await expect(page.getByTestId('bank-mapping-bookingDate')).toHaveValue('0')
  await expect(page.getByTestId('bank-mapping-amount')).toHaveValue('4')
  await page.getByTestId('bank-mapping-save').click()
  await expect(mapping).toContainText('Escriba el nombre del banco')
  await page.getByTestId('bank-mapping-name').fill('CaixaBank empresas')
  await page.locator('.bank-import-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await shoot(page, '90-bank-mapping-es')
  await page.getByTestId('bank-mapping-save').click()
  await expect(page.getByTestId('bank-preview-counts')).toContainText('2 movimientos nuevos, 0 ya importados')
  await page.getByTestId('bank-confirm-import').click()
  await expect(lineWith(page, st.byReference.invoice.fullNumber).getByTestId('bank-proposal')).toContainText('Nº de factura en el concepto')

  // A later, overlapping file: the saved mapping is chosen; only the new movement is added.
  await importFile(page, bridge, second)
  await page.getByTestId('bank-mapping-choose').selectOption({ label: 'CaixaBank empresas' })
  await expect(page.getByTestId('bank-mapping-name')).toHaveValue('CaixaBank empresas')
  await page.getByTestId('bank-mapping-save').click()
  await expect(page.getByTestId('bank-preview-counts')).toContainText('1 movimiento nuevo, 2 ya importados')
  await page.getByTestId('bank-confirm-import').click()
  await expect(page.getByTestId('bank-preview')).toHaveCount(0)
  expect(await countStore(page, 'bankLines')).toBe(3)
  expect(await countStore(page, 'bankMappings')).toBe(1)
  await expect(page.getByTestId('bank-tab-queue')).toContainText('2')
  expect(pageErrors).toEqual([])
})
