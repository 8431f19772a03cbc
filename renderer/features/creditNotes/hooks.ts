import { getCreditNote } from '../../db/repos/creditNotes'
import { getInvoice } from '../../db/repos/invoices'
import { ctx } from '../../lib/ctx'
import type { CreditNote, Invoice } from '../../domain/types'
import { useRecordById } from '../invoices/hooks'

/** undefined while loading, null when there is no such credit note. */
export function useCreditNote(id: string | undefined): CreditNote | null | undefined {
  return useRecordById(id, (key) => getCreditNote(ctx, key))
}

export function useOriginalInvoice(invoiceId: string | undefined): Invoice | null | undefined {
  return useRecordById(invoiceId, (key) => getInvoice(ctx, key))
}
