/**
 * Where the customer summaries (customerSummaries.ts) are kept (schema v11): in SUMMARY_BUCKETS rows, each holding
 * the summaries of the customers whose id hashes to it, sorted by customer id. Chromium's IndexedDB charges about
 * 20 µs per row read whatever its size (1,674 summary rows took ~40 ms at 200,000 invoices, as long as 2,000 tiny
 * lastContacts rows), so aging as of today and the work queue read 32 rows instead; a write rewrites one bucket of a
 * few dozen summaries. Callers see CustomerSummaryRow only. No React, no Electron.
 */
import type { Table } from 'dexie'
import type { CustomerSummaryRow } from './customerSummaries'

export const SUMMARY_BUCKETS = 32

export interface SummaryBucketRow {
  bucket: number
  /** Sorted by customerId; never empty (an empty bucket is deleted). */
  rows: CustomerSummaryRow[]
}

export type BucketTable = Table<SummaryBucketRow, number>

export const SUMMARY_BUCKET_STORES_V11 = {
  summaryBuckets: 'bucket',
} as const

/** The bucket of a customer: FNV-1a of its id (stable across versions: the rows are found by it). */
export function bucketOf(customerId: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < customerId.length; i++) {
    h ^= customerId.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % SUMMARY_BUCKETS
}

const byCustomerId = (a: CustomerSummaryRow, b: CustomerSummaryRow) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0)

/** Every summary, by customer id. */
export async function allSummaries(table: BucketTable): Promise<CustomerSummaryRow[]> {
  const out: CustomerSummaryRow[] = []
  for (const b of await table.toArray()) for (const r of b.rows) out.push(r)
  return out.sort(byCustomerId)
}

/** The summaries of `ids`, in their order (undefined where a customer has none). */
export async function getSummaries(table: BucketTable, ids: readonly string[]): Promise<Array<CustomerSummaryRow | undefined>> {
  const buckets = [...new Set(ids.map(bucketOf))]
  const rows = await table.bulkGet(buckets)
  const byId = new Map<string, CustomerSummaryRow>()
  for (const b of rows) for (const r of b?.rows ?? []) byId.set(r.customerId, r)
  return ids.map((id) => byId.get(id))
}

export async function getSummary(table: BucketTable, id: string): Promise<CustomerSummaryRow | undefined> {
  return (await table.get(bucketOf(id)))?.rows.find((r) => r.customerId === id)
}

/** Writes `puts` (replacing the customers' summaries) and removes the summaries of `deletes`, bucket by bucket. */
export async function writeSummaries(table: BucketTable, puts: readonly CustomerSummaryRow[], deletes: readonly string[] = []): Promise<void> {
  if (puts.length === 0 && deletes.length === 0) return
  const touched = [...new Set([...puts.map((r) => bucketOf(r.customerId)), ...deletes.map(bucketOf)])]
  const current = await table.bulkGet(touched)
  const byBucket = new Map(touched.map((b, i) => [b, new Map((current[i]?.rows ?? []).map((r) => [r.customerId, r]))]))
  for (const r of puts) byBucket.get(bucketOf(r.customerId))!.set(r.customerId, r)
  for (const id of deletes) byBucket.get(bucketOf(id))!.delete(id)
  const keep: SummaryBucketRow[] = []
  const empty: number[] = []
  for (const [bucket, rows] of byBucket) {
    if (rows.size === 0) empty.push(bucket)
    else keep.push({ bucket, rows: [...rows.values()].sort(byCustomerId) })
  }
  if (keep.length > 0) await table.bulkPut(keep)
  if (empty.length > 0) await table.bulkDelete(empty)
}

/** Replaces every summary (the schema upgrade's backfill). */
export async function replaceAllSummaries(table: BucketTable, rows: readonly CustomerSummaryRow[]): Promise<void> {
  await table.clear()
  await writeSummaries(table, rows)
}
