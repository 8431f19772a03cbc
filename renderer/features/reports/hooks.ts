import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { ctx } from '../../lib/ctx'
import { agingReport, type AgingReportResult } from '../../db/repos/reports/aging'
import type { BucketBounds } from '../../domain/reports/aging'

export interface AgingState {
  /** The latest report that was computed (kept while a new one loads or when the new query fails). */
  report: AgingReportResult | undefined
  /** True while the report for the current inputs is still being computed. */
  loading: boolean
  error: unknown
}

/** Live aging report as of `asOf` with the given bucket bounds; recomputed when the data or inputs change. */
export function useAgingReport(asOf: string, buckets: BucketBounds): AgingState {
  const key = buckets.join(',')
  const result = useLiveQuery(
    async () => {
      try {
        return { report: await agingReport(ctx, { asOf, buckets }), error: null as unknown, asOf, key }
      } catch (error) {
        return { report: undefined, error, asOf, key }
      }
    },
    [asOf, key],
  )
  const [last, setLast] = useState<AgingReportResult | undefined>(undefined)
  if (result?.report && result.report !== last) setLast(result.report)
  const current = result && result.asOf === asOf && result.key === key
  return { report: result?.report ?? last, loading: !current, error: current ? result.error : null }
}
