import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { SetupScreen, SPANISH_COMPANY } from './pages/setup'
import { shoot } from './support/shots'
import { PRODUCTION_META_CSP } from '../../electron/main/csp'

/** "8.614,67 €" / "8.614,67 lei" -> 861467 */
function cents(text: string): number {
  const m = /-?[\d.]+,\d{2}/.exec(text.replace(/\s/g, ''))
  if (!m) throw new Error(`no amount in ${text}`)
  return Math.round(Number(m[0].replace(/\./g, '').replace(',', '.')) * 100)
}

/** The amount a figure shows, once it has loaded. */
async function amountOf(locator: Locator): Promise<number> {
  await expect(locator).toContainText(/\d,\d{2}/)
  return cents(await locator.innerText())
}

/** Console errors and Content-Security-Policy violations seen by the page (empty the array to start afresh). */
function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`))
  })
  return problems
}

/** Distinct x positions of the bars drawn in a chart: one per month that has a bar. */
async function barColumns(chart: Locator): Promise<number> {
  const xs = await chart.locator('.recharts-bar-rectangle path').evaluateAll((paths) =>
    paths.map((p) => Math.round((p as SVGGraphicsElement).getBBox().x + (p as SVGGraphicsElement).getBBox().width / 2)),
  )
  return new Set(xs).size
}

test('dashboard (ES demo): figures agree with the overview and the aging report, charts by month, top debtor opens its customer', async ({ page, pageErrors }) => {
  const consoleProblems = watchConsole(page)
  const setup = new SetupScreen(page)
  await setup.open()
  // The built page carries the production policy itself; the whole demo load then runs under it without a report.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', PRODUCTION_META_CSP)
  await setup.loadDemo('es')
  expect(consoleProblems).toEqual([])
  const homeOverdue = await amountOf(page.getByTestId('home-overdue'))
  const homeReceivable = await amountOf(page.getByTestId('home-receivable'))

  await page.goto('/#/reports/aging')
  const agingTotal = await amountOf(page.getByTestId('aging-grand-total'))

  await page.goto('/#/reports/dashboard')
  await expect(page.getByRole('heading', { name: 'Panel de cobros' })).toBeVisible()
  const receivable = await amountOf(page.getByTestId('dashboard-receivable'))
  expect(receivable).toBe(agingTotal)
  // the overview counts customer credit (unallocated payments) against balances, so it can only be lower
  expect(homeReceivable).toBeLessThanOrEqual(receivable)
  expect(await amountOf(page.getByTestId('dashboard-overdue'))).toBe(homeOverdue)
  await expect(page.getByTestId('dashboard-dso')).toContainText(/\d+(,\d)? días/)
  await expect(page.getByTestId('dashboard-cei')).toContainText(/\d+(,\d)?\s%/)

  // the three charts are drawn as SVG, the aging one with one stacked bar per month and the buckets in its legend
  const aging = page.getByTestId('dashboard-aging-chart')
  for (const id of ['dashboard-aging-chart', 'dashboard-dso-chart', 'dashboard-cei-chart']) {
    await expect(page.getByTestId(id).locator('svg.recharts-surface').first()).toBeVisible()
  }
  await expect(aging.locator('.dash-tick:not(.dash-tick-year)')).toHaveCount(12)
  await expect.poll(() => barColumns(aging)).toBe(12)
  await expect.poll(() => barColumns(page.getByTestId('dashboard-cei-chart'))).toBe(12)
  await expect(page.getByTestId('dashboard-dso-chart').locator('.recharts-line-dot, .recharts-dot')).toHaveCount(12)
  const legend = aging.locator('.recharts-legend-wrapper')
  for (const name of ['No vencido', '1–30 días', '31–60 días', '61–90 días', 'Más de 90 días']) await expect(legend).toContainText(name)
  // The last month on the axis is the current one (the test once said 'nov' and failed when December came).
  await expect(aging.locator('.dash-tick:not(.dash-tick-year)').last()).toHaveText(await currentMonthLabel(page, 'es'))
  await page.mouse.move(0, 0)
  await shoot(page, '60-dashboard-es')
  await page.getByTestId('dashboard-top-debtors').scrollIntoViewIfNeeded()
  await shoot(page, '60-dashboard-es-debtors')

  // hovering a month shows its figures in full
  await aging.locator('.recharts-bar-rectangle path').last().hover()
  await expect(aging.locator('.dash-tooltip')).toContainText('Total pendiente')
  await expect(aging.locator('.dash-tooltip')).toContainText(/hasta el \d{2}\/\d{2}\/\d{4}/)
  await shoot(page, '61-dashboard-es-tooltip')

  // the top debtors add up to no more than the receivable; the first opens its customer's page
  const rows = page.getByTestId('dashboard-top-debtors').locator('tbody tr')
  await expect(rows).toHaveCount(10)
  const first = rows.first().getByRole('link')
  const name = await first.innerText()
  const testId = await first.getAttribute('data-testid')
  const customerId = testId!.replace('dashboard-debtor-', '')
  await first.click()
  await expect(page).toHaveURL(new RegExp(`#/customers/${customerId}$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)

  await page.goto('/#/reports/dashboard')
  await page.getByTestId('dashboard-aging-link').click()
  await expect(page.getByTestId('aging-grand-total')).toBeVisible()

  expect(pageErrors).toEqual([])
  expect(consoleProblems).toEqual([])
})

/** The short name of this month as the page's Intl writes it (e.g. 'dic', 'dec.'). */
function currentMonthLabel(page: Page, locale: string): Promise<string> {
  return page.evaluate((l) => new Intl.DateTimeFormat(l, { month: 'short', timeZone: 'UTC' }).format(new Date()), locale)
}

test('dashboard (RO demo): Romanian labels, money in lei', async ({ page, pageErrors }) => {
  const consoleProblems = watchConsole(page)
  const setup = new SetupScreen(page)
  await setup.open()
  await page.getByTestId('language-switcher').selectOption('ro')
  await setup.loadDemo('ro')
  await expect(page.getByTestId('home-receivable')).toContainText('lei')
  consoleProblems.length = 0
  await page.goto('/#/reports/dashboard')
  await expect(page.getByRole('heading', { name: 'Tablou de bord încasări' })).toBeVisible()
  await expect(page.getByTestId('dashboard-receivable')).toContainText('lei')
  await expect(page.getByTestId('dashboard-dso')).toContainText('zile')
  const legend = page.getByTestId('dashboard-aging-chart').locator('.recharts-legend-wrapper')
  for (const name of ['În termen', '1–30 de zile', 'Peste 90 de zile']) await expect(legend).toContainText(name)
  await expect(page.getByTestId('dashboard-aging-chart').locator('.dash-tick:not(.dash-tick-year)').last()).toHaveText(await currentMonthLabel(page, 'ro'))
  await expect(page.getByTestId('dashboard-top-debtors')).toContainText('Restant')
  await page.mouse.move(0, 0)
  await shoot(page, '62-dashboard-ro')
  await page.getByTestId('dashboard-top-debtors').scrollIntoViewIfNeeded()
  await shoot(page, '62-dashboard-ro-debtors')
  expect(pageErrors).toEqual([])
  expect(consoleProblems).toEqual([])
})

test('dashboard of a new company: an empty state, no crash', async ({ page, pageErrors }) => {
  const consoleProblems = watchConsole(page)
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.fill(SPANISH_COMPANY)
  await setup.submit()
  await expect(page.locator('.shell')).toBeVisible()
  consoleProblems.length = 0
  await page.goto('/#/reports/dashboard')
  await expect(page.getByTestId('dashboard-empty')).toContainText('Todavía no hay facturas emitidas')
  await shoot(page, '63-dashboard-empty')
  expect(pageErrors).toEqual([])
  expect(consoleProblems).toEqual([])
})
