// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../renderer/domain/demo'
import { creditNotePdfRequestSchema, invoicePdfRequestSchema } from '../../../electron/contract/schemas'
import { companyInputSchema, customerInputSchema } from '../../../renderer/db/inputs'

/**
 * Whatever the app accepted and saved must print: the IPC contract may not be stricter than the data layer.
 * Checked on every demo document, and on a company and invoice filled to the data layer's maximum lengths.
 */
describe('the document contract accepts every document the app can save', () => {
  for (const country of ['ES', 'RO'] as const) {
    it(`every ${country} demo invoice and credit note passes the PDF request schema`, () => {
      const demo = generateDemo({ country, today: '2026-11-23', customers: 15, months: 6 })
      for (const invoice of demo.invoices.filter((i) => i.lifecycle === 'issued')) {
        const r = invoicePdfRequestSchema.safeParse({ invoice, company: demo.company, mode: 'default', open: false })
        expect(r.success, `${invoice.fullNumber}: ${r.error?.issues[0]?.path.join('.')} ${r.error?.issues[0]?.message}`).toBe(true)
      }
      for (const creditNote of demo.creditNotes) {
        const r = creditNotePdfRequestSchema.safeParse({ creditNote, company: demo.company, mode: 'default', open: false })
        expect(r.success, `${creditNote.fullNumber}: ${r.error?.issues[0]?.path.join('.')}`).toBe(true)
      }
    })
  }

  it('text fields at the data layer maximum length still pass', () => {
    const demo = generateDemo({ country: 'ES', today: '2026-11-23', customers: 3, months: 2 })
    const maxOf = (schema: { shape: Record<string, unknown> }, key: string): number => {
      const field = schema.shape[key] as { _zod?: { def?: unknown } } & { maxLength?: number | null; unwrap?: () => { maxLength?: number | null } }
      const inner = field.unwrap ? field.unwrap() : field
      const max = (inner as { maxLength?: number | null }).maxLength
      if (!max) throw new Error(`no max length found for ${key}`)
      return max
    }
    const long = (n: number) => 'x'.repeat(n)
    const company = { ...demo.company, tradeRegister: long(maxOf(companyInputSchema as never, 'tradeRegister')) }
    const invoice = demo.invoices.find((i) => i.lifecycle === 'issued')!
    const customerMax = maxOf(customerInputSchema as never, 'tradeRegister')
    const filled = { ...invoice, contractRef: long(100), customer: { ...invoice.customer, tradeRegister: long(customerMax) } }
    const r = invoicePdfRequestSchema.safeParse({ invoice: filled, company, mode: 'default', open: false })
    expect(r.success, `${r.error?.issues[0]?.path.join('.')} ${r.error?.issues[0]?.message}`).toBe(true)
  })
})
