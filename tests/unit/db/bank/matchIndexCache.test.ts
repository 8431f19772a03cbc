/**
 * The match index kept between calls (issue 7, matchIndexCache.ts): handed out again only while none of the tables it
 * is built from was written, then equal to one built afresh; a write to any of them (customers, open items through a
 * payment, payer accounts, promises) gives an index built again, equal to a fresh one; and a live query (the bank
 * queue) that got a kept index is still run again when one of those tables changes.
 */
import { liveQuery } from 'dexie'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { loadMatchIndex } from '../../../../renderer/db/repos/bank/match'
import { logInteraction } from '../../../../renderer/db/repos/interactions'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import type { MatchIndex } from '../../../../renderer/domain/bank/matching'
import type { Invoice } from '../../../../renderer/domain/types'
import { freshCtx } from '../helpers'
import { indexFromFullRows } from './referenceIndex'

const TODAY = '2026-11-23'

/** What a proposal depends on, as plain data (invoices with their figures, lookup tables as ids in order). */
function shape(index: MatchIndex) {
  const ids = <K,>(m: Map<K, Array<{ id: string }>>) => [...m].map(([k, list]) => [k, list.map((i) => i.id)])
  return {
    invoices: [...index.invoices.values()].map((i) => [i.id, i.customerId, i.currency, i.openAmount, i.dueDate, i.earlyDiscount, i.totals.total, i.discountTaken]),
    openByCustomer: ids(index.openByCustomer),
    byFull: ids(index.byFull),
    byAmount: ids(index.byAmount),
    customers: [...index.customers.values()].map((c) => [c.id, c.code, c.legalName, c.tradeName, c.taxId]),
    names: [...index.names.tokensOf],
    payerByIban: [...index.payerByIban].map(([k, s]) => [k, [...s]]),
    payerByTaxId: [...index.payerByTaxId].map(([k, s]) => [k, [...s]]),
    promisesByAmount: [...index.promisesByAmount].map(([k, list]) => [k, list.map((p) => p.id)]),
  }
}

/** Built afresh from the tables, as loadMatchIndex did before it kept anything. */
async function fresh(ctx: Ctx, today: string) {
  return shape(await indexFromFullRows(ctx, today))
}

async function demo(): Promise<Ctx> {
  const ctx = freshCtx()
  await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 10, months: 6, seed: 3 })
  return ctx
}

const oneOpen = async (ctx: Ctx) => (await ctx.db.invoices.where('[isOpen+dueDate]').between([1, ''], [1, '\uffff']).first()) as Invoice

describe('match index kept between calls', () => {
  it('is handed out again until a table it is built from is written, then built again as a fresh one would be', async () => {
    const ctx = await demo()
    const first = await loadMatchIndex(ctx, TODAY)
    expect(shape(first)).toEqual(await fresh(ctx, TODAY))
    // Writes elsewhere (the bank lines of an import, the audit) keep it.
    await ctx.db.bankLines.put({ id: 'x', importId: 'i', accountIban: '', seq: 1, bookingDate: TODAY, valueDate: TODAY, amount: 1, currency: 'EUR', remittance: '', counterpartyName: '', counterpartyIban: '', counterpartyTaxId: '', bankReference: '', typeCode: '', status: 'unmatched', paymentId: '', note: '', decidedBy: '', decidedAt: '' })
    expect(await loadMatchIndex(ctx, TODAY)).toBe(first)
    // Another day has an index of its own (the promises' window), and today's is still kept.
    const other = await loadMatchIndex(ctx, '2026-08-01')
    expect(other).not.toBe(first)
    expect(shape(other)).toEqual(await fresh(ctx, '2026-08-01'))
    expect(await loadMatchIndex(ctx, TODAY)).toBe(first)

    const inv = await oneOpen(ctx)
    const writes: Array<[string, () => Promise<unknown>]> = [
      ['a payment (open items)', () => recordPayment(ctx, { customerId: inv.customerId, date: TODAY, amount: 100, method: 'transfer', reference: 'r', allocations: [{ invoiceId: inv.id, amount: 100, discount: 0 }] })],
      ['a renamed customer', () => ctx.db.customers.update(inv.customerId, { legalName: 'Almacenes Renombrados Ejemplo, S.L.' })],
      ['a payer learned', () => ctx.db.payerAccounts.add({ key: 'iban:ES7921000813610123456789', customerId: inv.customerId, learnedAt: '2026-11-23T10:00:00.000Z', source: 'manual' })],
      ['a promise', () => logInteraction(ctx, { customerId: inv.customerId, type: 'promise', promiseDate: '2026-11-25', promiseAmount: 123_45, today: TODAY })],
    ]
    let before = await loadMatchIndex(ctx, TODAY)
    for (const [what, write] of writes) {
      await write()
      const after = await loadMatchIndex(ctx, TODAY)
      expect(after, what).not.toBe(before)
      expect(shape(after), what).toEqual(await fresh(ctx, TODAY))
      expect(await loadMatchIndex(ctx, TODAY), what).toBe(after)
      before = after
    }
  }, 60_000)

  it('keeps a live query that got a kept index observing the tables it is built from', async () => {
    const ctx = await demo()
    const warm = await loadMatchIndex(ctx, TODAY)
    const seen: MatchIndex[] = []
    const sub = liveQuery(() => loadMatchIndex(ctx, TODAY)).subscribe({ next: (i) => seen.push(i) })
    try {
      await expect.poll(() => seen.length).toBe(1)
      expect(seen[0]).toBe(warm)
      const inv = await oneOpen(ctx)
      await recordPayment(ctx, { customerId: inv.customerId, date: TODAY, amount: inv.openAmount, method: 'transfer', reference: 'r', allocations: [{ invoiceId: inv.id, amount: inv.openAmount, discount: 0 }] })
      await expect.poll(() => seen.length).toBe(2)
      expect(seen[1]?.invoices.has(inv.id)).toBe(false)
      expect(shape(seen[1]!)).toEqual(await fresh(ctx, TODAY))
      await ctx.db.customers.update(inv.customerId, { tradeName: 'Otro Nombre' })
      await expect.poll(() => seen.length).toBe(3)
      expect(seen[2]?.customers.get(inv.customerId)?.tradeName).toBe('Otro Nombre')
    } finally {
      sub.unsubscribe()
    }
  }, 60_000)
})
