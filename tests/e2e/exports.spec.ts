/**
 * The accountant's exports, end to end: the files main writes are read back (XLSX with exceljs, CSV as text) and
 * compared cell by cell with the figures on screen, or with sums taken straight from IndexedDB in the page.
 */
import type { Locator, Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, type Bridge } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { SCREENSHOT_DIR, shoot } from './support/shots'

/** "8.614,67 €" -> 861467; "–" -> 0. */
function cents(text: string): number {
  const clean = text.replace(/\s/g, '')
  if (clean === '–' || clean === '') return 0
  const m = /-?[\d.]+,\d{2}/.exec(clean)
  if (!m) throw new Error(`no amount in ${text}`)
  return Math.round(Number(m[0].replace(/\./g, '').replace(',', '.')) * 100)
}

/** The n-th file the save dialog gave, once main has moved it into place. */
async function savedFile(bridge: Bridge, n: number): Promise<string> {
  await expect.poll(() => bridge.savedViaDialog.length, { timeout: 30_000 }).toBeGreaterThan(n)
  const path = bridge.savedViaDialog[n]!
  await expect.poll(() => existsSync(path), { timeout: 30_000 }).toBe(true)
  return path
}

type Cell = ExcelJS.CellValue
interface Sheet {
  title: string[]
  header: string[]
  rows: Cell[][]
  totals: Cell[]
  /** The worksheet, for formats. */
  ws: ExcelJS.Worksheet
  headerRow: number
}

/** A formula cell's cached result, or the plain value. */
function plain(v: Cell): Cell {
  return v !== null && typeof v === 'object' && 'formula' in v ? ((v as ExcelJS.CellFormulaValue).result as Cell) : v
}

/** Title lines, header (the row holding `firstHeader` in column A), data rows and the totals row (last row). */
async function readXlsx(path: string, firstHeader: string): Promise<Sheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const ws = wb.worksheets[0]!
  const all: Cell[][] = []
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    all[n - 1] = (row.values as Cell[]).slice(1).map(plain)
  })
  const headerIndex = all.findIndex((r) => r?.[0] === firstHeader)
  expect(headerIndex, `header row starting with ${firstHeader}`).toBeGreaterThan(0)
  const title = all.slice(0, headerIndex).map((r) => String(r?.[0] ?? '')).filter((s) => s !== '')
  const body = all.slice(headerIndex + 1).filter((r) => r && r.some((c) => c !== null && c !== undefined && c !== ''))
  return {
    title,
    header: all[headerIndex]!.map((c) => String(c ?? '')),
    rows: body.slice(0, -1),
    totals: body.at(-1)!,
    ws,
    headerRow: headerIndex + 1,
  }
}

/** A money cell (euros, a number) in cents. */
function moneyCents(v: Cell): number {
  if (v === null || v === undefined || v === '') return 0
  expect(typeof v, `money cell ${JSON.stringify(v)}`).toBe('number')
  return Math.round((v as number) * 100)
}

async function screenAging(page: Page) {
  const rows = page.locator('[data-testid="aging-table"] tbody tr[data-testid^="aging-row-"]')
  const count = await rows.count()
  const names: string[] = []
  const buckets: number[][] = []
  const totals: number[] = []
  for (let i = 0; i < count; i++) {
    const cells = rows.nth(i).locator('td')
    const n = await cells.count()
    names.push((await cells.nth(1).locator('a').innerText()).trim())
    const amounts: number[] = []
    for (let c = 2; c < n - 2; c++) amounts.push(cents(await cells.nth(c).innerText()))
    buckets.push(amounts)
    totals.push(cents(await cells.nth(n - 2).innerText()))
  }
  const bucketTotals: number[] = []
  for (let i = 0; i < (buckets[0]?.length ?? 0); i++) bucketTotals.push(await amountOf(page.getByTestId(`aging-total-${i}`)))
  const heads = page.locator('[data-testid="aging-table"] thead th')
  const labels: string[] = []
  for (let i = 2; i < 2 + bucketTotals.length; i++) labels.push((await heads.nth(i).innerText()).trim())
  return { names, buckets, totals, bucketTotals, labels, grand: await amountOf(page.getByTestId('aging-grand-total')) }
}

async function amountOf(locator: Locator): Promise<number> {
  await expect(locator).toContainText(/\d,\d{2}/)
  return cents(await locator.innerText())
}

/** Sums of a period straight from IndexedDB (no app code): issued invoices minus credit notes, in cents. */
async function registerFromDb(page: Page, from: string, to: string) {
  return page.evaluate(
    async ({ from, to }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('cobro')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const all = <T,>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll()
          req.onsuccess = () => resolve(req.result as T[])
          req.onerror = () => reject(req.error)
        })
      type Doc = { lifecycle?: string; issueDate: string; totals: { base: number; vat: number; recargo: number; total: number } }
      const inv = (await all<Doc>('invoices')).filter((i) => i.lifecycle === 'issued' && i.issueDate >= from && i.issueDate <= to)
      const notes = (await all<Doc>('creditNotes')).filter((n) => n.issueDate >= from && n.issueDate <= to)
      db.close()
      const sum = (docs: Doc[], k: keyof Doc['totals']) => docs.reduce((s, d) => s + d.totals[k], 0)
      return {
        count: inv.length + notes.length,
        notes: notes.length,
        base: sum(inv, 'base') - sum(notes, 'base'),
        vat: sum(inv, 'vat') - sum(notes, 'vat'),
        recargo: sum(inv, 'recargo') - sum(notes, 'recargo'),
        total: sum(inv, 'total') - sum(notes, 'total'),
      }
    },
    { from, to },
  )
}

async function companyFromDb(page: Page): Promise<{ legalName: string; taxId: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cobro')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const company = await new Promise<{ legalName: string; taxId: string }>((resolve, reject) => {
      const req = db.transaction('company').objectStore('company').get('company')
      req.onsuccess = () => resolve(req.result as { legalName: string; taxId: string })
      req.onerror = () => reject(req.error)
    })
    db.close()
    return company
  })
}

function keep(path: string, name: string): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  copyFileSync(path, join(SCREENSHOT_DIR, name))
}

test('aging: the Excel export is the report on screen, cell by cell', async ({ page, bridge, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  await page.getByRole('link', { name: 'Antigüedad de saldos', exact: true }).click()
  await expect(page.getByTestId('aging-grand-total')).toContainText(/\d,\d{2}/)
  const screen = await screenAging(page)
  expect(screen.names.length).toBeGreaterThan(3)

  await shoot(page, '59-aging-export-button')
  await page.getByTestId('aging-export-xlsx').click()
  const path = await savedFile(bridge, 0)
  await expect(page.getByText(/Exportadas \d+ filas/).first()).toBeVisible()
  await shoot(page, '60-aging-exported')
  keep(path, 'aging-es.xlsx')
  expect(path).toMatch(/Antigüedad de saldos a \d{4}-\d{2}-\d{2}\.xlsx$/)

  const sheet = await readXlsx(path, 'Código de cliente')
  const company = await companyFromDb(page)
  expect(sheet.title[0]).toBe(`${company.legalName} · NIF ${company.taxId}`)
  expect(sheet.title).toContain('Antigüedad de saldos')
  expect(sheet.header.slice(0, 3)).toEqual(['Código de cliente', 'Cliente', 'NIF'])
  const nBuckets = screen.bucketTotals.length
  expect(sheet.header.slice(3, 3 + nBuckets)).toEqual(screen.labels)
  expect(sheet.rows.length).toBe(screen.names.length)
  for (const [i, row] of sheet.rows.entries()) {
    expect(row[1], `row ${i}`).toBe(screen.names[i])
    for (let b = 0; b < nBuckets; b++) expect(moneyCents(row[3 + b]), `${screen.names[i]} bucket ${b}`).toBe(screen.buckets[i]![b])
    expect(moneyCents(row[3 + nBuckets]), `${screen.names[i]} total`).toBe(screen.totals[i])
    expect(row[4 + nBuckets], 'oldest due date is a date').toBeInstanceOf(Date)
  }
  for (let b = 0; b < nBuckets; b++) expect(moneyCents(sheet.totals[3 + b]), `total bucket ${b}`).toBe(screen.bucketTotals[b])
  expect(moneyCents(sheet.totals[3 + nBuckets])).toBe(screen.grand)
  // Money cells carry a euro format.
  expect(String(sheet.ws.getRow(sheet.headerRow + 1).getCell(4).numFmt)).toContain('€')
  expect(pageErrors).toEqual([])
})

test('exports page: a quarter of the sales register adds up to the database; customers as CSV in Spanish', async ({ page, bridge, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  await page.evaluate(() => {
    window.location.hash = '#/reports/exports'
  })
  await expect(page.getByTestId('exports-page')).toBeVisible()
  await page.getByTestId('export-quick-lastQuarter').click()
  const from = await page.getByTestId('export-from').inputValue()
  const to = await page.getByTestId('export-to').inputValue()
  expect(from < to).toBe(true)
  await shoot(page, '61-exports-page-es')

  // Cancelling the save dialog is not an error: nothing is written, nothing is reported as failed.
  bridge.cancelNextDialog = true
  await page.getByTestId('export-run').click()
  await expect.poll(() => bridge.cancelNextDialog).toBe(false)
  await expect(page.getByTestId('export-run')).toBeEnabled()
  await expect(page.getByTestId('export-error')).toHaveCount(0)
  await expect(page.getByTestId('export-result')).toHaveCount(0)
  expect(bridge.savedViaDialog).toEqual([])

  // Sales register (libro registro de facturas expedidas), XLSX.
  await page.getByTestId('export-run').click()
  const salesPath = await savedFile(bridge, 0)
  await expect(page.getByTestId('export-result')).toBeVisible()
  keep(salesPath, 'sales-register-es.xlsx')
  expect(salesPath.endsWith(`Libro registro facturas expedidas ${from} a ${to}.xlsx`)).toBe(true)
  const db = await registerFromDb(page, from, to)
  expect(db.count).toBeGreaterThan(10)
  const sales = await readXlsx(salesPath, 'Tipo de factura')
  expect(sales.rows.length).toBe(db.count)
  const col = (h: string) => {
    const i = sales.header.indexOf(h)
    expect(i, h).toBeGreaterThanOrEqual(0)
    return i
  }
  expect(moneyCents(sales.totals[col('Total factura')])).toBe(db.total)
  expect(moneyCents(sales.totals[col('Base imponible total')])).toBe(db.base)
  expect(moneyCents(sales.totals[col('Cuota de IVA total')])).toBe(db.vat)
  expect(moneyCents(sales.totals[col('Recargo de equivalencia total')])).toBe(db.recargo)
  // The per-rate VAT columns add up to the total VAT, and the rows to the totals row.
  const vatCols = sales.header.flatMap((h, i) => (/^IVA \d/.test(h) ? [i] : []))
  expect(vatCols.length).toBeGreaterThan(1)
  expect(vatCols.reduce((s, i) => s + moneyCents(sales.totals[i]), 0)).toBe(db.vat)
  expect(sales.rows.reduce((s, r) => s + moneyCents(r[col('Total factura')]), 0)).toBe(db.total)
  const notes = sales.rows.filter((r) => r[col('Tipo de factura')] === 'Factura rectificativa')
  expect(notes.length).toBe(db.notes)
  for (const r of notes) expect(moneyCents(r[col('Total factura')])).toBeLessThan(0)
  expect(sales.rows[0]![col('Fecha de expedición')]).toBeInstanceOf(Date)
  expect(sales.title.some((l) => l.includes('Libro registro de facturas expedidas'))).toBe(true)

  // Customers, CSV: the header line in Spanish, one line per customer.
  await page.getByTestId('export-kind-customers').check()
  await page.getByTestId('export-format-csv').check()
  await shoot(page, '62-exports-customers-csv')
  await page.getByTestId('export-run').click()
  const csvPath = await savedFile(bridge, 1)
  await expect.poll(() => readFileSync(csvPath, 'utf8').length).toBeGreaterThan(100)
  keep(csvPath, 'customers-es.csv')
  expect(csvPath).toMatch(/Clientes a \d{4}-\d{2}-\d{2}\.csv$/)
  const lines = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n')
  expect(lines[0]).toMatch(/^Código;Razón social;Nombre comercial;NIF;País;Población;Correo electrónico;Teléfono;Condiciones de pago/)
  const customers = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('cobro')
      req.onsuccess = () => resolve(req.result)
    })
    return new Promise<number>((resolve) => {
      const req = db.transaction('customers').objectStore('customers').count()
      req.onsuccess = () => resolve(req.result)
    })
  })
  expect(lines.length).toBe(customers + 1)
  expect(lines.slice(1).join('\n')).toMatch(/Pago a \d+ días|\d+ días/)
  await shoot(page, '63-exports-done')
  expect(pageErrors).toEqual([])
})

test('customer page: the statement as Excel ends at the balance the ledger shows', async ({ page, bridge, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  await page.getByRole('link', { name: 'Antigüedad de saldos', exact: true }).click()
  await expect(page.getByTestId('aging-grand-total')).toContainText(/\d,\d{2}/)
  const first = page.locator('[data-testid="aging-table"] tbody tr[data-testid^="aging-row-"]').first()
  await first.locator('td').nth(1).locator('a').click()
  await expect(page.getByTestId('customer-ledger')).toBeVisible()
  // Newest first: the first row's balance is the closing balance of a period ending today.
  const closingText = await page.getByTestId('customer-ledger').getByRole('row').nth(1).locator('strong').innerText()
  await page.getByTestId('customer-statement-xlsx').click()
  const path = await savedFile(bridge, 0)
  keep(path, 'statement-es.xlsx')
  const sheet = await readXlsx(path, 'Fecha')
  const balanceCol = sheet.header.indexOf('Saldo')
  expect(balanceCol).toBeGreaterThan(0)
  expect(moneyCents(sheet.rows.at(-1)![balanceCol])).toBe(cents(closingText))
  for (let i = 1; i < sheet.rows.length; i++) {
    const debit = moneyCents(sheet.rows[i]![sheet.header.indexOf('Debe')])
    const credit = moneyCents(sheet.rows[i]![sheet.header.indexOf('Haber')])
    expect(moneyCents(sheet.rows[i]![balanceCol])).toBe(moneyCents(sheet.rows[i - 1]![balanceCol]) + debit - credit)
  }
  await shoot(page, '64-customer-statement-xlsx')
  expect(pageErrors).toEqual([])
})
