/** Live reads for the balance confirmation screens (useLiveQuery over renderer/db/repos/reports/confirmations.ts). */
import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  confirmationRowsAsOf,
  confirmationsOf,
  prepareConfirmations,
  type ConfirmationBatch,
  type ConfirmationRow,
} from '../../../db/repos/reports/confirmations'
import type { BalanceConfirmationRecord } from '../../../domain/reports/confirmation'
import type { Cents, IsoDate } from '../../../domain/types'
import { ctx } from '../../../lib/ctx'

export interface BatchState {
  /** The latest batch computed (kept while a new one loads or when the new query fails). */
  batch: ConfirmationBatch | undefined
  loading: boolean
  error: unknown
}

/** The letters of every customer with a balance as of `asOf` (at least `minimum` either way), dated `date`. */
export function useConfirmationBatch(asOf: IsoDate | null, date: IsoDate, minimum: Cents): BatchState {
  const wanted = asOf ? `${asOf}|${minimum}|${date}` : ''
  const result = useLiveQuery(
    async () => {
      const key = wanted
      if (!asOf) return { batch: undefined, error: null as unknown, key }
      try {
        return { batch: await prepareConfirmations(ctx, { asOf, date, minimum }), error: null as unknown, key }
      } catch (error) {
        return { batch: undefined, error, key }
      }
    },
    [asOf, date, minimum, wanted],
  )
  const [last, setLast] = useState<ConfirmationBatch | undefined>(undefined)
  if (result?.batch && result.batch !== last) setLast(result.batch)
  const current = result !== undefined && result.key === wanted
  return { batch: result?.batch ?? last, loading: !current, error: current ? result.error : null }
}

/** The confirmations sent for `asOf`, with their customers, live. */
export function useConfirmationRows(asOf: IsoDate | null): ConfirmationRow[] | undefined {
  return useLiveQuery(async () => (asOf ? confirmationRowsAsOf(ctx, asOf) : []), [asOf])
}

/** A customer's latest confirmations, live. */
export function useCustomerConfirmations(customerId: string, limit = 5): BalanceConfirmationRecord[] | undefined {
  return useLiveQuery(() => confirmationsOf(ctx, customerId, limit), [customerId, limit])
}
