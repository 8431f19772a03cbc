/**
 * Bench-only data: the letters a company that used Cobro all along would have sent. The demo writes no step records,
 * so at 200,000 invoices the work queue read none and proposed every overdue invoice's letters as if nothing had
 * ever been sent. A wholesaler in year ten has tens of thousands: every reminder of its profile whose date came
 * before an invoice was paid, and for the invoices still overdue most of the steps already due (some skipped: missed
 * steps, and nothing in the last days, so that letters are still due today). One record per customer, step and day,
 * covering the invoices it was sent about, as recordLetterSent writes them, and the summaries' steps (schema v12)
 * rebuilt after. Deterministic; reported in the results.
 */
import { addDays } from '../domain/dates'
import { mixSeed, Rng } from '../domain/demo'
import { DEFAULT_PROFILES, isLetterChannel, profileFor, profilesById, stepDate } from '../domain/collections/profiles'
import type { CollectionStep, StepRecord } from '../domain/collections/types'
import type { IsoDate } from '../domain/types'
import type { Ctx } from '../db/context'
import { backfillSummarySteps } from '../db/repos/summarySteps'

export const BENCH_STEP_PREFIX = 'bench-step-'

interface Owed {
  id: string
  dueDate: IsoDate
  /** The last payment's date for a paid invoice; '' for one still open. */
  paidOn: IsoDate | ''
}

/** The letters of one customer (its due-anchored letter steps): what was sent when, one record per step and day. */
function recordsOf(customerId: string, profileId: string, steps: CollectionStep[], owed: Owed[], rng: Rng, today: IsoDate): StepRecord[] {
  const byKey = new Map<string, StepRecord>()
  const lastSendable = addDays(today, -rng.int(2, 6))
  for (const inv of owed) {
    for (const step of steps) {
      const on = stepDate({ issueDate: inv.dueDate, dueDate: inv.dueDate }, step)
      if (on > lastSendable) break
      // Letters are printed on the step's day or a day or two later (weekends, busy days).
      const doneOn = addDays(on, rng.int(0, 2))
      if (inv.paidOn ? doneOn >= inv.paidOn : rng.chance(0.15)) continue
      if (doneOn > lastSendable) continue
      const key = `${step.id}|${doneOn}`
      const r = byKey.get(key)
      if (r) r.invoiceIds.push(inv.id)
      else {
        byKey.set(key, {
          id: `${BENCH_STEP_PREFIX}${customerId}-${String(byKey.size).padStart(5, '0')}`,
          customerId,
          invoiceIds: [inv.id],
          profileId,
          stepId: step.id,
          kind: step.kind,
          channel: step.channel,
          doneOn,
          interactionId: '',
          documentName: '',
          deliveryMethod: step.kind === 'demand' ? 'burofax' : 'post',
          proofRef: '',
        })
      }
    }
  }
  return [...byKey.values()]
}

/** Adds the step records once (none stored yet); returns how many. Reads keys and slim rows, never whole invoices. */
export async function topUpStepRecords(ctx: Ctx, seed: number, today: IsoDate): Promise<number> {
  const { db } = ctx
  if ((await db.stepRecords.count()) > 0) return 0
  const [customers, openItems, allocations, stored] = await Promise.all([
    db.customers.toArray(),
    db.openItems.toArray(),
    db.allocations.toArray(),
    db.collectionProfiles.toArray(),
  ])
  const profiles = profilesById(stored.length > 0 ? stored : DEFAULT_PROFILES)
  const dueOf = new Map<string, IsoDate>()
  await db.invoices.orderBy('dueDate').eachKey((due, cursor) => void dueOf.set(cursor.primaryKey as string, due as IsoDate))
  const owedBy = new Map<string, Map<string, Owed>>()
  const owed = (customerId: string) => owedBy.get(customerId) ?? owedBy.set(customerId, new Map()).get(customerId)!
  const open = new Set(openItems.map((o) => o.id))
  for (const o of openItems) if (o.dueDate < today) owed(o.customerId).set(o.id, { id: o.id, dueDate: o.dueDate, paidOn: '' })
  for (const a of allocations) {
    const due = dueOf.get(a.invoiceId)
    if (!due || open.has(a.invoiceId) || a.date <= due) continue
    const mine = owed(a.customerId)
    const x = mine.get(a.invoiceId)
    if (!x) mine.set(a.invoiceId, { id: a.invoiceId, dueDate: due, paidOn: a.date })
    else if (a.date > x.paidOn) x.paidOn = a.date
  }
  let added = 0
  for (const [k, c] of [...customers].sort((a, b) => (a.id < b.id ? -1 : 1)).entries()) {
    const mine = [...(owedBy.get(c.id)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1))
    if (mine.length === 0) continue
    const profile = profileFor(profiles, c.collectionProfile)
    const steps = profile.steps.filter((s) => isLetterChannel(s) && s.anchor === 'due' && (s.kind === 'reminder' || s.kind === 'demand')).sort((a, b) => a.offsetDays - b.offsetDays)
    const rows = recordsOf(c.id, profile.id, steps, mine, new Rng(mixSeed(seed, 131, k)), today)
    await db.stepRecords.bulkPut(rows)
    added += rows.length
  }
  // The customer summaries keep the records covering open invoices (schema v12): written here behind their back.
  await db.transaction('rw', [db.summaryBuckets, db.stepRecords], () => backfillSummarySteps(db.summaryBuckets, db.stepRecords))
  return added
}
