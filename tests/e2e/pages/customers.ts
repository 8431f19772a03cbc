import { expect, type Page } from '@playwright/test'

export interface CustomerData {
  legalName: string
  taxId: string
  street: string
  postalCode: string
  city: string
  region: string
  termsKind?: 'immediate' | 'net' | 'endOfMonth'
  termsDays?: number
  paymentDays?: string
  earlyPercent?: string
  earlyDays?: string
  creditLimit?: string
  requiresPO?: boolean
  recargo?: boolean
  language?: 'es' | 'ro' | 'en'
}

export class CustomerForm {
  constructor(private readonly page: Page) {}

  async openNew(): Promise<void> {
    await this.page.goto('/#/customers/new')
    await expect(this.page.getByTestId('customer-form')).toBeVisible()
  }

  async fill(c: CustomerData): Promise<void> {
    const p = this.page
    await p.getByTestId('customer-legalName').fill(c.legalName)
    await p.getByTestId('customer-taxId').fill(c.taxId)
    await p.getByTestId('customer-street').fill(c.street)
    await p.getByTestId('customer-postalCode').fill(c.postalCode)
    await p.getByTestId('customer-city').fill(c.city)
    await p.getByTestId('customer-region').fill(c.region)
    if (c.language) await p.getByTestId('customer-language').selectOption(c.language)
    if (c.termsKind) await p.getByTestId('customer-termsKind').selectOption(c.termsKind)
    if (c.termsDays !== undefined) await p.getByTestId('customer-termsDays').fill(String(c.termsDays))
    if (c.paymentDays) await p.getByTestId('customer-paymentDays').fill(c.paymentDays)
    if (c.earlyPercent) await p.getByTestId('customer-earlyPercent').fill(c.earlyPercent)
    if (c.earlyDays) await p.getByTestId('customer-earlyDays').fill(c.earlyDays)
    if (c.creditLimit) await p.getByTestId('customer-creditLimit').fill(c.creditLimit)
    if (c.requiresPO) await p.getByTestId('customer-requiresPO').check()
    if (c.recargo) await p.getByTestId('customer-recargoEquivalencia').check()
  }

  async save(): Promise<void> {
    await this.page.getByTestId('customer-submit').click()
  }
}
