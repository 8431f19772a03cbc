import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { savedPdfText, squash } from './support/pdf'
import { SCREENSHOT_DIR, shoot } from './support/shots'

/** "1.234,56 €" -> 123456 (es/ro figures on screen). */
function cents(text: string): number {
  const m = /-?[\d.]+,\d{2}/.exec(text.replace(/\s/g, ''))
  if (!m) throw new Error(`no amount in ${text}`)
  return Math.round(Number(m[0].replace(/\./g, '').replace(',', '.')) * 100)
}

/** 123456 -> "1.234,56" (es) and "1,234.56" (en): a letter is printed in its customer's language. */
function amountTexts(c: number): string[] {
  const n = Math.abs(c) / 100
  return ['es-ES', 'en-GB'].map((l) => new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' } as Intl.NumberFormatOptions).format(n))
}

/** In-app navigation (no reload), once the demo company has been written whole. */
async function go(page: Page, path: string): Promise<void> {
  await expect(page.getByTestId('demo-progress')).toHaveCount(0, { timeout: 120_000 })
  await page.evaluate((hash) => {
    window.location.hash = hash
  }, `#${path}`)
}

async function openConfirmations(page: Page): Promise<void> {
  await go(page, '/reports/confirmations')
  await expect(page.getByTestId('confirmations-page')).toBeVisible()
  await expect(page.locator('[data-testid^="confirm-row-"]').first()).toBeVisible({ timeout: 30_000 })
}

async function codeOf(checkbox: Locator): Promise<string> {
  return ((await checkbox.getAttribute('data-testid')) ?? '').replace('confirm-row-', '')
}

test('balance confirmations: print a batch of three, each PDF balance as shown; a disputed reply lands on the timeline', async ({ page, bridge, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('es')
  await openConfirmations(page)
  // As of the end of last month by default.
  await expect(page.getByTestId('confirm-asof')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  const asOf = await page.getByTestId('confirm-asof').inputValue()
  const [y, m] = asOf.split('-').map(Number)
  expect(new Date(Date.UTC(y!, m!, 1)).getUTCDate()).toBe(1)
  expect(asOf.slice(8)).toBe(String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()))

  const boxes = page.locator('[data-testid^="confirm-row-"]')
  const picked: Array<{ code: string; name: string; balance: number }> = []
  for (let i = 0; i < 3; i++) {
    const box = boxes.nth(i)
    const code = await codeOf(box)
    const label = (await box.getAttribute('aria-label')) ?? ''
    const balanceText = await page.getByTestId(`confirm-balance-${code}`).innerText()
    const sign = /a su favor/.test(balanceText) ? -1 : 1
    picked.push({ code, name: label.replace(/^Seleccionar /, ''), balance: sign * cents(balanceText) })
    await box.check()
  }
  await expect(page.getByTestId('confirm-print')).toContainText('(3)')
  await shoot(page, '80-confirmations-es')

  await page.getByTestId('confirm-print').click()
  await expect.poll(() => bridge.opened.length, { timeout: 60_000 }).toBe(1)
  const pdf = bridge.opened[0]!
  expect(pdf).toMatch(/Confirmaciones de saldo a \d{4}-\d{2}-\d{2}\.pdf$/)
  const text = squash(await savedPdfText(pdf))
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  copyFileSync(pdf, join(SCREENSHOT_DIR, 'confirmations-batch-es.pdf'))
  // One letter per customer, each with its own reply slip and the balance the screen showed.
  expect((text.match(/(Página|Page) 1 (de|of) /g) ?? []).length).toBe(3)
  for (const p of picked) {
    expect(text).toContain(p.name)
    expect(text).toContain(`CS-${asOf.replace(/-/g, '')}-${p.code}`)
    expect(amountTexts(p.balance).some((a) => text.includes(a)), `${p.name}: ${p.balance}`).toBe(true)
  }

  // Recorded as sent: the list below, and the three are unticked.
  for (const p of picked) await expect(page.getByTestId(`confirm-sent-${p.code}`)).toContainText('Pendiente de respuesta')
  await expect(page.getByTestId('confirm-print')).toContainText('(0)')

  // The first customer disagrees: their books show 100,00 less than ours.
  const first = picked[0]!
  const theirs = first.balance - 10_000
  await page.getByTestId(`confirm-reply-${first.code}`).click()
  await page.getByTestId('reply-disputed').check()
  await page.getByTestId('reply-amount').fill(`${theirs < 0 ? '-' : ''}${amountTexts(theirs)[0]}`)
  await expect(page.getByTestId('reply-difference')).toContainText('100,00')
  await page.getByTestId('reply-note').fill('Dicen que no han recibido el abono de la devolución.')
  await shoot(page, '81-confirmation-reply-es')
  await page.getByTestId('reply-save').click()
  const row = page.getByTestId(`confirm-sent-${first.code}`)
  await expect(row).toContainText('No conforme')
  await expect(row).toContainText('Diferencia 100,00 €')
  await shoot(page, '82-confirmations-replied-es')

  // The customer's timeline tells what they answered, with both balances and the difference.
  await row.getByRole('link').click()
  await expect(page.getByTestId('customer-confirmations')).toContainText('No conforme')
  const entry = page.locator('.timeline-item.type-confirmation').first()
  await expect(entry).toContainText('Confirmación de saldo')
  await expect(entry).toContainText('el cliente no está conforme')
  await expect(entry).toContainText(`Según el cliente ${theirs < 0 ? '-' : ''}${amountTexts(theirs)[0]}`)
  await expect(entry).toContainText(`según nosotros ${first.balance < 0 ? '-' : ''}${amountTexts(first.balance)[0]}`)
  await expect(entry).toContainText('diferencia 100,00 €')
  await expect(entry).toContainText('no han recibido el abono')
  await expect(page.locator('.timeline-item.type-confirmation')).toHaveCount(2)
  await entry.scrollIntoViewIfNeeded()
  await shoot(page, '83-customer-confirmations-es')
  expect(pageErrors).toEqual([])
})

test('balance confirmations in Romanian: the list, one letter sent from the customer page, and the reply form', async ({ page, bridge, pageErrors }) => {
  await page.goto('/')
  await new SetupScreen(page).loadDemo('ro')
  await openConfirmations(page)
  await expect(page.getByRole('heading', { name: 'Confirmări de sold' })).toBeVisible()
  await page.getByTestId('confirm-select-all').check()
  await expect(page.getByTestId('confirm-print')).toContainText('Tipărește selectate')
  await shoot(page, '84-confirmations-ro')

  // From a customer's page: one letter, named after the customer, in Romanian.
  const code = await codeOf(page.locator('[data-testid^="confirm-row-"]').first())
  await page.getByTestId('confirm-select-all').uncheck()
  await go(page, '/customers')
  await page.getByRole('row').filter({ hasText: code }).first().click()
  await page.getByTestId('customer-confirm-send').click()
  await expect.poll(() => bridge.opened.length, { timeout: 30_000 }).toBe(1)
  expect(bridge.opened[0]).toMatch(/Confirmare de sold - .+\.pdf$/)
  const text = squash(await savedPdfText(bridge.opened[0]!))
  copyFileSync(bridge.opened[0]!, join(SCREENSHOT_DIR, 'confirmation-ro.pdf'))
  expect(text).toContain('TALON DE RĂSPUNS')
  expect(text).toContain('Semnătura și ștampila'.toUpperCase())
  await expect(page.getByTestId('customer-confirmations')).toContainText('Fără răspuns')
  await expect(page.locator('.timeline-item.type-confirmation').first()).toContainText('Confirmare de sold')
  await page.locator('[data-testid^="customer-confirm-reply-"]').first().click()
  await page.getByTestId('reply-disputed').check()
  await page.getByTestId('reply-save').click()
  await expect(page.getByText('Introduceți soldul indicat de client.')).toBeVisible()
  await shoot(page, '85-confirmation-reply-ro')
  await page.getByTestId('reply-agreed').check()
  await page.getByTestId('reply-save').click()
  await expect(page.getByTestId('customer-confirmations')).toContainText('De acord')
  await page.getByTestId('customer-confirmations').scrollIntoViewIfNeeded()
  await shoot(page, '86-customer-confirmations-ro')
  expect(pageErrors).toEqual([])
})
