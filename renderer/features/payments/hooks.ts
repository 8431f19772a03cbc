import { useCallback, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { openInvoicesOf } from '../../db/repos/invoices'
import { ctx } from '../../lib/ctx'
import type { Invoice } from '../../domain/types'
import { listPaymentsPage, type PaymentRow } from '../../db/repos/paymentList'

const PAGE_SIZE = 50

/** Recent payments, newest first, one key page more each time the list reaches its end. */
export function usePaymentPages() {
  const [pages, setPages] = useState(1)
  const result = useLiveQuery(async () => {
    const rows: PaymentRow[] = []
    let after: { date: string; id: string } | undefined
    let complete = false
    for (let i = 0; i < pages; i++) {
      const page = await listPaymentsPage(ctx, { limit: PAGE_SIZE, after })
      rows.push(...page)
      const last = page[page.length - 1]
      if (page.length < PAGE_SIZE || !last) {
        complete = true
        break
      }
      after = { date: last.date, id: last.id }
    }
    return { rows, complete }
  }, [pages])
  const loadMore = useCallback(() => {
    if (result && !result.complete && result.rows.length >= pages * PAGE_SIZE) setPages(pages + 1)
  }, [result, pages])
  return { rows: result?.rows, loadMore }
}

/** The customer's open invoices, oldest due first (live: a payment elsewhere updates the list). */
export function useOpenInvoices(customerId: string | undefined): Invoice[] | undefined {
  const key = customerId ?? null
  const result = useLiveQuery(async () => ({ key, rows: key ? await openInvoicesOf(ctx, key) : [] }), [key])
  return result && result.key === key ? result.rows : undefined
}
