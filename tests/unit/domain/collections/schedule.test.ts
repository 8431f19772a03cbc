import { describe, expect, it } from 'vitest'
import { MIN_GAP_DAYS, invoiceProposals } from '../../../../renderer/domain/collections/schedule'
import type { StepRecord } from '../../../../renderer/domain/collections/types'
import { addDays } from '../../../../renderer/domain/dates'
import { business, issued, publicAdmin, record, smallShop } from './helpers'

// Issued 2026-03-02, due 2026-04-01 (business: confirm 03-03, courtesy 03-18, r1 04-02, r2 04-16, r3 05-01, demand 05-16).
const inv = issued('a', '2026-03-02', '2026-04-01')
const due = (n: number) => addDays('2026-04-01', n)
const at = (today: string, records: StepRecord[] = [], profile = business) => invoiceProposals(inv, profile, records, today)
const letterId = (today: string, records: StepRecord[] = []) => at(today, records).letter?.step.id ?? null

describe('a fresh invoice', () => {
  it('proposes the confirmation call from issue + 1 and nothing the day of issue', () => {
    expect(at('2026-03-02').call).toBeNull()
    const s = at('2026-03-03')
    expect(s.call?.step.id).toBe('confirm')
    expect(s.call?.dueOn).toBe('2026-03-03')
    expect(s.letter).toBeNull()
  })

  it('keeps proposing an undone confirmation call until the due date, then lists it as missed', () => {
    expect(at('2026-03-20').call?.step.id).toBe('confirm')
    expect(at('2026-04-01').call?.step.id).toBe('confirm')
    const after = at('2026-04-02')
    expect(after.call).toBeNull()
    expect(after.missedCalls).toEqual([{ stepId: 'confirm', dueOn: '2026-03-03' }])
  })

  it('a call done is never proposed again', () => {
    const done = [record('confirm', 'confirmReceipt', ['a'], '2026-03-03', 'call')]
    expect(at('2026-03-10', done).call).toBeNull()
    expect(at('2026-04-02', done).missedCalls).toEqual([])
  })

  it('proposes the courtesy letter from due - 14 through the due date; after it, r1 with courtesy missed', () => {
    expect(letterId('2026-03-17')).toBeNull()
    expect(letterId('2026-03-18')).toBe('courtesy')
    expect(letterId('2026-04-01')).toBe('courtesy')
    const s = at('2026-04-02')
    expect(s.letter?.step.id).toBe('r1')
    expect(s.letter?.missed).toEqual([{ stepId: 'courtesy', dueOn: '2026-03-18' }])
    expect(s.letter?.demandHeldBack).toBe(false)
  })

  it('the letter and call tracks are separate: a letter done does not settle the call', () => {
    const courtesySent = [record('courtesy', 'courtesy', ['a'], '2026-03-18')]
    const s = at('2026-03-19', courtesySent)
    expect(s.letter).toBeNull()
    expect(s.call?.step.id).toBe('confirm')
  })
})

describe('reminders', () => {
  const courtesy = record('courtesy', 'courtesy', ['a'], '2026-03-18')

  it('a step done is never proposed again; the next comes on its date', () => {
    const r1 = record('r1', 'reminder', ['a'], due(1))
    expect(letterId(due(1), [courtesy])).toBe('r1')
    expect(letterId(due(5), [courtesy, r1])).toBeNull()
    expect(letterId(due(14), [courtesy, r1])).toBeNull()
    expect(letterId(due(15), [courtesy, r1])).toBe('r2')
  })

  it('records of other invoices do not count', () => {
    const other = record('r1', 'reminder', ['b'], due(1))
    expect(letterId(due(2), [courtesy, other])).toBe('r1')
  })

  it(`waits ${MIN_GAP_DAYS} days after the previous reminder sent`, () => {
    const lateR1 = record('r1', 'reminder', ['a'], due(12))
    expect(letterId(due(15), [courtesy, lateR1])).toBeNull()
    expect(letterId(due(18), [courtesy, lateR1])).toBeNull()
    expect(letterId(due(19), [courtesy, lateR1])).toBe('r2')
  })

  it('catch-up after 40 days away: r3 proposed, r1 and r2 missed; then the demand is held back until 3 reminders', () => {
    const s = at(due(40), [courtesy])
    expect(s.letter?.step.id).toBe('r3')
    expect(s.letter?.step.templateKey).toBe('reminder3')
    expect(s.letter?.dueOn).toBe(due(30))
    expect(s.letter?.missed).toEqual([
      { stepId: 'r1', dueOn: due(1) },
      { stepId: 'r2', dueOn: due(15) },
    ])
    const records = [courtesy, record('r3', 'reminder', ['a'], due(40))]
    // Missed steps are listed once: after r3 is sent they are settled.
    expect(at(due(41), records).missedLetters).toEqual([])
    expect(at(due(41), records).letter).toBeNull()

    // The demand's date (due + 45) comes with a single reminder sent: held back, next reminder at r3 + 7.
    const held = at(due(45), records)
    expect(held.letter).toBeNull()
    expect(held.demandHeldBack).toBe(true)
    expect(held.remindersSent).toBe(1)

    const extra1 = at(due(47), records)
    expect(extra1.letter?.step).toMatchObject({ id: 'extra-1', kind: 'reminder', templateKey: 'reminder3', channel: 'letter' })
    expect(extra1.letter?.dueOn).toBe(due(47))
    expect(extra1.letter?.demandHeldBack).toBe(true)
    records.push(record('extra-1', 'reminder', ['a'], due(47)))

    expect(at(due(53), records).letter).toBeNull()
    expect(at(due(54), records).letter?.step.id).toBe('extra-2')
    records.push(record('extra-2', 'reminder', ['a'], due(54)))

    // Three reminders sent (r3, extra-1, extra-2): the demand, once the last one is 7 days old.
    expect(at(due(60), records).letter).toBeNull()
    const demand = at(due(61), records)
    expect(demand.letter?.step.id).toBe('demand')
    expect(demand.letter?.demandHeldBack).toBe(false)
    expect(demand.remindersSent).toBe(3)
    records.push(record('demand', 'demand', ['a'], due(61)))

    // After the demand nothing more: the invoice goes to legal.
    const legal = at(due(90), records)
    expect(legal.letter).toBeNull()
    expect(legal.call).toBeNull()
    expect(legal.demandSentOn).toBe(due(61))
  })

  it('with nothing ever sent, a held-back demand proposes extra-1 today', () => {
    const s = at(due(50), [courtesy])
    expect(s.letter?.step.id).toBe('extra-1')
    expect(s.letter?.dueOn).toBe(due(50))
    expect(s.letter?.missed.map((m) => m.stepId)).toEqual(['r1', 'r2', 'r3'])
  })

  it('proposes the demand on its date when three reminders went out on schedule', () => {
    const records = [
      courtesy,
      record('r1', 'reminder', ['a'], due(1)),
      record('r2', 'reminder', ['a'], due(15)),
      record('r3', 'reminder', ['a'], due(30)),
    ]
    expect(letterId(due(44), records)).toBeNull()
    expect(letterId(due(45), records)).toBe('demand')
    // A reminder call does not count as a reminder letter.
    const calls = [courtesy, record('r1', 'reminder', ['a'], due(1)), record('x', 'reminder', ['a'], due(3), 'call'), record('r3', 'reminder', ['a'], due(30))]
    expect(at(due(45), calls).remindersSent).toBe(2)
    expect(at(due(45), calls).demandHeldBack).toBe(true)
  })
})

describe('other profiles', () => {
  it('smallShop: a follow-up call at due + 3 on its own track', () => {
    const shop = (today: string, records: StepRecord[] = []) => invoiceProposals(inv, smallShop, records, today)
    expect(shop(due(2)).call).toBeNull()
    expect(shop(due(3)).call?.step.id).toBe('call1')
    expect(shop(due(3)).letter?.step.id).toBe('r1')
    expect(shop(due(10), [record('call1', 'reminder', ['a'], due(4), 'call')]).call).toBeNull()
  })

  it('publicAdmin: the first reminder only at due + 15', () => {
    const pa = (today: string) => invoiceProposals(inv, publicAdmin, [record('courtesy', 'courtesy', ['a'], '2026-03-22')], today)
    expect(pa(due(14)).letter).toBeNull()
    expect(pa(due(15)).letter?.step.id).toBe('r1')
  })
})
