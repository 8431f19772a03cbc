/**
 * The demo's disputes (collections' `disputes` table), consistent with the rest of the history:
 * - most credit notes settle a dispute the customer opened a few days before (reason from the credit note's);
 * - a few invoices paid well after their due date were held up by a dispute, resolved just before payment;
 * - a "dispute" call on the collection timeline opens a dispute, still open, on the oldest overdue invoice it covers.
 * Settled disputes leave their two timeline notes, as the app writes them. Own random stream (STREAM.disputes).
 */
import { addDays, compareDates, daysBetween, maxDate, minDate } from '../dates'
import type { Dispute } from '../collections/types'
import type { Interaction, IsoDate, Language } from '../types'
import type { CustomerHistory } from './history'
import { STREAM, type CustomerPlan, type DemoPlan } from './plan'
import { mixSeed, Rng } from './prng'
import { CREDIT_REASONS, DISPUTE_RESOLVED, DISPUTE_TEXTS } from './texts'

type Reason = Dispute['reason']

/** CREDIT_REASONS[lang].partial, in order: damaged in transit, wrong price, past best-before, weight, broken bottles. */
const PARTIAL_REASONS: readonly Reason[] = ['quality', 'price', 'quality', 'quantity', 'quality']

function reasonOfCreditNote(language: Language, text: string): Reason {
  const reasons = CREDIT_REASONS[language]
  if (text === reasons.whole) return 'duplicate'
  return PARTIAL_REASONS[reasons.partial.indexOf(text)] ?? 'other'
}

export interface DemoDisputes {
  disputes: Dispute[]
  notes: Interaction[]
}

export function demoDisputes(plan: DemoPlan, cp: CustomerPlan, h: CustomerHistory, timeline: readonly Interaction[]): DemoDisputes {
  const rng = new Rng(mixSeed(plan.options.seed, STREAM.disputes, cp.index))
  const today = plan.options.today
  const c = h.customer
  const tag = String(cp.index + 1).padStart(5, '0')
  const disputes: Dispute[] = []
  const notes: Interaction[] = []
  const disputed = new Set<string>()
  const note = (date: IsoDate, invoiceId: string, outcome: Interaction['outcome'], text: string) => {
    const hour = String(rng.int(8, 17)).padStart(2, '0')
    const minute = String(rng.int(0, 59)).padStart(2, '0')
    notes.push({
      id: `demo-int-${tag}-d${String(notes.length + 1).padStart(2, '0')}`,
      customerId: c.id, type: 'note', at: `${date}T${hour}:${minute}:00.000Z`, outcome, text, invoiceIds: [invoiceId],
      promiseDate: '', promiseAmount: null, user: 'demo',
    })
  }
  const add = (invoiceId: string, reason: Reason, text: string, openedOn: IsoDate, resolvedOn: IsoDate | '') => {
    disputes.push({ id: `demo-dsp-${tag}-${String(disputes.length + 1).padStart(3, '0')}`, invoiceId, customerId: c.id, reason, text, openedOn, resolvedOn })
    disputed.add(invoiceId)
  }
  const invoiceById = new Map(h.invoices.map((i) => [i.id, i]))

  for (const cn of h.creditNotes) {
    const inv = invoiceById.get(cn.invoiceId)
    const settles = rng.chance(0.4)
    const back = rng.int(1, 8)
    if (!inv || !settles) continue
    const reason = reasonOfCreditNote(c.language, cn.reason)
    const openedOn = maxDate(inv.issueDate, addDays(cn.issueDate, -back))
    const text = DISPUTE_TEXTS[reason][c.language]
    add(inv.id, reason, text, openedOn, cn.issueDate)
    note(openedOn, inv.id, 'dispute', text)
    note(cn.issueDate, inv.id, '', DISPUTE_RESOLVED[c.language].creditNote.replace('{{number}}', cn.fullNumber))
  }

  const firstPayment = new Map<string, IsoDate>()
  for (const a of h.allocations) {
    const seen = firstPayment.get(a.invoiceId)
    if (!seen || a.date < seen) firstPayment.set(a.invoiceId, a.date)
  }
  for (const inv of h.invoices) {
    const paidOn = firstPayment.get(inv.id)
    if (!paidOn || disputed.has(inv.id) || daysBetween(inv.dueDate, paidOn) <= 20) continue
    const held = rng.chance(0.025)
    const reason = rng.weighted<Reason>([['notReceived', 35], ['price', 25], ['quantity', 20], ['other', 20]])
    const openedOn = minDate(addDays(inv.dueDate, rng.int(1, 10)), paidOn)
    const resolvedOn = maxDate(openedOn, addDays(paidOn, -rng.int(0, 3)))
    if (!held) continue
    const text = DISPUTE_TEXTS[reason][c.language]
    add(inv.id, reason, text, openedOn, resolvedOn)
    note(openedOn, inv.id, 'dispute', text)
    note(resolvedOn, inv.id, '', DISPUTE_RESOLVED[c.language].cleared)
  }

  const call = timeline.find((i) => i.outcome === 'dispute' && i.invoiceIds.length > 0)
  const target = call ? invoiceById.get(call.invoiceIds[0]!) : undefined
  if (call && target && target.isOpen === 1 && !disputed.has(target.id) && compareDates(call.at.slice(0, 10), today) <= 0) {
    add(target.id, 'quantity', call.text, call.at.slice(0, 10), '')
  }
  return { disputes, notes }
}
