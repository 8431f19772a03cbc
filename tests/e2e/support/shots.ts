import type { Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'artifacts', 'screenshots')

/** Saves a full-page screenshot under tests/e2e/artifacts/screenshots/<name>.png (looked at by people). */
export async function shoot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.waitForTimeout(150)
  await page.screenshot({ path, fullPage: true })
  return path
}
