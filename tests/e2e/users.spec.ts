import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { SetupScreen } from './pages/setup'
import { shoot } from './support/shots'

const OWNER = { name: 'Marta Ibáñez', password: 'caballo correcto grapa' }
const CLERK = { name: 'Iñaki Peña', password: 'albarán-de-mayo-7' }

async function fillNewUser(page: Page, formId: string, u: { name: string; password: string }, role?: string) {
  const form = page.getByTestId(formId)
  await form.getByLabel('Nombre').fill(u.name)
  if (role) await form.getByLabel('Función').selectOption(role)
  await form.getByLabel('Contraseña nueva').fill(u.password)
  await form.getByLabel('Repita la contraseña').fill(u.password)
  await form.getByRole('button').click()
}

async function protectWithOwner(page: Page) {
  await page.getByRole('link', { name: 'Usuarios', exact: true }).click()
  await expect(page.getByTestId('protect-form')).toBeVisible()
  await fillNewUser(page, 'protect-form', OWNER)
  await expect(page.getByTestId('user-menu')).toContainText(OWNER.name)
}

async function signIn(page: Page, name: string, password: string) {
  await page.getByRole('radio', { name: new RegExp(name) }).click()
  await page.getByTestId('signin-password').fill(password)
  await page.getByRole('button', { name: 'Entrar' }).click()
}

/**
 * Users and rights as a shop uses them: the owner turns passwords on and adds a clerk; the clerk signs in (a wrong
 * password is refused), may not delete a payment alone, and the owner's password with a reason lets it through
 * once; the audit log names who did it and who authorised it.
 */
test('owner protects the app, a clerk needs the owner to delete a payment', async ({ page, pageErrors }) => {
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.loadDemo('es')
  await protectWithOwner(page)

  await fillNewUser(page, 'add-user-form', CLERK, 'clerk')
  const table = page.getByTestId('users-table')
  await expect(table).toContainText(CLERK.name)
  await expect(table).toContainText('Administrativo')
  await shoot(page, '90-users-page')

  await page.getByTestId('user-menu').getByRole('button', { name: 'Cambiar de usuario' }).click()
  await expect(page.getByRole('heading', { name: '¿Quién va a trabajar?' })).toBeVisible()
  await signIn(page, CLERK.name, 'no-es-esta')
  await expect(page.getByRole('alert')).toContainText('Contraseña incorrecta')
  await shoot(page, '91-users-signin-wrong')
  await signIn(page, CLERK.name, CLERK.password)
  await expect(page.getByTestId('user-menu')).toContainText(CLERK.name)

  await page.getByRole('link', { name: 'Cobros', exact: true }).click()
  const first = page.getByRole('row').nth(1)
  await expect(first).toBeVisible()
  const firstText = (await first.textContent()) ?? ''
  const rowsBefore = await page.getByTestId('payment-delete').count()
  await first.getByTestId('payment-delete').click()
  await page.getByTestId('payment-delete-reason').fill('Anotado dos veces')
  await page.getByTestId('payment-delete-confirm').click()

  const override = page.getByRole('dialog', { name: 'Autorización del propietario' })
  await expect(override).toBeVisible()
  await expect(override).toContainText('eliminar un cobro')
  await override.getByTestId('override-password').fill('otra cosa')
  await override.getByTestId('override-reason').fill('Duplicado del extracto')
  await override.getByRole('button', { name: 'Autorizar' }).click()
  await expect(override.getByRole('alert')).toBeVisible()
  await shoot(page, '92-users-override-refused')
  await override.getByTestId('override-password').fill(OWNER.password)
  await override.getByRole('button', { name: 'Autorizar' }).click()
  await expect(override).toBeHidden()
  await expect(page.getByText(/Cobro de .* eliminado/)).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: firstText })).toHaveCount(0)
  expect(await page.getByTestId('payment-delete').count()).toBeLessThanOrEqual(rowsBefore)

  await page.getByRole('link', { name: 'Registro de auditoría', exact: true }).click()
  const log = page.getByRole('table')
  await expect(log).toContainText('Autorización del propietario')
  await expect(log).toContainText(CLERK.name)
  // The refused owner password is logged under the owner's name; before passwords, work is logged as the owner.
  await expect(log.getByRole('row').filter({ hasText: 'Contraseña incorrecta' }).filter({ hasText: OWNER.name })).toHaveCount(1)
  await expect(log.getByRole('row').filter({ hasText: 'Empresa' })).toContainText('Propietario')
  await shoot(page, '93-users-audit')
  expect(pageErrors).toEqual([])
})

/** Left alone, the app locks after the chosen minutes; the same person unlocks where they were. */
test('inactivity locks the screen; the password unlocks it in place', async ({ page, pageErrors }) => {
  await page.clock.install()
  const setup = new SetupScreen(page)
  await setup.open()
  await setup.loadDemo('es')
  await protectWithOwner(page)
  await page.getByTestId('lock-minutes').fill('2')
  await page.getByTestId('lock-minutes').locator('xpath=ancestor::section[1]').getByRole('button', { name: 'Guardar' }).click()
  await page.getByRole('link', { name: 'Clientes', exact: true }).click()
  await expect(page.getByRole('row').nth(1)).toBeVisible()

  await page.clock.fastForward('01:30')
  await expect(page.getByRole('heading', { name: 'Cobro está bloqueado' })).toBeHidden()
  await page.clock.fastForward('01:00')
  const lock = page.getByRole('heading', { name: 'Cobro está bloqueado' })
  await expect(lock).toBeVisible()
  await shoot(page, '94-users-locked')
  await page.getByTestId('signin-password').fill('mal')
  await page.getByRole('button', { name: 'Desbloquear' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(lock).toBeVisible()
  await page.getByTestId('signin-password').fill(OWNER.password)
  await page.getByRole('button', { name: 'Desbloquear' }).click()
  await expect(lock).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Clientes' })).toBeVisible()
  expect(pageErrors).toEqual([])
})
