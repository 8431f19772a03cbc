/**
 * The rules of a cancelled invoice's row in the sales register (docType 'cancelledInvoice': an invoice annulled in
 * Spain, kept in the register so its numbering has no gap), shared by the row schema (exportSchemas.ts) and main's
 * packed check (main/exports/packedSales.ts) so both name the same first problem. No electron import.
 */

/** Sales register document types: 'cancelledInvoice' is an invoice annulled (Spain), kept so numbering has no gap. */
export const SALES_DOC_TYPES = ['invoice', 'creditNote', 'cancelledInvoice'] as const

/** Main's refusals of a cancelled invoice's row (packedSales.ts words them the same). */
export const CANCELLED_PROBLEMS = {
  amount: 'must be 0 on a cancelled invoice',
  empty: 'must be empty on a cancelled invoice',
  notCancelled: 'must be empty unless the invoice is cancelled',
} as const

/**
 * A cancelled invoice's first problem, in the order both checkers look (exportSchemas.ts, packedSales.ts): its
 * rates' amounts, its sums, its rates at all, then its document currency, total and rate. Null when none.
 */
export function cancelledRowProblem(
  byRate: readonly { base: number; vat: number; recargo: number }[],
  sums: { base: number; vat: number; recargo: number; total: number },
  foreign: { documentCurrency: string; documentTotal: number | null; exchangeRate: number | null },
): { path: (string | number)[]; problem: string } | null {
  for (const [i, b] of byRate.entries()) {
    for (const k of ['base', 'vat', 'recargo'] as const) if (b[k] !== 0) return { path: ['byRate', i, k], problem: CANCELLED_PROBLEMS.amount }
  }
  for (const k of ['base', 'vat', 'recargo', 'total'] as const) if (sums[k] !== 0) return { path: [k], problem: CANCELLED_PROBLEMS.amount }
  if (byRate.length > 0) return { path: ['byRate'], problem: CANCELLED_PROBLEMS.empty }
  if (foreign.documentCurrency !== '') return { path: ['documentCurrency'], problem: CANCELLED_PROBLEMS.empty }
  if (foreign.documentTotal !== null) return { path: ['documentTotal'], problem: CANCELLED_PROBLEMS.empty }
  if (foreign.exchangeRate !== null) return { path: ['exchangeRate'], problem: CANCELLED_PROBLEMS.empty }
  return null
}
