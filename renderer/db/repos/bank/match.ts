/**
 * Matching bank credits to invoices against the database: the match index built from the open invoices, the
 * customers, the payer accounts learned so far and the recent promises to pay; proposals per queued line; and the
 * confirmation, which records the payment (1 payment : N invoices), the write-off of a small shortfall, marks the
 * line matched and learns the payer's IBAN / tax id, all in one transaction. A payer that is not the invoices'
 * customer is refused unless the person explicitly allowed it (applyDecision), and the allowance is audited.
 */
import { addDays } from '../../../domain/dates'
import {
  applyDecision,
  buildMatchIndex,
  proposeMatches,
  type ManualSplit,
  type MatchIndex,
  type MatchInvoice,
  type MatchOptions,
  type MatchProposal,
} from '../../../domain/bank/matching'
import type { BankLine } from '../../../domain/bank/types'
import { DomainError } from '../../../domain/errors'
import type { Allocation, IsoDate } from '../../../domain/types'
import { newId, nowIso, type Ctx } from '../../context'
import { text } from '../../inputs'
import { toStoredInvoice } from '../../stored'
import { parseInput } from '../../validate'
import { writeAudit } from '../audit'
import { invoiceWriteTables, putInvoice, type OpenItemRow } from '../invoiceCounters'
import { recordPayment } from '../payments'
import { fullLine, type BankLineRow, type PayerAccount, type StoredBankLine } from './tables'
import { requireRight } from '../../rights'
import { keptMatchIndex } from './matchIndexCache'
import { setCustomerBalance } from '../customers'

/** Promises made from this many days before today to this many after count for matching. */
const PROMISE_WINDOW_BACK = 60
const PROMISE_WINDOW_AHEAD = 60

/**
 * The matcher's view of an open item. Matching reads only the total of an invoice's totals (the early-payment discount
 * is a percentage of it, terms.ts earlyDiscountFor); the open item keeps no other figure, so the others are 0 here.
 */
export function matchInvoiceOf(item: OpenItemRow): MatchInvoice {
  return {
    id: item.id,
    fullNumber: item.fullNumber,
    customerId: item.customerId,
    currency: item.currency,
    openAmount: item.openAmount,
    issueDate: item.issueDate,
    dueDate: item.dueDate,
    earlyDiscount: item.earlyDiscount,
    totals: { base: 0, vat: 0, recargo: 0, total: item.total, byRate: [] },
    discountTaken: item.discountTaken,
  }
}

const byDueThenId = (a: OpenItemRow, b: OpenItemRow) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * From the slim open items (schema v10: about 300 bytes a row, not the invoice's 2.3 KB), in the order the
 * [isOpen+dueDate] index gives the open invoices (due date, then id), which the index's ties keep. The index built last
 * is handed out again while none of the tables it is built from was written (matchIndexCache.ts).
 */
export async function loadMatchIndex(ctx: Ctx, today: IsoDate): Promise<MatchIndex> {
  const promiseRange = [addDays(today, -PROMISE_WINDOW_BACK), addDays(today, PROMISE_WINDOW_AHEAD)] as const
  return keptMatchIndex(ctx.db, today, promiseRange, () => readMatchIndex(ctx, promiseRange))
}

async function readMatchIndex(ctx: Ctx, promiseRange: readonly [IsoDate, IsoDate]): Promise<MatchIndex> {
  const { db } = ctx
  const [customers, openItems, payers, promises] = await Promise.all([
    db.customers.toArray(),
    db.openItems.toArray(),
    db.payerAccounts.toArray(),
    db.interactions.where('promiseDate').between(promiseRange[0], promiseRange[1], true, true).toArray(),
  ])
  return buildMatchIndex({
    customers,
    openInvoices: openItems.sort(byDueThenId).map(matchInvoiceOf),
    knownPayers: payers.map((p) =>
      p.key.startsWith('iban:') ? { customerId: p.customerId, iban: p.key.slice(5) } : { customerId: p.customerId, taxId: p.key.slice(4) },
    ),
    promises,
  })
}

export function toBankLine(row: StoredBankLine): BankLine {
  return {
    seq: row.seq,
    bookingDate: row.bookingDate,
    valueDate: row.valueDate,
    amount: row.amount,
    currency: row.currency,
    remittance: row.remittance,
    counterpartyName: row.counterpartyName,
    counterpartyIban: row.counterpartyIban,
    counterpartyTaxId: row.counterpartyTaxId,
    bankReference: row.bankReference,
    typeCode: row.typeCode,
  }
}

export function proposalsFor(index: MatchIndex, row: StoredBankLine, options?: MatchOptions): MatchProposal[] {
  return proposeMatches(index, toBankLine(row), options)
}

export interface ConfirmOptions {
  /** The person explicitly accepted that the payer is not the invoices' customer. */
  allowPayerMismatch: boolean
  /** Why (required with allowPayerMismatch). */
  note: string
}

/**
 * Records the payment a queued line makes, as proposed or as corrected/split by the person. Refuses, writing
 * nothing, a line that is not waiting, a decision that does not add up, or a payer mismatch without allowance.
 */
export async function confirmMatch(
  ctx: Ctx,
  lineId: string,
  decision: MatchProposal | ManualSplit,
  options: ConfirmOptions,
): Promise<{ paymentId: string }> {
  requireRight(ctx, 'payments.write')
  const note = parseInput(text(300), options.note)
  if (options.allowPayerMismatch && note === '') throw new DomainError('bankImport.mismatchNoteRequired')
  const { db } = ctx
  const stored = await db.bankLines.get(lineId)
  if (!stored) throw new DomainError('bankImport.lineNotFound')
  const row = fullLine(stored)
  if (row.status !== 'unmatched') throw new DomainError('bankImport.lineNotUnmatched')
  const index = await loadMatchIndex(ctx, row.bookingDate)
  const matched = applyDecision(index, toBankLine(row), decision, { allowPayerMismatch: options.allowPayerMismatch })
  if (matched.writeOff) requireRight(ctx, 'writeOffs')

  return db.transaction(
    'rw',
    [db.bankLines, db.payerAccounts, db.payments, db.allocations, ...invoiceWriteTables(db), db.customers, db.audit],
    async () => {
      const current = await db.bankLines.get(lineId)
      if (!current || current.status !== 'unmatched') throw new DomainError('bankImport.lineNotUnmatched')
      const fresh = fullLine(current)
      const notes = [matched.payment.notes, note].filter((s) => s !== '').join(' · ')
      const payment = await recordPayment(ctx, { ...matched.payment, notes })
      if (matched.writeOff) await writeOff(ctx, payment.id, matched.payment.customerId, matched.payment.date, matched.writeOff)
      const after: BankLineRow = { ...fresh, status: 'matched', paymentId: payment.id, note, decidedBy: ctx.user, decidedAt: nowIso(ctx) }
      await db.bankLines.put(after)
      await writeAudit(ctx, 'bankLine', lineId, 'update', fresh, { ...after, payerMismatch: matched.payerMismatch })
      if (matched.learnedPayer) await learnPayer(ctx, matched.learnedPayer)
      return { paymentId: payment.id }
    },
  )
}

/** Closes the shortfall left by bank charges on one invoice: an allocation of no money with the written-off amount. */
async function writeOff(
  ctx: Ctx,
  paymentId: string,
  customerId: string,
  date: IsoDate,
  w: { invoiceId: string; amount: number; reason: string },
): Promise<void> {
  const { db } = ctx
  const before = await db.invoices.get(w.invoiceId)
  if (!before || before.customerId !== customerId) throw new DomainError('data.invoice.notFound')
  if (w.amount > before.openAmount) throw new DomainError('matching.writeOffMustSettle', { invoice: before.fullNumber })
  const allocation: Allocation = { id: newId(), paymentId, invoiceId: w.invoiceId, customerId, date, amount: 0, discount: w.amount, kind: 'writeOff', reason: w.reason }
  await db.allocations.add(allocation)
  const after = toStoredInvoice({ ...before, discountTaken: before.discountTaken + w.amount, updatedAt: nowIso(ctx) })
  await putInvoice(db, before, after)
  const customer = await db.customers.get(customerId)
  if (customer) await setCustomerBalance(db, customerId, customer.balance - w.amount)
  await writeAudit(ctx, 'allocation', allocation.id, 'create', null, allocation)
}

async function learnPayer(ctx: Ctx, payer: { customerId: string; iban?: string; taxId?: string }): Promise<void> {
  const keys = [payer.iban ? `iban:${payer.iban}` : '', payer.taxId ? `tax:${payer.taxId}` : ''].filter((k) => k !== '')
  for (const key of keys) {
    const existing = await ctx.db.payerAccounts.get(key)
    if (existing) continue
    const record: PayerAccount = { key, customerId: payer.customerId, learnedAt: nowIso(ctx), source: 'match' }
    await ctx.db.payerAccounts.add(record)
    await writeAudit(ctx, 'payerAccount', key, 'create', null, record)
  }
}
