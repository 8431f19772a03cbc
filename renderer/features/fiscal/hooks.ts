import { useLiveQuery } from 'dexie-react-hooks'
import type { FiscalEvent, FiscalRecord } from '../../domain/einvoice/verifactu'
import { ctx } from '../../lib/ctx'

export interface FiscalSummary {
  records: number
  events: number
  latest: FiscalRecord[]
  latestEvents: FiscalEvent[]
}

/** Counts (primary keys: no scan) and the newest records and events. */
export function useFiscalSummary(): FiscalSummary | undefined {
  return useLiveQuery(async () => ({
    records: await ctx.db.fiscalRecords.count(),
    events: await ctx.db.fiscalEvents.count(),
    latest: await ctx.db.fiscalRecords.orderBy('seq').reverse().limit(12).toArray(),
    latestEvents: await ctx.db.fiscalEvents.orderBy('seq').reverse().limit(8).toArray(),
  }))
}
