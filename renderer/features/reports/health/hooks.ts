import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { ctx } from '../../../lib/ctx'
import { healthReport, type HealthReport } from '../../../db/repos/reports/health'

export interface HealthState {
  /** The latest report computed (kept while the next one loads or when the new query fails). */
  report: HealthReport | undefined
  loading: boolean
  error: unknown
}

/** Live process-health report for [from, to]; recomputed when the data or the period change. */
export function useHealthReport(from: string, to: string, today: string): HealthState {
  const result = useLiveQuery(
    async () => {
      try {
        return { report: await healthReport(ctx, { from, to, today }), error: null as unknown, from, to }
      } catch (error) {
        return { report: undefined, error, from, to }
      }
    },
    [from, to, today],
  )
  const [last, setLast] = useState<HealthReport | undefined>(undefined)
  if (result?.report && result.report !== last) setLast(result.report)
  const current = result !== undefined && result.from === from && result.to === to
  return { report: result?.report ?? last, loading: !current, error: current ? result.error : null }
}
