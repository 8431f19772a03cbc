import { useLiveQuery } from 'dexie-react-hooks'
import { getCreditNote } from '../../db/repos/creditNotes'
import { getInvoice } from '../../db/repos/invoices'
import { ctx } from '../../lib/ctx'
import type { CreditNote, Invoice } from '../../domain/types'

/** undefined while loading, null when there is no such credit note. */
export function useCreditNote(id: string | undefined): CreditNote | null | undefined {
  return useLiveQuery(async () => (id ? ((await getCreditNote(ctx, id)) ?? null) : null), [id])
}

export function useOriginalInvoice(invoiceId: string | undefined): Invoice | null | undefined {
  return useLiveQuery(async () => (invoiceId ? ((await getInvoice(ctx, invoiceId)) ?? null) : null), [invoiceId])
}
