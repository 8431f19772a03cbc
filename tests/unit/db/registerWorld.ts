/** A demo company for the sales register tests (registerRows.test.ts, registerExport.test.ts). */
import { expect } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { requireCompany } from '../../../renderer/db/repos/company'
import { issueCreditNote } from '../../../renderer/db/repos/creditNotes'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { cancelInvoice } from '../../../renderer/db/repos/invoiceCancel'
import { issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { VAT_RATES } from '../../../renderer/domain/tax'
import type { Country } from '../../../renderer/domain/types'
import { customerInput, freshCtx, line } from './helpers'

/**
 * A demo company plus what the demo lacks: every VAT rate (and recargo in ES), other-currency invoices in RO, operation
 * dates, a credit note on a day with invoices, two cancelled invoices in ES (one alone on the last day).
 */
export async function registerWorld(country: Country): Promise<Ctx> {
  const ctx = freshCtx()
  await loadDemoCompany(ctx, { country, today: '2026-10-04', customers: 8, months: 6, seed: 5 })
  const company = await requireCompany(ctx)
  const customer = await createCustomer(ctx, customerInput(country === 'ES' ? { recargoEquivalencia: true } : { taxId: 'RO14399840', address: { street: 'Str. Mare 1', city: 'Cluj', postalCode: '400001', region: 'Cluj', country: 'RO' } }))
  const lines = VAT_RATES[country].map((vatRate, i) => line({ quantity: 1 + i, unitPrice: 1234 + 17 * i, vatRate }))
  const currency = country === 'RO' ? ('EUR' as const) : undefined
  for (const [i, issueDate] of ['2026-10-05', '2026-10-05', '2026-11-02'].entries()) {
    const d = await saveDraft(ctx, { customerId: customer.id, issueDate, deliveryDate: i === 0 ? '2026-10-01' : '', lines, currency, exchangeRate: currency ? [4.9751, 4.9761, 4.9771][i]! : null })
    await issueInvoice(ctx, d.id)
  }
  // A credit note on the day of another invoice: the register merges it in by number.
  const first = (await ctx.db.invoices.where('customerId').equals(customer.id).toArray()).find((i) => i.issueDate === '2026-10-05')!
  await issueCreditNote(ctx, { invoiceId: first.id, issueDate: '2026-11-02', reason: 'Devolución', lines: [line({ quantity: 1, unitPrice: 500, vatRate: VAT_RATES[country][0]! })] })
  if (country === 'ES') {
    // Cancelled invoices (anuladas): they leave the day rows of registerRows but stay in the register, marked
    // cancelled with zero amounts. One on a day of other invoices, one alone on the last day of the history (a
    // day without a day row, after the last one: the whole-history count must still find it).
    for (const [issueDate, reason] of [['2026-11-02', 'Emitida por error'], ['2026-11-20', 'Cliente equivocado']] as const) {
      const d = await saveDraft(ctx, { customerId: customer.id, issueDate, lines: lines.slice(0, 1) })
      await cancelInvoice(ctx, (await issueInvoice(ctx, d.id)).id, { reason })
    }
  }
  expect(company.currency).toBe(country === 'ES' ? 'EUR' : 'RON')
  return ctx
}

