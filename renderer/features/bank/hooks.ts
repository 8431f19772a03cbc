/** Live reads for the bank screen (useLiveQuery over the bank repositories). */
import { useLiveQuery } from 'dexie-react-hooks'
import { listImports, listMappings } from '../../db/repos/bank/imports'
import { countUnmatched, matchedLines, unmatchedLines } from '../../db/repos/bank/lines'
import { loadMatchIndex, proposalsFor } from '../../db/repos/bank/match'
import type { BankImport, BankLineRow } from '../../db/repos/bank/tables'
import { getCustomer } from '../../db/repos/customers'
import { allocationsOfPayment, getPayment } from '../../db/repos/payments'
import { getInvoice } from '../../db/repos/invoices'
import type { MatchIndex, MatchProposal } from '../../domain/bank/matching'
import type { ColumnMapping } from '../../domain/bank/types'
import type { Customer } from '../../domain/types'
import { ctx, today } from '../../lib/ctx'

export interface QueueItem {
  line: BankLineRow
  /** Best first ([] when nothing credible points anywhere). */
  proposals: MatchProposal[]
}

export interface QueueData {
  items: QueueItem[]
  /** All unmatched lines (the list shows the oldest `limit`). */
  total: number
  /** Null when the queue is empty (the index is not built for nothing). */
  index: MatchIndex | null
}

/** The oldest `limit` unmatched credits with their proposals; rebuilt when a payment, invoice or payer changes. */
export function useQueue(limit: number): QueueData | undefined {
  return useLiveQuery(async () => {
    const [lines, total] = await Promise.all([unmatchedLines(ctx, limit), countUnmatched(ctx)])
    if (lines.length === 0) return { items: [], total, index: null }
    const index = await loadMatchIndex(ctx, today())
    // Oldest first; within a day, in the order of the statement.
    const ordered = [...lines].sort((a, b) => a.bookingDate.localeCompare(b.bookingDate) || a.importId.localeCompare(b.importId) || a.seq - b.seq)
    return { items: ordered.map((line) => ({ line, proposals: proposalsFor(index, line) })), total, index }
  }, [limit])
}

export function useUnmatchedCount(): number | undefined {
  return useLiveQuery(() => countUnmatched(ctx), [])
}

export interface DecidedLine {
  line: BankLineRow
  customer: Customer | null
  /** Invoice numbers the payment was applied to. */
  invoices: { id: string; fullNumber: string }[]
}

/** Lines decided lately (matched or ignored), newest first, with the customer and invoices of their payment. */
export function useDecidedLines(limit: number): DecidedLine[] | undefined {
  return useLiveQuery(async () => {
    const lines = await matchedLines(ctx, limit)
    return Promise.all(
      lines.map(async (line): Promise<DecidedLine> => {
        if (!line.paymentId) return { line, customer: null, invoices: [] }
        const [payment, allocations] = await Promise.all([getPayment(ctx, line.paymentId), allocationsOfPayment(ctx, line.paymentId)])
        const customer = payment ? ((await getCustomer(ctx, payment.customerId)) ?? null) : null
        const ids = [...new Set(allocations.map((a) => a.invoiceId))]
        const invoices = (await Promise.all(ids.map((id) => getInvoice(ctx, id)))).flatMap((i) => (i ? [{ id: i.id, fullNumber: i.fullNumber }] : []))
        return { line, customer, invoices }
      }),
    )
  }, [limit])
}

export function useImports(limit: number): BankImport[] | undefined {
  return useLiveQuery(() => listImports(ctx, limit), [limit])
}

export function useMappings(): ColumnMapping[] | undefined {
  return useLiveQuery(() => listMappings(ctx), [])
}
