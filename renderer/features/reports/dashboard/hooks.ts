import { useLiveQuery } from 'dexie-react-hooks'
import { ctx } from '../../../lib/ctx'
import { dashboardData, type DashboardData } from '../../../db/repos/reports/dashboard'
import type { IsoDate } from '../../../domain/types'

export interface DashboardState {
  /** Undefined while the first computation runs. */
  data: DashboardData | undefined
  error: unknown
}

/** The dashboard's figures as of `today`, recomputed live when invoices, payments or credit notes change. */
export function useDashboard(today: IsoDate, months = 12): DashboardState | undefined {
  return useLiveQuery(async () => {
    try {
      return { data: await dashboardData(ctx, { today, months }), error: null as unknown }
    } catch (error) {
      return { data: undefined, error }
    }
  }, [today, months])
}
