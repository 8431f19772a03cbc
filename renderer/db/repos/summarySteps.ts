/**
 * The step records a customer summary keeps (schema v12): those covering at least one of the customer's open invoices,
 * slim (ScheduleStepRecord: what the dunning schedule reads). A company that has used Cobro for years has a step record
 * for every letter and call it logged, tens of thousands at 200,000 invoices, nearly all about invoices paid long ago;
 * the work queue needs only the few that cover an open invoice, and now reads them with the summaries instead of every
 * record of 1,700 customers.
 *
 * Kept by customerSummaries.ts when open invoices move (records of a newly open invoice are read through the
 * `*invoiceIds` index) and by steps.ts when a record is written (noteStepRecords). A summary without `steps` (written
 * by older code, or moved in a transaction that does not include stepRecords) says nothing about them: readers then
 * read the customer's records from the table, and its next move with the table at hand fills them in.
 */
import Dexie, { type Table, type Transaction } from 'dexie'
import type { ScheduleStepRecord, StepRecord } from '../../domain/collections/types'
import type { CobroDb } from '../schema'
import type { CustomerSummaryRow } from './customerSummaries'
import { getSummary, writeSummaries, type BucketTable, type SummaryBucketRow } from './summaryBuckets'

export function slimStep(r: ScheduleStepRecord): ScheduleStepRecord {
  const { id, customerId, invoiceIds, profileId, stepId, kind, channel, doneOn } = r
  return { id, customerId, invoiceIds, profileId, stepId, kind, channel, doneOn }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The records among `steps` that cover one of `open`, slim, by id, each once. */
export function stepsCovering(steps: Iterable<ScheduleStepRecord>, open: ReadonlySet<string>): ScheduleStepRecord[] {
  const out = new Map<string, ScheduleStepRecord>()
  for (const s of steps) if (!out.has(s.id) && s.invoiceIds.some((id) => open.has(id))) out.set(s.id, slimStep(s))
  return [...out.values()].sort(byId)
}

/**
 * The step records covering any of `invoiceIds`, by customer; null when the running transaction does not include
 * stepRecords (the caller then leaves the summaries' steps unknown).
 */
export async function stepsOfInvoices(db: CobroDb, invoiceIds: readonly string[]): Promise<Map<string, StepRecord[]> | null> {
  const tx = Dexie.currentTransaction
  if (tx && !tx.storeNames.includes('stepRecords')) return null
  const out = new Map<string, StepRecord[]>()
  if (invoiceIds.length === 0) return out
  const rows = await db.stepRecords.where('invoiceIds').anyOf([...new Set(invoiceIds)]).toArray()
  for (const r of rows) {
    const list = out.get(r.customerId)
    if (list) list.push(r)
    else out.set(r.customerId, [r])
  }
  return out
}

/** steps.ts wrote `rows` for the customer: its summary (if it has one that knows its steps) takes those covering it. */
export async function noteStepRecords(db: CobroDb, customerId: string, rows: readonly StepRecord[]): Promise<void> {
  if (rows.length === 0) return
  const summary = await getSummary(db.summaryBuckets, customerId)
  if (!summary?.steps) return
  const open = new Set(summary.ids)
  const added = stepsCovering(rows, open)
  if (added.length === 0) return
  await writeSummaries(db.summaryBuckets, [{ ...summary, steps: stepsCovering([...summary.steps, ...added], open) }])
}

/** Every summary's steps from the step records (the v11 -> v12 upgrade; the benchmark after adding records). */
export async function backfillSummarySteps(buckets: BucketTable, stepRecords: Table<StepRecord, string>): Promise<void> {
  const [rows, records] = await Promise.all([buckets.toArray(), stepRecords.toArray()])
  const byCustomer = new Map<string, StepRecord[]>()
  for (const r of records) {
    const list = byCustomer.get(r.customerId)
    if (list) list.push(r)
    else byCustomer.set(r.customerId, [r])
  }
  const withSteps = (s: CustomerSummaryRow): CustomerSummaryRow => ({ ...s, steps: stepsCovering(byCustomer.get(s.customerId) ?? [], new Set(s.ids)) })
  const out: SummaryBucketRow[] = rows.map((b) => ({ bucket: b.bucket, rows: b.rows.map(withSteps) }))
  if (out.length > 0) await buckets.bulkPut(out)
}

/** The v11 -> v12 data migration. */
export async function upgradeToV12(tx: Transaction): Promise<void> {
  await backfillSummarySteps(tx.table('summaryBuckets') as BucketTable, tx.table('stepRecords'))
}
