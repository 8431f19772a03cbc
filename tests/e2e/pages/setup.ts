import { expect, type Page } from '@playwright/test'

export interface CompanyData {
  country: 'ES' | 'RO'
  legalName: string
  taxId: string
  tradeRegister?: string
  street: string
  postalCode: string
  city: string
  region: string
  iban: string
  bankName?: string
  uiLanguage?: 'es' | 'ro' | 'en'
}

export const SPANISH_COMPANY: CompanyData = {
  country: 'ES',
  legalName: 'Distribuciones Ebro, S.L.',
  taxId: 'B12345674',
  street: 'Calle del Pilar 12',
  postalCode: '50003',
  city: 'Zaragoza',
  region: 'Zaragoza',
  iban: 'ES91 2100 0418 4502 0005 1332',
  bankName: 'CaixaBank',
  uiLanguage: 'es',
}

/** The first-run screen: company setup or the demo company. */
export class SetupScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/')
    await expect(this.page.getByTestId('setup-form')).toBeVisible()
  }

  async fill(c: CompanyData): Promise<void> {
    const p = this.page
    await p.getByTestId('setup-country').selectOption(c.country)
    await p.getByTestId('setup-legalName').fill(c.legalName)
    await p.getByTestId('setup-taxId').fill(c.taxId)
    if (c.tradeRegister) await p.getByTestId('setup-tradeRegister').fill(c.tradeRegister)
    await p.getByTestId('setup-street').fill(c.street)
    await p.getByTestId('setup-postalCode').fill(c.postalCode)
    await p.getByTestId('setup-city').fill(c.city)
    await p.getByTestId('setup-region').fill(c.region)
    await p.getByTestId('setup-iban').fill(c.iban)
    if (c.bankName) await p.getByTestId('setup-bankName').fill(c.bankName)
    if (c.uiLanguage) await p.getByTestId('setup-uiLanguage').selectOption(c.uiLanguage)
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('setup-submit').click()
  }

  async loadDemo(country: 'es' | 'ro'): Promise<void> {
    await this.page.getByTestId(`demo-${country}`).click()
    await expect(this.page.locator('.shell')).toBeVisible({ timeout: 120_000 })
  }
}
