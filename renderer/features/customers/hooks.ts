/** Live reads for the customer screens (useLiveQuery over the repositories' indexed queries). */
import { useCallback, useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { customerExposure, customerOverdue, getCustomer, listCustomersPage, searchCustomers } from '../../db/repos/customers'
import { openInvoicesOf } from '../../db/repos/invoices'
import { timelineOf } from '../../db/repos/interactions'
import { statementPages, type StatementPage } from '../../db/repos/statementPage'
import { ctx, today } from '../../lib/ctx'
import type { Cents, Customer, Invoice } from '../../domain/types'

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

  // The result remembers the query and limit it was read with, so a page still loading is never taken for the last one.
  const result = useLiveQuery(
    async () => ({
      q,
      limit: searchLimit,
      rows: q === '' ? await listCustomersPage(ctx, { limit: CUSTOMER_PAGE_SIZE }) : await searchCustomers(ctx, q, searchLimit),
    }),
    [q, searchLimit],
  )
  const current = result && result.q === q ? result : undefined
  // While a new query runs, the previous rows stay on screen (no flash of "no match").
  const first = result?.rows
  const rows = q === '' && current ? [...current.rows, ...more] : (first ?? [])

  const loadMore = useCallback(() => {
    if (!current || fetching || exhausted) return
    if (q !== '') {
      if (current.limit !== searchLimit) return // the bigger page is on its way
      if (current.rows.length >= searchLimit) setSearchLimit((n) => n + CUSTOMER_PAGE_SIZE)
      else setExhausted(true)
      return
    }
    const page1 = current.rows
    const last = more[more.length - 1] ?? page1[page1.length - 1]
    if (!last || page1.length < CUSTOMER_PAGE_SIZE) return setExhausted(true)
    setFetching(true)
    void listCustomersPage(ctx, { afterName: last.legalName, afterId: last.id, limit: CUSTOMER_PAGE_SIZE })
      .then((page) => {
        setMore((m) => [...m, ...page])
        if (page.length < CUSTOMER_PAGE_SIZE) setExhausted(true)
      })
      .finally(() => setFetching(false))
  }, [current, fetching, exhausted, q, searchLimit, more])

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

/** customerOverdue's figure from the customer's open invoices (openInvoicesOf): open amounts due before today. */
export function overdueOf(open: readonly Invoice[] | undefined): Cents | undefined {
  if (!open) return undefined
  const asOf = today()
  return open.reduce((sum, inv) => (inv.dueDate < asOf ? sum + inv.openAmount : sum), 0)
}

export function useOpenInvoices(customerId: string) {
  return useLiveQuery(() => openInvoicesOf(ctx, customerId), [customerId])
}

export interface Statement {
  /** The pages read so far (undefined while the first loads): rows oldest first, the balance before them. */
  page: StatementPage | undefined
  /** Adds the next earlier key page (nothing when there is none). */
  loadEarlier: () => void
  /** An earlier page was asked for and is not read yet. */
  loadingEarlier: boolean
}

/**
 * The customer's statement, newest movements first a key page at a time (never the whole history up front). The
 * pages shown are one live query, so a new payment moves every balance on screen at once.
 */
export function useStatement(customerId: string): Statement {
  // The page count belongs to the customer it was raised for: another customer starts again at one page.
  const [shown, setShown] = useState({ customerId, pages: 1 })
  const pages = shown.customerId === customerId ? shown.pages : 1
  const result = useLiveQuery(async () => ({ customerId, pages, statement: await statementPages(ctx, customerId, pages) }), [customerId, pages])
  // While more pages load, the rows already read stay on screen; another customer's never do.
  const current = result && result.customerId === customerId ? result.statement : undefined
  const more = current !== undefined && current.next !== null && result?.pages === pages
  const loadEarlier = useCallback(() => {
    if (more) setShown({ customerId, pages: pages + 1 })
  }, [more, customerId, pages])
  return { page: current, loadEarlier, loadingEarlier: current !== undefined && result?.pages !== pages }
}

export function useTimeline(customerId: string) {
  return useLiveQuery(() => timelineOf(ctx, customerId), [customerId])
}
