/**
 * The "correct or split" dialog's arithmetic: rows per open invoice of the chosen customer (ticked, amount typed
 * in the user's locale, early discount), the allocation lines they make, what is left as customer credit, and the
 * invoice a small shortfall (bank charges) could be written off on.
 */
import { allocateOldestFirst, type AllocationLine, type OpenItem } from '../../../domain/allocation'
import type { MatchInvoice, MatchProposal, ProposedWriteOff } from '../../../domain/bank/matching'
import { formatAmount, parseMoney } from '../../../domain/money'
import { earlyDiscountFor } from '../../../domain/terms'
import type { Cents, IsoDate } from '../../../domain/types'

export interface SplitRow {
  ticked: boolean
  /** Money applied, as typed ('1.210,00'). */
  amount: string
  /** Take the early-payment discount (only offered when available on the payment date). */
  discount: boolean
}

export type SplitRows = Record<string, SplitRow>

export function openItemOf(inv: MatchInvoice, date: IsoDate): OpenItem {
  return {
    invoiceId: inv.id,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
    fullNumber: inv.fullNumber,
    openAmount: inv.openAmount,
    discountAvailable: earlyDiscountFor(inv, date),
  }
}

/** From the proposal when it is for this customer, else the amount spread oldest first (the default). */
export function initialRows(invoices: readonly MatchInvoice[], amount: Cents, date: IsoDate, locale: string, proposal: MatchProposal | null): SplitRows {
  const lines: AllocationLine[] =
    proposal && invoices.some((i) => proposal.allocations.some((a) => a.invoiceId === i.id))
      ? proposal.allocations
      : allocateOldestFirst(amount, invoices.map((i) => openItemOf(i, date))).lines
  const rows: SplitRows = {}
  for (const inv of invoices) {
    const l = lines.find((x) => x.invoiceId === inv.id)
    rows[inv.id] = l ? { ticked: true, amount: formatAmount(l.amount, locale), discount: l.discount > 0 } : { ticked: false, amount: '', discount: false }
  }
  return rows
}

export interface SplitFigures {
  lines: AllocationLine[]
  /** Invoice ids whose typed amount does not read. */
  invalid: string[]
  allocated: Cents
  /** amount - allocated: > 0 stays as customer credit, < 0 is too much. */
  remainder: Cents
  /** Ticked invoices left short by no more than the threshold: a write-off may close them. */
  writeOffCandidates: { invoiceId: string; fullNumber: string; amount: Cents }[]
}

export function figuresOf(rows: SplitRows, invoices: readonly MatchInvoice[], amount: Cents, date: IsoDate, locale: string, threshold: Cents): SplitFigures {
  const lines: AllocationLine[] = []
  const invalid: string[] = []
  const writeOffCandidates: SplitFigures['writeOffCandidates'] = []
  for (const inv of invoices) {
    const row = rows[inv.id]
    if (!row?.ticked) continue
    const money = row.amount.trim() === '' ? 0 : parseMoney(row.amount.trim(), locale)
    if (money === null || money < 0) {
      invalid.push(inv.id)
      continue
    }
    const discount = row.discount ? earlyDiscountFor(inv, date) : 0
    if (money === 0 && discount === 0) continue
    lines.push({ invoiceId: inv.id, amount: money, discount })
    const short = inv.openAmount - money - discount
    if (short > 0 && short <= threshold) writeOffCandidates.push({ invoiceId: inv.id, fullNumber: inv.fullNumber, amount: short })
  }
  const allocated = lines.reduce((s, l) => s + l.amount, 0)
  return { lines, invalid, allocated, remainder: amount - allocated, writeOffCandidates }
}

export function writeOffOf(figures: SplitFigures, invoiceId: string, reason: string): ProposedWriteOff | null {
  const c = figures.writeOffCandidates.find((x) => x.invoiceId === invoiceId)
  return c ? { invoiceId: c.invoiceId, amount: c.amount, reason } : null
}
