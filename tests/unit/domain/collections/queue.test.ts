import { describe, expect, it } from 'vitest'
import { callStepFor, computeQueue, letterStepFor } from '../../../../renderer/domain/collections/queue'
import type { Dispute } from '../../../../renderer/domain/collections/types'
import { addDays } from '../../../../renderer/domain/dates'
import { customer, interaction, issued, queueInput, record } from './helpers'

// Three invoices of cus-1 (business profile), at different steps on 2026-05-20.
const a = issued('a', '2026-03-02', '2026-04-01', 100000) // due + 49: demand date passed
const b = issued('b', '2026-03-20', '2026-04-19', 50000) // due + 31: r3
const c = issued('c', '2026-04-15', '2026-05-15', 20000) // due + 5: r1
const d = issued('d', '2026-05-10', '2026-06-03', 30000) // not due; courtesy from 05-20
const TODAY = '2026-05-20'
const remindersOfA = [
  record('courtesy', 'courtesy', ['a'], '2026-03-18'),
  record('r1', 'reminder', ['a'], '2026-04-02'),
  record('r2', 'reminder', ['a'], '2026-04-16'),
  record('r3', 'reminder', ['a'], '2026-05-01'),
]
const contact = interaction('n1', '2026-05-02T10:00:00Z')

describe('grouping', () => {
  it('one letter per customer: the firmest step, covering all its overdue invoices', () => {
    const q = computeQueue(queueInput({ openInvoices: [a, b, c], stepRecords: remindersOfA, interactions: [contact] }), TODAY)
    expect(q).toHaveLength(1)
    const item = q[0]!
    expect(item.letters).toHaveLength(1)
    expect(item.letters[0]?.step.id).toBe('demand')
    expect(item.letters[0]?.invoiceIds).toEqual(['a', 'b', 'c'])
    expect(item.overdue).toBe(170000)
    // What recording the letter writes: one StepRecord per distinct proposed step, with its invoices.
    expect(letterStepFor(item).map((s) => [s.stepId, s.invoiceIds])).toEqual([
      ['demand', ['a']],
      ['r3', ['b']],
      ['r1', ['c']],
    ])
    // Missed steps of the covered invoices are listed (b missed courtesy, r1 and r2; c missed its courtesy).
    expect(item.letters[0]?.missed).toEqual([
      { stepId: 'courtesy', dueOn: '2026-04-05', invoiceIds: ['b', 'c'] },
      { stepId: 'r1', dueOn: '2026-04-20', invoiceIds: ['b'] },
      { stepId: 'r2', dueOn: '2026-05-04', invoiceIds: ['b'] },
    ])
    expect(item.remindersSent).toBe(3)
  })

  it('without the demand, the firmest reminder; a courtesy-only letter covers only its invoices', () => {
    const q = computeQueue(queueInput({ openInvoices: [b, c, d], interactions: [contact] }), TODAY)
    expect(q[0]?.letters[0]?.step.id).toBe('r3')
    expect(q[0]?.letters[0]?.invoiceIds).toEqual(['b', 'c', 'd'])
    expect(letterStepFor(q[0]!).map((s) => s.stepId)).toEqual(['r3', 'r1', 'courtesy'])
    const onlyCourtesy = computeQueue(queueInput({ openInvoices: [d], interactions: [contact] }), TODAY)
    expect(onlyCourtesy[0]?.letters[0]?.step.id).toBe('courtesy')
    expect(onlyCourtesy[0]?.letters[0]?.invoiceIds).toEqual(['d'])
    expect(onlyCourtesy[0]?.overdue).toBe(0)
  })

  it('an overdue invoice waiting for its next step is still covered by the letter but gets no step record', () => {
    const sentR1 = [record('r1', 'reminder', ['c'], '2026-05-16')]
    const q = computeQueue(queueInput({ openInvoices: [b, c], stepRecords: sentR1, interactions: [contact] }), TODAY)
    expect(q[0]?.letters[0]?.invoiceIds).toEqual(['b', 'c'])
    expect(letterStepFor(q[0]!).map((s) => [s.stepId, s.invoiceIds])).toEqual([['r3', ['b']]])
  })

  it('calls are grouped likewise: one call task listing the invoices', () => {
    const e = issued('e', '2026-05-18', '2026-06-17')
    const f = issued('f', '2026-05-19', '2026-06-18')
    const q = computeQueue(queueInput({ openInvoices: [e, f] }), TODAY)
    expect(q[0]?.calls).toHaveLength(1)
    expect(q[0]?.calls[0]?.step.id).toBe('confirm')
    expect(q[0]?.calls[0]?.invoiceIds).toEqual(['e', 'f'])
    expect(callStepFor(q[0]!).map((s) => [s.stepId, s.invoiceIds])).toEqual([['confirm', ['e', 'f']]])
  })
})

describe('pauses', () => {
  const dispute: Dispute = { id: 'dp', invoiceId: 'b', customerId: 'cus-1', reason: 'quality', text: 'Cajas rotas', openedOn: '2026-05-01', resolvedOn: '' }

  it('an open dispute pauses that invoice only', () => {
    const q = computeQueue(queueInput({ openInvoices: [b, c], disputes: [dispute], interactions: [contact] }), TODAY)
    expect(q[0]?.disputedInvoiceIds).toEqual(['b'])
    expect(q[0]?.letters[0]?.step.id).toBe('r1')
    expect(q[0]?.letters[0]?.invoiceIds).toEqual(['c'])
    const resolved = computeQueue(queueInput({ openInvoices: [b, c], disputes: [{ ...dispute, resolvedOn: '2026-05-10' }], interactions: [contact] }), TODAY)
    expect(resolved[0]?.disputedInvoiceIds).toEqual([])
    expect(resolved[0]?.letters[0]?.step.id).toBe('r3')
  })

  it('a promise pauses all proposals until its date, then they resume; kept promise is not broken', () => {
    const promise = interaction('p1', '2026-05-20T09:00:00Z', { type: 'call', outcome: 'promise', promiseDate: '2026-05-25', promiseAmount: 50000 })
    const input = (today: string, payments = [] as Array<{ id: string; customerId: string; date: string; amount: number }>) =>
      computeQueue(queueInput({ openInvoices: [b, c], interactions: [promise], payments }), today)[0]!

    const paused = input('2026-05-21')
    expect(paused.pausedUntil).toBe('2026-05-25')
    expect(paused.letters).toEqual([])
    expect(paused.calls).toEqual([])

    const dueToday = input('2026-05-25')
    expect(dueToday.promisesDueToday).toEqual([{ interactionId: 'p1', promiseAmount: 50000 }])
    expect(dueToday.letters).toEqual([])

    const resumed = input('2026-05-26')
    expect(resumed.pausedUntil).toBe('')
    expect(resumed.letters[0]?.step.id).toBe('r3')
    expect(resumed.brokenPromises).toEqual([]) // still within the 2 grace days

    // Broken: date + grace (05-27) before today, paid less than promised, nobody followed up.
    const broken = input('2026-05-28', [{ id: 'pay1', customerId: 'cus-1', date: '2026-05-26', amount: 20000 }])
    expect(broken.brokenPromises).toEqual([{ interactionId: 'p1', promiseDate: '2026-05-25', promiseAmount: 50000, paidSince: 20000 }])

    // Kept: the promised amount arrived within the grace days.
    const kept = input('2026-05-28', [{ id: 'pay1', customerId: 'cus-1', date: '2026-05-27', amount: 50000 }])
    expect(kept.brokenPromises).toEqual([])
    // A payment before the promise was logged does not count; one after the grace days neither.
    const early = input('2026-06-10', [
      { id: 'pay0', customerId: 'cus-1', date: '2026-05-19', amount: 50000 },
      { id: 'pay2', customerId: 'cus-1', date: '2026-05-28', amount: 50000 },
    ])
    expect(early.brokenPromises.map((x) => x.paidSince)).toEqual([0])
  })

  it('a broken promise leaves the queue once someone follows up', () => {
    const promise = interaction('p1', '2026-05-10T09:00:00Z', { type: 'promise', promiseDate: '2026-05-12', promiseAmount: 50000 })
    const followUp = interaction('n2', '2026-05-19T16:00:00Z', { type: 'call', outcome: 'notReached' })
    const without = computeQueue(queueInput({ openInvoices: [b], interactions: [promise] }), TODAY)
    expect(without[0]?.brokenPromises.map((x) => x.interactionId)).toEqual(['p1'])
    const withFollowUp = computeQueue(queueInput({ openInvoices: [b], interactions: [promise, followUp] }), TODAY)
    expect(withFollowUp[0]?.brokenPromises).toEqual([])
  })

  it('a snooze hides the proposals until its date', () => {
    const snooze = { id: 's', customerId: 'cus-1', until: '2026-05-22', reason: 'Llamar el viernes', createdAt: '2026-05-20T08:00:00Z' }
    const q = (today: string) => computeQueue(queueInput({ openInvoices: [b], snoozes: [snooze], interactions: [contact] }), today)[0]!
    expect(q(TODAY).snoozedUntil).toBe('2026-05-22')
    expect(q(TODAY).letters).toEqual([])
    expect(q('2026-05-22').letters).toEqual([])
    expect(q('2026-05-23').snoozedUntil).toBe('')
    expect(q('2026-05-23').letters[0]?.step.id).toBe('r3')
  })
})

describe('flags', () => {
  it('noContact: invoices 60+ days past issue with nothing logged since issue', () => {
    const old = issued('o', '2026-03-01', '2026-05-30')
    expect(computeQueue(queueInput({ openInvoices: [old] }), '2026-04-29')[0]?.noContact ?? []).toEqual([])
    expect(computeQueue(queueInput({ openInvoices: [old] }), '2026-04-30')[0]?.noContact).toEqual(['o'])
    const before = interaction('n0', '2026-02-27T10:00:00Z')
    expect(computeQueue(queueInput({ openInvoices: [old], interactions: [before] }), '2026-04-30')[0]?.noContact).toEqual(['o'])
    const since = interaction('n1', '2026-03-01T10:00:00Z')
    const q = computeQueue(queueInput({ openInvoices: [old], interactions: [since] }), '2026-04-30')
    expect(q[0]?.noContact).toEqual([])
    expect(q[0]?.calls[0]?.step.id).toBe('confirm') // the confirmation call is still open until the due date
  })

  it('overCreditLimit when the balance passes the limit', () => {
    const over = computeQueue(queueInput({ customers: [customer('cus-1', { creditLimit: 100000, balance: 100001 })] }), TODAY)
    expect(over[0]?.overCreditLimit).toBe(true)
    expect(computeQueue(queueInput({ customers: [customer('cus-1', { creditLimit: 100000, balance: 100000 })] }), TODAY)).toEqual([])
    expect(computeQueue(queueInput({ customers: [customer('cus-1', { creditLimit: null, balance: 9e8 })] }), TODAY)).toEqual([])
  })

  it('demands sent are shown for information with nothing proposed', () => {
    const records = [...remindersOfA, record('demand', 'demand', ['a'], '2026-05-18')]
    const q = computeQueue(queueInput({ openInvoices: [a], stepRecords: records, interactions: [contact] }), TODAY)
    expect(q[0]?.letters).toEqual([])
    expect(q[0]?.demandsSent).toEqual([{ invoiceId: 'a', sentOn: '2026-05-18' }])
  })

  it('held back demands say how many reminders were sent', () => {
    const q = computeQueue(queueInput({ openInvoices: [a], stepRecords: [record('r3', 'reminder', ['a'], '2026-05-01')], interactions: [contact] }), TODAY)
    expect(q[0]?.letters[0]?.step.id).toBe('extra-1')
    expect(q[0]?.letters[0]?.demandHeldBack).toBe(true)
    expect(q[0]?.heldBackRemindersSent).toBe(1)
  })
})

describe('order and speed', () => {
  it('sorts broken promises first, then demands, then by overdue amount', () => {
    const customers = ['c1', 'c2', 'c3', 'c4'].map((id) => customer(id))
    const inv = (id: string, cus: string, total: number) => issued(id, '2026-03-02', '2026-04-01', total, cus)
    const full = (cus: string) => ['r1', 'r2', 'r3'].map((s, i) => record(s, 'reminder', [`${cus}-i`], addDays('2026-04-02', i * 14), 'letter', cus))
    const promise = interaction('p', '2026-05-01T10:00:00Z', { type: 'promise', promiseDate: '2026-05-05', promiseAmount: 100 }, 'c4')
    const q = computeQueue(
      queueInput({
        customers,
        openInvoices: [inv('c1-i', 'c1', 1000), inv('c2-i', 'c2', 900000), inv('c3-i', 'c3', 5000), inv('c4-i', 'c4', 10)],
        stepRecords: [...full('c3')],
        interactions: [promise, ...customers.map((c) => interaction(`n-${c.id}`, '2026-03-05T10:00:00Z', {}, c.id))],
      }),
      TODAY,
    )
    expect(q.map((x) => x.customerId)).toEqual(['c4', 'c3', 'c2', 'c1'])
    expect(q[1]?.letters[0]?.step.kind).toBe('demand')
  })

  it('200 customers x 10 invoices in well under a second', () => {
    const customers = Array.from({ length: 200 }, (_, i) => customer(`c${i}`))
    const openInvoices = customers.flatMap((c, i) =>
      Array.from({ length: 10 }, (_, j) => issued(`${c.id}-${j}`, addDays('2026-01-05', (i + j * 7) % 120), addDays('2026-02-04', (i + j * 7) % 120), 1000 + j, c.id)),
    )
    const stepRecords = customers.map((c) => record('r1', 'reminder', [`${c.id}-0`, `${c.id}-1`], '2026-03-10', 'letter', c.id))
    const t0 = performance.now()
    const q = computeQueue(queueInput({ customers, openInvoices, stepRecords }), TODAY)
    const ms = performance.now() - t0
    expect(q).toHaveLength(200)
    expect(ms).toBeLessThan(500)
  })
})
