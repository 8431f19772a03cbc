/** Demo collection timeline: reminders, calls, disputes and promises for customers with overdue invoices. */
import { addDays, compareDates, daysBetween, maxDate } from '../dates'
import type { Interaction, IsoDate } from '../types'
import type { CustomerHistory } from './history'
import type { Rng } from './prng'
import { CHASE_STEPS, PROMISE_STEP, VISIT_NOTE, type NoteTemplate } from './texts'

function at(rng: Rng, date: IsoDate): string {
  return `${date}T${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`
}

export function demoInteractions(rng: Rng, customerIndex: number, h: CustomerHistory, from: IsoDate, today: IsoDate): Interaction[] {
  const c = h.customer
  const overdue = h.invoices
    .filter((i) => i.isOpen === 1 && compareDates(i.dueDate, today) < 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  const out: Interaction[] = []
  const add = (t: NoteTemplate, date: IsoDate, extra: Partial<Interaction> = {}) => {
    out.push({
      id: `demo-int-${String(customerIndex + 1).padStart(5, '0')}-${String(out.length + 1).padStart(3, '0')}`,
      customerId: c.id,
      type: t.type,
      at: at(rng, date),
      outcome: t.outcome,
      text: t.text[c.language],
      invoiceIds: [],
      promiseDate: '',
      promiseAmount: null,
      user: 'demo',
      ...extra,
    })
  }
  const oldest = overdue[0]
  if (oldest) {
    const start = maxDate(addDays(oldest.dueDate, 3), maxDate(addDays(today, -45), from))
    const span = Math.max(0, daysBetween(start, today))
    const steps = rng.int(1, 4)
    const dates = Array.from({ length: steps }, () => addDays(start, rng.int(0, span))).sort()
    const ids = overdue.slice(0, 5).map((i) => i.id)
    const owed = overdue.reduce((s, i) => s + i.openAmount, 0)
    dates.forEach((date, i) => {
      const last = i === dates.length - 1
      if (last && rng.chance(0.5)) {
        add(PROMISE_STEP, date, {
          invoiceIds: ids,
          promiseDate: addDays(date, rng.int(2, 10)),
          promiseAmount: rng.chance(0.7) ? owed : Math.max(100, Math.round(owed / 200) * 100),
        })
      } else {
        add(rng.pick(CHASE_STEPS), date, { invoiceIds: ids })
      }
    })
  } else if (rng.chance(0.15) && daysBetween(from, today) > 5) {
    add(VISIT_NOTE, addDays(today, -rng.int(5, Math.min(90, daysBetween(from, today)))))
  }
  return out
}
