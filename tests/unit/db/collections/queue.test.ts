import { describe, expect, it } from 'vitest'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { openDispute } from '../../../../renderer/db/repos/collections/disputes'
import { loadQueueInput, loadWorkQueue } from '../../../../renderer/db/repos/collections/queue'
import { snooze } from '../../../../renderer/db/repos/collections/snoozes'
import { recordCallOutcome, recordLetterSent } from '../../../../renderer/db/repos/collections/steps'
import { recordPayment } from '../../../../renderer/db/repos/payments'
import { timelineOf } from '../../../../renderer/db/repos/interactions'
import { addDays } from '../../../../renderer/domain/dates'
import { computeQueue } from '../../../../renderer/domain/collections/queue'
import { esSetup, freshCtx } from '../helpers'
import { bruteForceInput, issued, itemOf, letterProposals } from './fixtures'

const TODAY = '2026-11-23'


describe('loadWorkQueue', () => {
  it('stops proposing a step once its letter is recorded, and proposes the next one after the gap', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, '2026-10-10', 48400) // net 30: due 2026-11-09; r1 on 11-10, r2 on 11-24
    const before = itemOf(await loadWorkQueue(ctx, TODAY), customer.id)
    expect(before?.letters).toHaveLength(1)
    expect(before?.letters[0]).toMatchObject({ step: { id: 'r1', kind: 'reminder' }, invoiceIds: [inv.id], demandHeldBack: false })
    expect(before?.letters[0]?.missed.map((m) => m.stepId)).toEqual(['courtesy'])
    expect(before?.overdue).toBe(48400)

    const sent = await recordLetterSent(ctx, {
      customerId: customer.id,
      proposals: letterProposals(before!),
      coveredInvoiceIds: before!.letters[0]!.invoiceIds,
      documentName: 'Recordatorio-C0001-2026-11-23.pdf',
      deliveryMethod: 'post',
      today: TODAY,
      text: 'Recordatorio 1 enviado',
    })
    // One timeline entry, one step record linked to it.
    const timeline = await timelineOf(ctx, customer.id)
    expect(timeline).toHaveLength(1)
    expect(timeline[0]).toMatchObject({ type: 'letter', documentName: 'Recordatorio-C0001-2026-11-23.pdf', invoiceIds: [inv.id], text: 'Recordatorio 1 enviado' })
    expect(sent.stepRecords).toEqual([
      expect.objectContaining({ stepId: 'r1', kind: 'reminder', invoiceIds: [inv.id], doneOn: TODAY, interactionId: timeline[0]!.id, deliveryMethod: 'post' }),
    ])

    const after = itemOf(await loadWorkQueue(ctx, TODAY), customer.id)
    expect(after?.letters ?? []).toEqual([])
    // r2 is due on 11-24 but waits for the 7-day gap after r1 (sent 11-23): proposed on 11-30.
    expect(itemOf(await loadWorkQueue(ctx, '2026-11-29'), customer.id)?.letters ?? []).toEqual([])
    const next = itemOf(await loadWorkQueue(ctx, '2026-11-30'), customer.id)
    expect(next?.letters[0]?.step.id).toBe('r2')
    expect(next?.letters[0]?.missed ?? []).toEqual([])
  })

  it('pauses for a promise, flags it broken when unpaid, and drops it once the customer pays', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, '2026-09-01', 12100) // due 2026-10-01
    await recordCallOutcome(ctx, {
      customerId: customer.id, outcome: 'promise', text: 'Paga el miércoles', invoiceIds: [inv.id],
      promiseDate: '2026-11-25', promiseAmount: 12100, today: TODAY,
    })
    const paused = itemOf(await loadWorkQueue(ctx, TODAY), customer.id)
    expect(paused).toMatchObject({ pausedUntil: '2026-11-25', letters: [], calls: [], brokenPromises: [] })
    expect(itemOf(await loadWorkQueue(ctx, '2026-11-25'), customer.id)?.promisesDueToday).toEqual([
      { interactionId: expect.any(String), promiseAmount: 12100 },
    ])
    // Grace of 2 days: not broken on 11-27, broken on 11-28.
    expect(itemOf(await loadWorkQueue(ctx, '2026-11-27'), customer.id)?.brokenPromises).toEqual([])
    const broken = itemOf(await loadWorkQueue(ctx, '2026-11-28'), customer.id)
    expect(broken?.brokenPromises).toEqual([expect.objectContaining({ promiseDate: '2026-11-25', promiseAmount: 12100, paidSince: 0 })])

    // A part payment on the promised day is not enough...
    await recordPayment(ctx, { customerId: customer.id, date: '2026-11-25', amount: 5000 })
    expect(itemOf(await loadWorkQueue(ctx, '2026-11-28'), customer.id)?.brokenPromises).toEqual([
      expect.objectContaining({ paidSince: 5000 }),
    ])
    // ...paying the rest within the grace days keeps the promise, and with nothing open the customer leaves the queue.
    await recordPayment(ctx, { customerId: customer.id, date: '2026-11-27', amount: 7100 })
    expect(itemOf(await loadWorkQueue(ctx, '2026-11-28'), customer.id)).toBeUndefined()
  })

  it('lists a customer with a broken promise even when none of its invoices is open', async () => {
    const { ctx, customer } = await esSetup()
    const inv = await issued(ctx, customer.id, '2026-09-01', 12100)
    await recordCallOutcome(ctx, {
      customerId: customer.id, outcome: 'promise', text: 'Paga todo el lunes', invoiceIds: [inv.id],
      promiseDate: '2026-11-30', promiseAmount: 20000, today: TODAY,
    })
    await recordPayment(ctx, { customerId: customer.id, date: '2026-11-30', amount: 12100 })
    const item = itemOf(await loadWorkQueue(ctx, '2026-12-05'), customer.id)
    expect(item?.brokenPromises).toEqual([expect.objectContaining({ promiseAmount: 20000, paidSince: 12100 })])
    expect(item?.overdue).toBe(0)
  })

  it('on the ES demo, with steps, disputes, promises and snoozes added, equals computeQueue over full table scans', async () => {
    const ctx = freshCtx()
    await loadDemoCompany(ctx, { country: 'ES', today: TODAY })
    const first = await loadWorkQueue(ctx, TODAY)
    expect(first.filter((q) => q.letters.length > 0).length).toBeGreaterThanOrEqual(5)
    // Work through part of the day so every kind of row exists.
    const withLetters = first.filter((q) => q.letters.length > 0)
    for (const item of withLetters.slice(0, 4)) {
      await recordLetterSent(ctx, {
        customerId: item.customerId, proposals: letterProposals(item), coveredInvoiceIds: item.letters[0]!.invoiceIds,
        documentName: `${item.customerCode}.pdf`, today: TODAY, text: item.letters[0]!.step.id,
      })
    }
    const fifth = withLetters[4]!
    await openDispute(ctx, { invoiceId: fifth.letters[0]!.invoiceIds[0]!, reason: 'quantity', text: 'Faltan cajas', today: TODAY })
    await snooze(ctx, withLetters[5]?.customerId ?? fifth.customerId, '2026-12-10', 'Cierre por inventario', TODAY)

    for (const day of [TODAY, addDays(TODAY, 1), addDays(TODAY, 9), addDays(TODAY, 30), addDays(TODAY, 75)]) {
      const viaIndexes = await loadWorkQueue(ctx, day)
      const brute = computeQueue(await bruteForceInput(ctx), day)
      expect(viaIndexes, day).toEqual(brute)
      expect(viaIndexes.length).toBeGreaterThan(5)
    }
    // Recorded steps are not proposed again the same day.
    const again = await loadWorkQueue(ctx, TODAY)
    for (const item of withLetters.slice(0, 4)) {
      const now = itemOf(again, item.customerId)
      const proposedBefore = new Set(item.letterSteps.map((s) => s.stepId))
      expect(now?.letterSteps.filter((s) => proposedBefore.has(s.stepId) && s.invoiceIds.some((id) => item.letters[0]!.invoiceIds.includes(id))) ?? []).toEqual([])
    }
    // The input read through indexes holds only the customers that matter, not the whole table.
    const input = await loadQueueInput(ctx, TODAY)
    expect(input.customers.length).toBeLessThan(await ctx.db.customers.count())
    expect(input.openInvoices.every((i) => i.lifecycle === 'issued' && i.openAmount > 0)).toBe(true)
  }, 60_000)
})
