/** Live reads for the customer screens (useLiveQuery over the repositories' indexed queries). */
import { useCallback, useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { customerExposure, customerOverdue, getCustomer, listCustomersPage, searchCustomers } from '../../db/repos/customers'
import { openInvoicesOf } from '../../db/repos/invoices'
import { timelineOf } from '../../db/repos/interactions'
import { customerLedger } from '../../db/repos/statement'
import { ctx, today } from '../../lib/ctx'
import type { Cents, Customer } from '../../domain/types'

export const CUSTOMER_PAGE_SIZE = 50

export interface CustomerList {
  rows: Customer[]
  loading: boolean
  loadMore: () => void
}

/**
 * Customers by legal name, a key page at a time (the first page is live). With a query: the index prefix search,
 * its limit raised a page at a time as the user scrolls.
 */
export function useCustomerList(query: string): CustomerList {
  const q = query.trim()
  const [searchLimit, setSearchLimit] = useState(CUSTOMER_PAGE_SIZE)
  const [more, setMore] = useState<Customer[]>([])
  const [exhausted, setExhausted] = useState(false)
  const [fetching, setFetching] = useState(false)

  useEffect(() => {
    setSearchLimit(CUSTOMER_PAGE_SIZE)
    setMore([])
    setExhausted(false)
  }, [q])

  const first = useLiveQuery(
    () => (q === '' ? listCustomersPage(ctx, { limit: CUSTOMER_PAGE_SIZE }) : searchCustomers(ctx, q, searchLimit)),
    [q, searchLimit],
  )
  const rows = q === '' && first ? [...first, ...more] : (first ?? [])

  const loadMore = useCallback(() => {
    if (!first || fetching || exhausted) return
    if (q !== '') {
      if (first.length >= searchLimit) setSearchLimit((n) => n + CUSTOMER_PAGE_SIZE)
      else setExhausted(true)
      return
    }
    const last = more[more.length - 1] ?? first[first.length - 1]
    if (!last || first.length < CUSTOMER_PAGE_SIZE) return setExhausted(true)
    setFetching(true)
    void listCustomersPage(ctx, { afterName: last.legalName, afterId: last.id, limit: CUSTOMER_PAGE_SIZE })
      .then((page) => {
        setMore((m) => [...m, ...page])
        if (page.length < CUSTOMER_PAGE_SIZE) setExhausted(true)
      })
      .finally(() => setFetching(false))
  }, [first, fetching, exhausted, q, searchLimit, more])

  return { rows, loading: first === undefined, loadMore }
}

export function useCustomer(id: string | undefined): Customer | null | undefined {
  return useLiveQuery(async () => (id ? ((await getCustomer(ctx, id)) ?? null) : null), [id])
}

/** What the customer owes on invoices past their due date, as of today. */
export function useCustomerOverdue(customerId: string): Cents | undefined {
  return useLiveQuery(() => customerOverdue(ctx, customerId, today()), [customerId])
}

export function useCustomerExposure(customerId: string) {
  return useLiveQuery(() => customerExposure(ctx, customerId).catch(() => null), [customerId])
}

export function useOpenInvoices(customerId: string) {
  return useLiveQuery(() => openInvoicesOf(ctx, customerId), [customerId])
}

export function useLedger(customerId: string) {
  return useLiveQuery(() => customerLedger(ctx, customerId), [customerId])
}

export function useTimeline(customerId: string) {
  return useLiveQuery(() => timelineOf(ctx, customerId), [customerId])
}
