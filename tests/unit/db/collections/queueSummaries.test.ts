/**
 * The work queue reads the customers with open invoices from their summaries (schema v10), balances and latest
 * contacts included, not their whole rows. After random mixes of invoice writes, payments (some left on account: the
 * balance moves, no invoice does), credit notes, bank matches, reversals, cancellations, logged calls, refusals and
 * customer edits (name, language, profile, credit limit), with promises, snoozes and a customer with a promise but
 * nothing open, it must equal computeQueue over full table scans, on several days. Summary rows written before they
 * kept the balance and latest contacts give the same queue.
 */
import { allSummaries, getSummary, writeSummaries } from '../../../../renderer/db/repos/summaryBuckets'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadQueueInput, loadWorkQueue } from '../../../../renderer/db/repos/collections/queue'
import { snooze } from '../../../../renderer/db/repos/collections/snoozes'
import { recordCallOutcome, recordLetterSent } from '../../../../renderer/db/repos/collections/steps'
import { deletePayment } from '../../../../renderer/db/repos/paymentReversal'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { addDays } from '../../../../renderer/domain/dates'
import { DomainError } from '../../../../renderer/domain/errors'
import { computeQueue } from '../../../../renderer/domain/collections/queue'
import { esSetup } from '../helpers'
import { apply, opArb, world, type World } from '../summaryWorld'
import { bruteForceInput, issued, itemOf, letterProposals } from './fixtures'

const TODAY = '2026-11-30'

/** A promise from every customer, a snooze for one, and one customer with a promise and nothing open. */
async function collectionsWork(w: World): Promise<void> {
  const { ctx } = w
  const [garcia, lopez, nuevo] = w.customers as [World['customers'][0], World['customers'][0], World['customers'][0]]
  const inv = await issued(ctx, nuevo.id, addDays(TODAY, -1), 75_00)
  for (const [i, c] of [garcia, lopez, nuevo].entries()) {
    const open = await ctx.db.invoices.where('[customerId+isOpen]').equals([c.id, 1]).primaryKeys()
    await recordCallOutcome(ctx, {
      customerId: c.id, outcome: 'promise', text: 'Promete pagar', invoiceIds: open.slice(0, 1),
      promiseDate: addDays(TODAY, i * 3), promiseAmount: 40_00, today: TODAY,
    })
  }
  // nuevo pays everything (and more, left on account): no summary, but a promise keeps it in scope.
  const owed = (await ctx.db.invoices.where('[customerId+isOpen]').equals([nuevo.id, 1]).toArray()).reduce((s, i) => s + i.openAmount, 0)
  expect(owed).toBeGreaterThanOrEqual(inv.openAmount)
  await recordPayment(ctx, { customerId: nuevo.id, date: TODAY, amount: owed + 10_00 })
  expect(await getSummary(ctx.db.summaryBuckets, nuevo.id)).toBeUndefined()
  await snooze(ctx, lopez.id, addDays(TODAY, 5), 'Cierre por inventario', TODAY)
}

describe('work queue from the customer summaries', () => {
  it('equals computeQueue over full table scans after random mixes of writes, on several days', async () => {
    let checked = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 25 }), async (ops) => {
        const w = await world()
        let day = '2026-09-01'
        for (const op of ops) {
          day = addDays(day, 3)
          try {
            await apply(w, op, day)
          } catch (e) {
            if (!(e instanceof DomainError)) throw e
          }
        }
        await collectionsWork(w)
        for (const d of [TODAY, addDays(TODAY, 4), addDays(TODAY, 12), addDays(TODAY, 60)]) {
          const viaSummaries = await loadWorkQueue(w.ctx, d)
          expect(viaSummaries, d).toEqual(computeQueue(await bruteForceInput(w.ctx), d))
        }
        // The customer with a promise and nothing open is read whole; the others come from their summaries.
        const input = await loadQueueInput(w.ctx, TODAY)
        const balances = new Map((await w.ctx.db.customers.toArray()).map((c) => [c.id, c.balance]))
        for (const c of input.customers) expect(c.balance, c.id).toBe(balances.get(c.id))
        expect(input.customers.map((c) => c.id)).toContain(w.customers[2]!.id)
        checked += 1
      }),
      { seed: 11, numRuns: 8, endOnFailure: true },
    )
    expect(checked).toBe(8)
  }, 180_000)

  it('gives the same queue from summary rows written before they kept the balance and latest contacts, and completes a row when it moves', async () => {
    const w = await world()
    let day = '2026-09-01'
    for (const kind of ['pay', 'logCall', 'payPart', 'logCall', 'draftIssue'] as const) {
      day = addDays(day, 3)
      await apply(w, { kind, pick: 2, amount: 150_00 }, day)
    }
    await collectionsWork(w)
    const { ctx } = w
    const rows = await allSummaries(ctx.db.summaryBuckets)
    expect(rows.length).toBeGreaterThan(1)
    await writeSummaries(
      ctx.db.summaryBuckets,
      rows.map(({ latest: _latest, ...r }) => ({ ...r, customer: r.customer && (({ balance: _b, ...c }) => c)(r.customer) })),
    )
    for (const d of [TODAY, addDays(TODAY, 12)]) expect(await loadWorkQueue(ctx, d), d).toEqual(computeQueue(await bruteForceInput(ctx), d))
    const [garcia] = w.customers
    const open = await ctx.db.invoices.where('[customerId+isOpen]').equals([garcia!.id, 1]).first()
    await recordPayment(ctx, { customerId: garcia!.id, date: TODAY, amount: 1_00, allocations: [{ invoiceId: open!.id, amount: 1_00 }] })
    const moved = await getSummary(ctx.db.summaryBuckets, garcia!.id)
    const current = (await ctx.db.customers.get(garcia!.id))!
    expect(moved?.customer?.balance).toBe(current.balance)
    expect(moved?.latest).toEqual((await ctx.db.lastContacts.get(garcia!.id))?.latest)
    expect(await loadWorkQueue(ctx, TODAY)).toEqual(computeQueue(await bruteForceInput(ctx), TODAY))
  })

  it('reads the payments of a broken promise from the day it was logged through its grace end, and no others', async () => {
    const { ctx, customer } = await esSetup() // the clock logs interactions on 2026-11-23
    await issued(ctx, customer.id, '2026-09-01', 1_000_00)
    await recordCallOutcome(ctx, {
      customerId: customer.id, outcome: 'promise', text: 'Paga el miércoles', invoiceIds: [],
      promiseDate: '2026-11-25', promiseAmount: 500_00, today: '2026-11-23',
    })
    // Grace of 2 days: the promise looks at payments dated 2026-11-23 .. 2026-11-27.
    for (const [date, amount] of [['2026-11-22', 1_00], ['2026-11-23', 20_00], ['2026-11-27', 300_00], ['2026-11-28', 4_000]] as const) {
      await recordPayment(ctx, { customerId: customer.id, date, amount })
    }
    const day = '2026-12-01'
    const [item] = await loadWorkQueue(ctx, day)
    expect(item?.brokenPromises).toEqual([expect.objectContaining({ promiseDate: '2026-11-25', paidSince: 320_00 })])
    expect(await loadWorkQueue(ctx, day)).toEqual(computeQueue(await bruteForceInput(ctx), day))
    expect((await loadQueueInput(ctx, day)).payments.map((p) => p.date).sort()).toEqual(['2026-11-23', '2026-11-27'])
    // Before the grace is over nothing is read: the promise cannot be broken yet.
    expect((await loadQueueInput(ctx, '2026-11-27')).payments).toEqual([])
  })

  it('keeps the step records of open invoices in the summary: a paid invoice drops them, reopened it gets them back', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, '2026-08-01', 300_00)
    const b = await issued(ctx, customer.id, '2026-08-20', 200_00)
    const day = '2026-09-05' // a's first reminder is due (net 30: due 2026-08-31)
    const item = itemOf(await loadWorkQueue(ctx, day), customer.id)!
    expect(item.letterSteps.length).toBeGreaterThan(0)
    const sent = await recordLetterSent(ctx, {
      customerId: customer.id, proposals: letterProposals(item), coveredInvoiceIds: item.letters[0]!.invoiceIds,
      documentName: 'carta.pdf', deliveryMethod: 'post', today: day, text: '',
    })
    const stepIds = () => getSummary(ctx.db.summaryBuckets, customer.id).then((r) => r?.steps?.map((x) => x.id).sort())
    expect(await stepIds()).toEqual(sent.stepRecords.map((r) => r.id).sort())
    const covering = (id: string) => sent.stepRecords.filter((r) => r.invoiceIds.includes(id)).map((r) => r.id).sort()
    expect(covering(a.id).length).toBeGreaterThan(0)
    const check = async (d: string) => expect(await loadWorkQueue(ctx, d), d).toEqual(computeQueue(await bruteForceInput(ctx), d))
    await check('2026-09-20')
    // a paid: records covering only a leave the summary; reopened by deleting the payment, they come back.
    const payment = await recordPayment(ctx, { customerId: customer.id, date: '2026-09-10', amount: 300_00, allocations: [{ invoiceId: a.id, amount: 300_00 }] })
    const onlyA = sent.stepRecords.filter((r) => !r.invoiceIds.includes(b.id)).map((r) => r.id)
    for (const id of onlyA) expect(await stepIds()).not.toContain(id)
    await check('2026-09-20')
    await deletePayment(ctx, payment.id, 'Pago duplicado')
    expect(await stepIds()).toEqual(sent.stepRecords.map((r) => r.id).sort())
    await check('2026-09-20')
    await check('2026-10-20')
  })

  it('reads the step records from the table for summaries written before they kept them, and fills them in when they move', async () => {
    const { ctx, customer } = await esSetup()
    await issued(ctx, customer.id, '2026-08-01', 300_00)
    const day = '2026-09-05'
    const item = itemOf(await loadWorkQueue(ctx, day), customer.id)!
    await recordLetterSent(ctx, {
      customerId: customer.id, proposals: letterProposals(item), coveredInvoiceIds: item.letters[0]!.invoiceIds,
      documentName: '', deliveryMethod: '', today: day, text: '',
    })
    await writeSummaries(ctx.db.summaryBuckets, (await allSummaries(ctx.db.summaryBuckets)).map(({ steps: _s, ...r }) => r))
    expect((await getSummary(ctx.db.summaryBuckets, customer.id))?.steps).toBeUndefined()
    for (const d of ['2026-09-06', '2026-09-25']) expect(await loadWorkQueue(ctx, d), d).toEqual(computeQueue(await bruteForceInput(ctx), d))
    expect((await loadQueueInput(ctx, '2026-09-06')).stepRecords.length).toBeGreaterThan(0)
    await issued(ctx, customer.id, '2026-09-06', 50_00)
    expect((await getSummary(ctx.db.summaryBuckets, customer.id))?.steps?.length).toBeGreaterThan(0)
    expect(await loadWorkQueue(ctx, '2026-09-25')).toEqual(computeQueue(await bruteForceInput(ctx), '2026-09-25'))
  })
})
