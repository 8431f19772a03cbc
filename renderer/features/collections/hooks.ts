/** Live reads for the collections screens (useLiveQuery over the collections repositories). */
import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { getCustomer } from '../../db/repos/customers'
import { openInvoicesOf } from '../../db/repos/invoices'
import { listRates } from '../../db/repos/collections/rates'
import { getCollectionSettings } from '../../db/repos/collections/settings'
import { loadWorkQueue } from '../../db/repos/collections/queue'
import { listProfiles } from '../../db/repos/collections/profiles'
import { activeSnoozeOf } from '../../db/repos/collections/snoozes'
import { openDisputesOf } from '../../db/repos/collections/disputes'
import type { WorkQueueItem } from '../../domain/collections/queue'
import type { CollectionProfile, CollectionSettings, Dispute, InterestRatePeriod, Snooze } from '../../domain/collections/types'
import type { Customer, Invoice, IsoDate } from '../../domain/types'
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
  /** The queue's customers and their open invoices, by id (numbers, amounts, phone numbers for the rows). */
  customers: Map<string, Customer>
  invoices: Map<string, Invoice>
  /** Snoozes in force and open disputes of the queue's customers (the "paused" section says why). */
  snoozes: Map<string, Snooze>
  disputes: Map<string, Dispute>
}

/** The day's work queue for `date`, live: a payment, a letter recorded or a snooze re-renders it. */
export function useToday(date: IsoDate): TodayData | undefined {
  return useLiveQuery(async () => {
    const [items, settings] = await Promise.all([loadWorkQueue(ctx, date), getCollectionSettings(ctx)])
    const customers = new Map<string, Customer>()
    const invoices = new Map<string, Invoice>()
    const snoozes = new Map<string, Snooze>()
    const disputes = new Map<string, Dispute>()
    await Promise.all(
      items.map(async (item) => {
        const [customer, open] = await Promise.all([getCustomer(ctx, item.customerId), openInvoicesOf(ctx, item.customerId)])
        if (customer) customers.set(customer.id, customer)
        for (const inv of open) invoices.set(inv.id, inv)
        if (item.snoozedUntil) {
          const s = await activeSnoozeOf(ctx, item.customerId, date)
          if (s) snoozes.set(item.customerId, s)
        }
        if (item.disputedInvoiceIds.length > 0) for (const d of await openDisputesOf(ctx, item.customerId)) disputes.set(d.invoiceId, d)
      }),
    )
    return { date, items, settings, customers, invoices, snoozes, disputes }
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
