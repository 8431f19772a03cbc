import { expect, type Page } from '@playwright/test'

export interface LineData {
  description: string
  quantity: string
  unitPrice: string
  vatRate: string
}

/** The invoice editor, driven from the keyboard where a user would. */
export class InvoiceEditor {
  constructor(private readonly page: Page) {}

  async pickCustomer(name: string): Promise<void> {
    const input = this.page.getByTestId('invoice-customer')
    await input.fill(name)
    await expect(this.page.getByRole('option').first()).toContainText(name)
    await input.press('Enter')
  }

  async addLine(i: number, line: LineData): Promise<void> {
    const p = this.page
    if ((await p.getByTestId(`invoice-line-${i}-description`).count()) === 0) await p.getByTestId('invoice-line-add').click()
    await p.getByTestId(`invoice-line-${i}-description`).fill(line.description)
    await p.getByTestId(`invoice-line-${i}-quantity`).fill(line.quantity)
    await p.getByTestId(`invoice-line-${i}-unitPrice`).fill(line.unitPrice)
    await p.getByTestId(`invoice-line-${i}-vatRate`).selectOption(line.vatRate)
  }

  async issue(): Promise<void> {
    await this.page.getByTestId('invoice-issue').click()
  }
}
