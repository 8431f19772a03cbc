/**
 * The work queue reads only the window's promises and each customer's two latest interactions (maintained in
 * `lastContacts`), not years of history (renderer/db/repos/collections/queue.ts). At the benchmark's shape (years of calls, e-mails and notes per customer,
 * on top of the demo's recent collections work) and with crafted histories (contact only before the oldest open
 * invoice, a follow-up after a promise, a promise logged after its own date), it must equal computeQueue over every
 * row of every table, on several days.
 */
import { describe, expect, it } from 'vitest'
import { topUpInteractions } from '../../../../renderer/bench/topUp'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { loadQueueInput, loadWorkQueue } from '../../../../renderer/db/repos/collections/queue'
import { backfillLastContacts, bulkPutInteractions, interactionWriteTables } from '../../../../renderer/db/repos/lastContacts'
import { addDays } from '../../../../renderer/domain/dates'
import { computeQueue } from '../../../../renderer/domain/collections/queue'
import type { Interaction } from '../../../../renderer/domain/types'
import { freshCtx } from '../helpers'
import { bruteForceInput } from './fixtures'

const TODAY = '2026-11-23'


function interaction(customerId: string, id: string, at: string, over: Partial<Interaction> = {}): Interaction {
  return { id, customerId, type: 'note', at, outcome: '', text: 'Nota', invoiceIds: [], promiseDate: '', promiseAmount: null, user: 'test', ...over }
}

describe('work queue over a long interaction history', () => {
  it('equals computeQueue over full table scans while reading two interactions per customer', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY, customers: 30, months: 30, seed: 5 })
    await topUpInteractions(ctx, { customers: 30, months: 30, invoicesPerCustomerMonth: 1.67, seed: 5, today: TODAY, interactionsTarget: 3000 })
    const open = await ctx.db.openItems.toArray()
    const oldest = (id: string) => open.filter((i) => i.customerId === id).map((i) => i.issueDate).sort()[0]!
    // Debtors with the oldest open invoices first (late payers: no-contact and promises concern them).
    const debtors = [...new Set(open.map((i) => i.customerId))].sort((x, y) => oldest(x).localeCompare(oldest(y)))
    expect(debtors.length).toBeGreaterThan(5)
    const [a, b, c, d] = debtors as [string, string, string, string]

    // The app never deletes interactions: start a, c and d from an empty history (and rebuild their latest contacts
    // as the v9 upgrade does), then add the crafted ones through the app's write path.
    await ctx.db.interactions.where('customerId').anyOf([a, c, d]).delete()
    await ctx.db.transaction('rw', [ctx.db.interactions, ctx.db.lastContacts], (tx) => backfillLastContacts(tx))
    const add = (rows: Interaction[]) => ctx.db.transaction('rw', interactionWriteTables(ctx.db), () => bulkPutInteractions(ctx.db, rows))
    // a: contact only before its oldest open invoice (no contact since) — the history before it must not count.
    await add([interaction(a, 'a-1', `${addDays(oldest(a), -40)}T09:00:00.000Z`), interaction(a, 'a-2', `${addDays(oldest(a), -3)}T09:00:00.000Z`)])
    // b: a promise long past its grace, then a follow-up call after the promise date: not broken.
    await add([
      interaction(b, 'b-p', '2026-10-01T10:00:00.000Z', { type: 'promise', promiseDate: '2026-10-10', promiseAmount: 1_000_00 }),
      interaction(b, 'b-f', '2026-10-20T10:00:00.000Z', { type: 'call', outcome: 'reached' }),
    ])
    // c: a promise logged after its own date (imported data) is the latest row; the note before it, still after the
    // promise date, is the follow-up: not broken (it takes the second latest row to see it).
    await add([
      interaction(c, 'c-p', '2026-11-15T10:00:00.000Z', { type: 'promise', promiseDate: '2026-11-01', promiseAmount: 1_00 }),
      interaction(c, 'c-n', '2026-11-10T08:00:00.000Z'),
    ])
    // d: a promise with nothing logged or paid after it: broken.
    await add([
      interaction(d, 'd-n', '2026-09-20T08:00:00.000Z'),
      interaction(d, 'd-p', '2026-10-01T10:00:00.000Z', { type: 'promise', promiseDate: '2026-10-10', promiseAmount: 500_00 }),
    ])
    await ctx.db.payments.bulkDelete(await ctx.db.payments.where('[customerId+date]').between([d, '2026-10-01'], [d, '\uffff']).primaryKeys())

    // The maintained latest contacts are each customer's two newest interactions, as a full read gives them.
    const all = (await ctx.db.interactions.toArray()).sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : x.id < y.id ? 1 : -1))
    for (const row of await ctx.db.lastContacts.toArray()) {
      expect(row.latest.map((i) => i.id), row.customerId).toEqual(all.filter((i) => i.customerId === row.customerId).slice(0, 2).map((i) => i.id))
    }
    expect(await ctx.db.lastContacts.count()).toBe(new Set(all.map((i) => i.customerId)).size)

    for (const day of [TODAY, addDays(TODAY, 1), addDays(TODAY, 20), addDays(TODAY, 90)]) {
      const viaIndexes = await loadWorkQueue(ctx, day)
      expect(viaIndexes, day).toEqual(computeQueue(await bruteForceInput(ctx), day))
    }
    const queue = await loadWorkQueue(ctx, TODAY)
    expect(queue.find((q) => q.customerId === a)?.noContact.length ?? 0).toBeGreaterThan(0)
    expect((queue.find((q) => q.customerId === b)?.brokenPromises ?? []).map((p) => p.interactionId)).not.toContain('b-p')
    expect((queue.find((q) => q.customerId === c)?.brokenPromises ?? []).map((p) => p.interactionId)).not.toContain('c-p')
    expect(queue.find((q) => q.customerId === d)?.brokenPromises.map((p) => p.interactionId)).toContain('d-p')

    // What was read: at most two interactions per customer plus the window's promises, not the history.
    const input = await loadQueueInput(ctx, TODAY)
    const promises = input.interactions.filter((i) => i.promiseDate !== '').length
    expect(input.interactions.length).toBeLessThanOrEqual(2 * input.customers.length + promises)
    expect(await ctx.db.interactions.count()).toBeGreaterThan(5 * input.interactions.length)
  }, 60_000)
})
