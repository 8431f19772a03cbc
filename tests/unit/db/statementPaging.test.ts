/**
 * The customer page's statement, a key page at a time (repos/statementPage.ts), against the whole ledger
 * (customerLedger): the pages put together are the same rows, in the same order, with the same balances, whatever
 * the page size; each page starts on a whole day and the last one opens at 0.
 */
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { saveCompany } from '../../../renderer/db/repos/company'
import { issueCreditNote } from '../../../renderer/db/repos/creditNotes'
import { createCustomer, getCustomer } from '../../../renderer/db/repos/customers'
import { issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { customerLedger, type LedgerRow } from '../../../renderer/db/repos/statement'
import { statementPage, statementPages, type StatementPage } from '../../../renderer/db/repos/statementPage'
import { customerInput, ES_COMPANY, esSetup, freshCtx, line } from './helpers'

const TODAY = '2026-11-23'

/** Every page, newest first, walked by the cursors. */
async function walk(ctx: Ctx, customerId: string, limit: number): Promise<StatementPage[]> {
  const pages = [await statementPage(ctx, customerId, { limit })]
  for (let next = pages[0]!.next; next; next = pages[pages.length - 1]!.next) {
    pages.push(await statementPage(ctx, customerId, { after: next, limit }))
    expect(pages.length).toBeLessThan(5000)
  }
  return pages
}

async function expectSameAsLedger(ctx: Ctx, customerId: string, limit: number): Promise<StatementPage[]> {
  const full = await customerLedger(ctx, customerId)
  const pages = await walk(ctx, customerId, limit)
  const drafts = await ctx.db.invoices.where('customerId').equals(customerId).filter((i) => i.lifecycle === 'draft').count()
  const rows: LedgerRow[] = pages.flatMap((p) => p.rows.slice().reverse()).reverse()
  expect(rows).toEqual(full)
  expect(pages.at(-1)!.opening).toBe(0)
  expect(pages.at(-1)!.next).toBeNull()
  pages.forEach((p, i) => {
    // The cursor of a page is its first day and its opening balance; the earlier page ends there, whole days only.
    if (p.next) {
      expect(p.next).toEqual({ before: p.rows[0]!.date, balance: p.opening })
      const earlier = pages[i + 1]!
      expect(earlier.rows.every((r) => r.date < p.next!.before)).toBe(true)
      expect(earlier.rows.at(-1)?.balance ?? earlier.opening).toBe(p.opening)
      // A page holds at least `limit` documents (discounts come on top) unless it is the last; drafts are read
      // with the invoices (and take room in a page) but are not listed.
      expect(p.rows.filter((r) => r.kind !== 'discount').length).toBeGreaterThanOrEqual(limit - drafts)
    }
  })
  return pages
}

describe('statementPage', () => {
  it.each(['ES', 'RO'] as const)('pages every demo customer (%s) exactly as the whole ledger, at any page size', async (country) => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country, today: TODAY, customersPerChunk: 40 })
    const customers = await ctx.db.customers.toArray()
    let discounts = 0
    let multiPage = 0
    for (const c of customers) {
      for (const limit of [1, 3, 8, 50]) {
        const pages = await expectSameAsLedger(ctx, c.id, limit)
        if (limit === 8 && pages.length > 1) multiPage += 1
      }
      discounts += (await customerLedger(ctx, c.id)).filter((r) => r.kind === 'discount').length
    }
    // The data exercise what the pages must get right: discounts, several pages per customer.
    expect(discounts).toBeGreaterThan(0)
    expect(multiPage).toBeGreaterThan(10)
  }, 120_000)

  it('keeps a busy day whole, names discounts of invoices from earlier pages, and skips drafts', async () => {
    const ctx = freshCtx()
    await saveCompany(ctx, ES_COMPANY)
    const c = await createCustomer(ctx, customerInput({ legalName: 'Pronto Pago, S.L.', earlyDiscount: { percent: 200, days: 10 } }))
    const issue = async (issueDate: string, unitPrice: number) => {
      const d = await saveDraft(ctx, { customerId: c.id, issueDate, lines: [line({ quantity: 1, unitPrice, vatRate: 0 })] })
      return issueInvoice(ctx, d.id)
    }
    const old = await issue('2026-09-01', 10000)
    await saveDraft(ctx, { customerId: c.id, issueDate: '2026-09-02', lines: [line({ quantity: 1, unitPrice: 999, vatRate: 0 })] })
    // Five movements on one day, then a payment taking the early discount of the old invoice.
    const sameDay = []
    for (const price of [1000, 2000, 3000]) sameDay.push(await issue('2026-09-05', price))
    await recordPayment(ctx, { customerId: c.id, date: '2026-09-05', amount: 2000, reference: 'A', allocations: [{ invoiceId: sameDay[1]!.id, amount: 2000 }] })
    const credited = await issue('2026-09-05', 4000)
    await issueCreditNote(ctx, { invoiceId: credited.id, issueDate: '2026-09-07', reason: 'Rotura', lines: [line({ quantity: 1, unitPrice: 500, vatRate: 0 })] })
    await recordPayment(ctx, { customerId: c.id, date: '2026-09-08', amount: 9800, applyDiscounts: true, reference: 'TR-9' })

    for (const limit of [1, 2, 3, 4, 5, 6, 20]) await expectSameAsLedger(ctx, c.id, limit)
    const [latest] = await walk(ctx, c.id, 1)
    // The newest day alone: the payment and its discount, named after the invoice issued a week before.
    expect(latest!.rows.map((r) => [r.date, r.kind, r.reference])).toEqual([
      ['2026-09-08', 'payment', 'TR-9'],
      ['2026-09-08', 'discount', old.fullNumber],
    ])
    expect(latest!.rows.at(-1)!.balance).toBe((await getCustomer(ctx, c.id))!.balance)
    // Limit 2 from 09-07: the credit note and the whole of 09-05 (five movements), not a part of it.
    const second = await statementPage(ctx, c.id, { after: latest!.next!, limit: 2 })
    expect(second.rows.map((r) => r.date)).toEqual(['2026-09-05', '2026-09-05', '2026-09-05', '2026-09-05', '2026-09-05', '2026-09-07'])
    expect(second.next?.before).toBe('2026-09-05')
  })

  it('has no earlier page when only drafts are older, and an empty first page without movements', async () => {
    const { ctx, customer } = await esSetup()
    expect(await statementPage(ctx, customer.id)).toEqual({ rows: [], opening: 0, next: null })
    await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-08-01', lines: [line()] })
    const d = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-01', lines: [line()] })
    await issueInvoice(ctx, d.id)
    const page = await statementPage(ctx, customer.id, { limit: 1 })
    expect(page.rows.map((r) => r.kind)).toEqual(['invoice'])
    expect(page.next).toBeNull()
  })

  it('statementPages puts the first pages together, ending at the customer balance', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customersPerChunk: 40 })
    const [top] = await ctx.db.customers.orderBy('balance').reverse().limit(1).toArray()
    const full = await customerLedger(ctx, top!.id)
    const one = await statementPages(ctx, top!.id, 1, 10)
    const three = await statementPages(ctx, top!.id, 3, 10)
    expect(one.rows.length).toBeGreaterThanOrEqual(10)
    expect(one.rows.length).toBeLessThan(full.length)
    expect(three.rows.length).toBeGreaterThan(one.rows.length)
    for (const part of [one, three]) {
      expect(part.rows).toEqual(full.slice(full.length - part.rows.length))
      expect(part.opening).toBe(full[full.length - part.rows.length - 1]?.balance ?? 0)
      expect(part.rows.at(-1)!.balance).toBe(top!.balance)
    }
    const all = await statementPages(ctx, top!.id, 10_000, 10)
    expect(all).toEqual({ rows: full, opening: 0, next: null })
  }, 60_000)
})
