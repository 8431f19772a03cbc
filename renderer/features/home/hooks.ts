import { useLiveQuery } from 'dexie-react-hooks'
import { promisesDue } from '../../db/repos/interactions'
import { ctx } from '../../lib/ctx'
import type { IsoDate } from '../../domain/types'
import { oldestOverdue, overdueSummary, receivableSummary } from '../../db/repos/overview'
import { topDebtors } from '../../db/repos/customers'

export function useReceivable() {
  return useLiveQuery(() => receivableSummary(ctx), [])
}

export function useTopDebtors() {
  return useLiveQuery(() => topDebtors(ctx, 5), [])
}

export function useOverdue(asOf: IsoDate) {
  return useLiveQuery(() => overdueSummary(ctx, asOf), [asOf])
}

export function useOldestOverdue(asOf: IsoDate) {
  return useLiveQuery(() => oldestOverdue(ctx, asOf, 5), [asOf])
}

/** Payment promises falling due today. */
export function usePromisesToday(asOf: IsoDate) {
  return useLiveQuery(() => promisesDue(ctx, asOf, asOf), [asOf])
}
