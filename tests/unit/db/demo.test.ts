import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { customerOverdue, topDebtors } from '../../../renderer/db/repos/customers'
import { countByStatus, listInvoices } from '../../../renderer/db/repos/invoices'
import { generateDemo, planDemo, demoChunks } from '../../../renderer/domain/demo'
import { invoiceStatus } from '../../../renderer/domain/invoiceStatus'
import type { Invoice, InvoiceStatus } from '../../../renderer/domain/types'
import { checkDemoInvariants } from './demoChecks'
import { dump, expectRefused, freshCtx } from './helpers'

const TODAY = '2026-11-23'

function newestFirst(a: Invoice, b: Invoice): number {
  return a.issueDate === b.issueDate ? (a.id < b.id ? 1 : -1) : a.issueDate < b.issueDate ? 1 : -1
}

describe.each(['ES', 'RO'] as const)('demo company %s', (country) => {
  it('loads a realistic year with consistent figures, valid ids and gap-free numbers', async () => {
    const ctx = freshCtx()
    const progress: number[] = []
    await loadDemoCompany(ctx, { country, today: TODAY, customersPerChunk: 15, onProgress: (done) => progress.push(done) })
    expect(progress).toEqual([15, 30, 40])
    const data = await checkDemoInvariants(ctx)
    expect(data.company.country).toBe(country)
    expect(data.customers.length).toBe(40)
    expect(data.products.length).toBeGreaterThanOrEqual(28)
    expect(data.invoices.length).toBeGreaterThanOrEqual(600)
    expect(data.invoices.length).toBeLessThanOrEqual(900)
    expect(data.payments.length).toBeGreaterThan(300)
    expect(data.creditNotes.length).toBeGreaterThanOrEqual(5)
    expect(data.creditNotes.some((n) => n.totals.total === data.invoices.find((i) => i.id === n.invoiceId)?.totals.total)).toBe(true)
    expect(data.interactions.filter((i) => i.promiseDate !== '').length).toBeGreaterThanOrEqual(1)
    expect(data.invoices.filter((i) => i.lifecycle === 'draft').length).toBe(2)
    expect(data.invoices.every((i) => i.issueDate <= TODAY && i.issueDate >= '2025-11-24')).toBe(true)
    expect(data.payments.every((p) => p.date <= TODAY)).toBe(true)
    if (country === 'ES') expect(data.customers.filter((c) => c.recargoEquivalencia).length).toBeGreaterThanOrEqual(3)
    else expect(data.customers.filter((c) => c.address.city === 'București').length).toBeGreaterThanOrEqual(5)
    expect(data.customers.filter((c) => c.requiresPO).length).toBeGreaterThanOrEqual(1)
    expect(new Set(data.customers.map((c) => JSON.stringify(c.terms) + c.paymentDays.join())).size).toBeGreaterThanOrEqual(4)

    // Statuses: counts from the indexes agree with the status of every row; every kind is present.
    const brute: Record<InvoiceStatus, number> = { draft: 0, open: 0, overdue: 0, partiallyPaid: 0, paid: 0, credited: 0, cancelled: 0 }
    for (const inv of data.invoices) brute[invoiceStatus(inv, TODAY)] += 1
    expect(await countByStatus(ctx, TODAY)).toEqual(brute)
    expect(brute.overdue).toBeGreaterThanOrEqual(10)
    expect(brute.open).toBeGreaterThanOrEqual(20)
    expect(brute.credited).toBeGreaterThanOrEqual(1)
    expect(brute.paid).toBeGreaterThan(data.invoices.length / 2)

    const overdueOf = new Map<string, number>()
    for (const inv of data.invoices) {
      if (invoiceStatus(inv, TODAY) === 'overdue') overdueOf.set(inv.customerId, (overdueOf.get(inv.customerId) ?? 0) + inv.openAmount)
    }
    for (const c of data.customers) expect(await customerOverdue(ctx, c.id, TODAY)).toBe(overdueOf.get(c.id) ?? 0)
    const byBalance = data.customers.map((c) => c.balance).filter((b) => b > 0).sort((a, b) => b - a)
    expect((await topDebtors(ctx, 5)).map((c) => c.balance)).toEqual(byBalance.slice(0, 5))
  })
})

describe('demo listing', () => {
  it('pages every status by key, newest first, exactly like a full sort', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 12, months: 6, seed: 7 })
    const all = (await ctx.db.invoices.toArray()).sort(newestFirst)
    const statuses: (InvoiceStatus | 'all')[] = ['all', 'draft', 'open', 'overdue', 'partiallyPaid', 'paid', 'credited']
    for (const status of statuses) {
      const pages: Invoice[] = []
      let after: { issueDate: string; id: string } | undefined
      for (let guard = 0; guard < 100; guard++) {
        const page = await listInvoices(ctx, { status, asOf: TODAY, limit: 13, after })
        pages.push(...page)
        const last = page[page.length - 1]
        if (page.length < 13 || !last) break
        after = { issueDate: last.issueDate, id: last.id }
      }
      const expected = all.filter((i) => status === 'all' || invoiceStatus(i, TODAY) === status)
      expect(pages.map((i) => i.id), status).toEqual(expected.map((i) => i.id))
    }
    const customerId = all[0]!.customerId
    const mine = await listInvoices(ctx, { customerId, status: 'paid', asOf: TODAY, limit: 500 })
    expect(mine.map((i) => i.id)).toEqual(all.filter((i) => i.customerId === customerId && invoiceStatus(i, TODAY) === 'paid').map((i) => i.id))
    const one = all.find((i) => i.lifecycle === 'issued')!
    expect((await listInvoices(ctx, { search: one.fullNumber, asOf: TODAY, limit: 5 })).map((i) => i.id)).toEqual([one.id])
    expect((await listInvoices(ctx, { search: String(one.number), asOf: TODAY, limit: 500 })).map((i) => i.id)).toContain(one.id)
    const word = one.customer.legalName.split(' ')[0]!
    const byName = await listInvoices(ctx, { search: word.slice(0, 4), asOf: TODAY, limit: 500 })
    expect(byName.length).toBeGreaterThan(0)
    expect(byName.every((i) => i.customer.legalName.toLowerCase().includes(word.slice(0, 4).toLowerCase()))).toBe(true)
  })
})

describe('demo generator', () => {
  it('is deterministic: same seed, identical rows; another seed, other data', async () => {
    const a = freshCtx()
    const b = freshCtx()
    await loadDemoCompany(a, { country: 'RO', today: TODAY, seed: 42, customers: 10, months: 4 })
    await loadDemoCompany(b, { country: 'RO', today: TODAY, seed: 42, customers: 10, months: 4 })
    expect(await dump(a.db)).toEqual(await dump(b.db))
    const x = generateDemo({ country: 'RO', today: TODAY, seed: 43, customers: 10, months: 4 })
    const y = generateDemo({ country: 'RO', today: TODAY, seed: 42, customers: 10, months: 4 })
    expect(x.customers.map((c) => c.taxId)).not.toEqual(y.customers.map((c) => c.taxId))
    expect(y.customers.map((c) => c.taxId)).toEqual((await a.db.customers.toArray()).map((c) => c.taxId))
  })

  it('its consistency checks catch a figure that is off by one cent', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 4, months: 3 })
    await checkDemoInvariants(ctx)
    const c = (await ctx.db.customers.toArray())[0]!
    await ctx.db.customers.update(c.id, { balance: c.balance + 1 })
    await expect(checkDemoInvariants(ctx)).rejects.toThrow()
  })

  it('writes the company row last, so the app leaves the setup screen only once the demo is complete', async () => {
    const ctx = freshCtx()
    const seenDuringLoad: boolean[] = []
    await loadDemoCompany(ctx, {
      country: 'ES', today: TODAY, customers: 6, months: 2, customersPerChunk: 2,
      onProgress: () => void ctx.db.company.count().then((n) => seenDuringLoad.push(n > 0)),
    })
    expect(seenDuringLoad.length).toBeGreaterThanOrEqual(3)
    expect(seenDuringLoad.every((present) => !present)).toBe(true)
    expect(await ctx.db.company.count()).toBe(1)
  })

  it('refuses to load over existing data unless asked to replace it', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 3, months: 2 })
    await expectRefused(ctx, () => loadDemoCompany(ctx, { country: 'RO', today: TODAY, customers: 3, months: 2 }), 'data.demo.notEmpty')
    await loadDemoCompany(ctx, { country: 'RO', today: TODAY, customers: 3, months: 2, replace: true })
    expect((await ctx.db.company.get('company'))?.country).toBe('RO')
    await checkDemoInvariants(ctx)
    await expect(loadDemoCompany(freshCtx(), { country: 'ES', today: '2026-02-30' })).rejects.toMatchObject({ code: 'date.invalid' })
    await expect(loadDemoCompany(freshCtx(), { country: 'ES', today: TODAY, customers: 0 })).rejects.toMatchObject({ code: 'data.demo.invalidOptions' })
  })

  it('scales by parameters: the benchmark size is planned in numbers and generated in chunks', () => {
    const plan = planDemo({ country: 'ES', today: TODAY, customers: 2000, months: 12, invoicesPerCustomerMonth: 8.33 })
    const planned = plan.customers.reduce((s, c) => s + c.invoices.length, 0)
    expect(planned).toBeGreaterThan(190_000)
    expect(planned).toBeLessThan(210_000)
    expect(new Set(plan.customers.map((c) => c.demo.customer.legalName)).size).toBe(2000)
    const first = demoChunks(plan, 20).next()
    expect(first.done).toBe(false)
    if (!first.done) {
      expect(first.value.customers.map((c) => c.id)).toEqual(plan.customers.slice(0, 20).map((c) => c.demo.customer.id))
      expect(first.value.invoices.filter((i) => i.lifecycle === 'issued').length).toBe(
        plan.customers.slice(0, 20).reduce((s, c) => s + c.invoices.length, 0),
      )
    }
  })
})
