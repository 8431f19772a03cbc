import { useCallback, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { ctx } from '../../lib/ctx'
import { countByStatus, getInvoice, listInvoices } from '../../db/repos/invoices'
import { customerExposure, customerOverdue, getCustomer } from '../../db/repos/customers'
import { allocationsOfInvoice } from '../../db/repos/payments'
import { creditNotesOfInvoice } from '../../db/repos/creditNotes'
import type { Allocation, CreditNote, Customer, Invoice, InvoiceStatus, IsoDate } from '../../domain/types'

export const PAGE_SIZE = 50

export type StatusFilter = InvoiceStatus | 'all'

/**
 * The invoice list, paged by key: page n+1 starts after the last row of page n (newest first).
 * The pages are one live query, so a payment or a new invoice re-renders the list.
 */
export function useInvoicePages(filter: { status: StatusFilter; search: string; asOf: IsoDate }) {
  const [pages, setPages] = useState(1)
  const key = `${filter.status}|${filter.search}|${filter.asOf}`
  const [pagesKey, setPagesKey] = useState(key)
  if (pagesKey !== key) {
    setPagesKey(key)
    setPages(1)
  }
  const result = useLiveQuery(async () => {
    const rows: Invoice[] = []
    let after: { issueDate: string; id: string } | undefined
    let complete = false
    for (let i = 0; i < pages; i++) {
      const page = await listInvoices(ctx, {
        status: filter.status,
        search: filter.search.trim() || undefined,
        asOf: filter.asOf,
        limit: PAGE_SIZE,
        after,
      })
      rows.push(...page)
      if (page.length < PAGE_SIZE) {
        complete = true
        break
      }
      const last = page[page.length - 1] as Invoice
      after = { issueDate: last.issueDate, id: last.id }
    }
    return { rows, complete }
  }, [filter.status, filter.search, filter.asOf, pages])
  const loadMore = useCallback(() => {
    if (result && !result.complete && result.rows.length >= pages * PAGE_SIZE) setPages(pages + 1)
  }, [result, pages])
  return { rows: result?.rows, complete: result?.complete ?? false, loadMore }
}

export function useStatusCounts(asOf: IsoDate): Record<InvoiceStatus, number> | undefined {
  return useLiveQuery(() => countByStatus(ctx, asOf), [asOf])
}

/**
 * A live record by id: undefined while loading (also right after the id changed: useLiveQuery keeps returning
 * the previous answer until the new one arrives), null when there is no such record.
 */
export function useRecordById<T>(id: string | undefined | null, get: (id: string) => Promise<T | undefined>): T | null | undefined {
  const key = id ?? null
  const result = useLiveQuery(async () => ({ key, value: key ? ((await get(key)) ?? null) : null }), [key])
  return result && result.key === key ? result.value : undefined
}

export function useInvoice(id: string | undefined): Invoice | null | undefined {
  return useRecordById(id, (key) => getInvoice(ctx, key))
}

export function useCustomer(id: string | undefined | null): Customer | null | undefined {
  return useRecordById(id, (key) => getCustomer(ctx, key))
}

export function useInvoiceAllocations(invoiceId: string | undefined): Allocation[] | undefined {
  return useLiveQuery(async () => (invoiceId ? allocationsOfInvoice(ctx, invoiceId) : []), [invoiceId])
}

export function useInvoiceCreditNotes(invoiceId: string | undefined): CreditNote[] | undefined {
  return useLiveQuery(async () => (invoiceId ? creditNotesOfInvoice(ctx, invoiceId) : []), [invoiceId])
}

export interface CustomerRisk {
  balance: number
  creditLimit: number | null
  overdue: number
}

/** What the editor warns about: the customer's balance against the credit limit and overdue invoices. */
export function useCustomerRisk(customerId: string | undefined, asOf: IsoDate): CustomerRisk | undefined {
  return useLiveQuery(async () => {
    if (!customerId) return undefined
    const [exposure, overdue] = await Promise.all([customerExposure(ctx, customerId), customerOverdue(ctx, customerId, asOf)])
    return { balance: exposure.balance, creditLimit: exposure.creditLimit, overdue }
  }, [customerId, asOf])
}
