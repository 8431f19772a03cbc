/** Live reads for the collections screens (useLiveQuery over the collections repositories). */
import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { listRates } from '../../db/repos/collections/rates'
import { getCollectionSettings } from '../../db/repos/collections/settings'
import { loadWorkQueue } from '../../db/repos/collections/queue'
import { listProfiles } from '../../db/repos/collections/profiles'
import type { WorkQueueItem } from '../../domain/collections/queue'
import type { CollectionProfile, CollectionSettings, InterestRatePeriod } from '../../domain/collections/types'
import type { IsoDate } from '../../domain/types'
import { ctx, today } from '../../lib/ctx'

/**
 * The business date, kept current: an app left open overnight (or woken from sleep) rolls Today over to the new
 * day by itself. Checked every second and when the window regains focus; re-renders only when the date changes.
 */
export function useBusinessDate(): IsoDate {
  const [date, setDate] = useState(today)
  useEffect(() => {
    const check = () => setDate(today())
    const timer = setInterval(check, 1000)
    window.addEventListener('focus', check)
    document.addEventListener('visibilitychange', check)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', check)
      document.removeEventListener('visibilitychange', check)
    }
  }, [])
  return date
}

export interface TodayData {
  date: IsoDate
  items: WorkQueueItem[]
  settings: CollectionSettings
}

/**
 * The day's work queue for `date`, live: a payment, a letter recorded or a snooze re-renders it. Only the queue:
 * what the rows show besides (customers' phones, invoice numbers, snoozes, disputes) is read for the rows rendered,
 * a section page at a time (today/useTodayRows.ts).
 */
export function useToday(date: IsoDate): TodayData | undefined {
  return useLiveQuery(async () => {
    const [items, settings] = await Promise.all([loadWorkQueue(ctx, date), getCollectionSettings(ctx)])
    return { date, items, settings }
  }, [date])
}

export function useCollectionSettings(): CollectionSettings | undefined {
  return useLiveQuery(() => getCollectionSettings(ctx), [])
}

export function useRates(): InterestRatePeriod[] | undefined {
  return useLiveQuery(() => listRates(ctx), [])
}

export function useProfiles(): CollectionProfile[] | undefined {
  return useLiveQuery(() => listProfiles(ctx), [])
}
