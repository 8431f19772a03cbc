/**
 * A confirmed decision (a proposal as shown, or the user's own split) -> the input for recording the payment with
 * its allocations: amount = the line's amount = sum of allocated money + unallocated (customer credit), to the cent;
 * a write-off closes the one invoice left short by bank charges. Refuses with a DomainError (errors:matching.* and
 * errors:allocation.*), leaving nothing half done: a payer mismatch without explicit allowance, an invoice of
 * another customer or not open, allocations above what is open or above the payment, a write-off above the
 * threshold, without a reason or that does not settle its invoice, or a proposal whose figures do not add up.
 */
import { validateAllocations, type AllocationLine, type OpenItem } from '../../allocation'
import { DomainError } from '../../errors'
import { earlyDiscountFor } from '../../terms'
import type { BankLine } from '../types'
import { customerName, payersOf } from './evidence'
import { ibanKey, taxIdKey, type MatchIndex } from './matchIndex'
import type { ApplyOptions, KnownPayer, ManualSplit, MatchedPayment, MatchProposal, ProposedWriteOff } from './types'

const DEFAULT_WRITE_OFF_THRESHOLD = 500
const REFERENCE_MAX = 140

function isProposal(d: MatchProposal | ManualSplit): d is MatchProposal {
  return 'confidence' in d && 'unallocated' in d
}

function checkWriteOff(w: ProposedWriteOff, lines: readonly AllocationLine[], index: MatchIndex, threshold: number): void {
  const invoice = index.invoices.get(w.invoiceId)
  const number = invoice?.fullNumber ?? w.invoiceId
  if (!Number.isSafeInteger(w.amount) || w.amount <= 0) throw new DomainError('matching.writeOffInvalid', { invoice: number })
  if (w.amount > threshold) throw new DomainError('matching.writeOffTooLarge', { amountCents: w.amount, thresholdCents: threshold })
  if (!w.reason.trim()) throw new DomainError('matching.writeOffReasonRequired', { invoice: number })
  const line = lines.find((l) => l.invoiceId === w.invoiceId)
  if (!invoice || !line || line.amount + line.discount + w.amount !== invoice.openAmount) {
    throw new DomainError('matching.writeOffMustSettle', { invoice: number })
  }
}

function learned(index: MatchIndex, line: BankLine, customerId: string): KnownPayer | null {
  const iban = ibanKey(line.counterpartyIban)
  const taxId = taxIdKey(line.counterpartyTaxId)
  const newIban = iban && !index.payerByIban.get(iban)?.has(customerId) ? iban : ''
  const newTaxId = taxId && !index.payerByTaxId.get(taxId)?.has(customerId) ? taxId : ''
  if (!newIban && !newTaxId) return null
  return { customerId, ...(newIban ? { iban: newIban } : {}), ...(newTaxId ? { taxId: newTaxId } : {}) }
}

export function applyDecision(
  index: MatchIndex,
  line: BankLine,
  decision: MatchProposal | ManualSplit,
  options: ApplyOptions = {},
): MatchedPayment {
  if (!Number.isSafeInteger(line.amount) || line.amount <= 0) throw new DomainError('matching.notCredit')
  const customerId = decision.customerId
  if (!index.customers.has(customerId)) throw new DomainError('matching.unknownCustomer', { customer: customerId })
  const customer = customerName(index, customerId)
  const date = line.valueDate || line.bookingDate
  const currency = String(line.currency || '').toUpperCase()

  const { ibanIds, taxIds } = payersOf(index, line)
  const payers = new Set([...ibanIds, ...taxIds])
  const mismatch = (payers.size > 0 && !payers.has(customerId)) || (isProposal(decision) && decision.needsDecision)
  if (mismatch && !options.allowPayerMismatch) {
    const payerCustomer = [...payers].map((id) => customerName(index, id)).join(', ')
    throw new DomainError('matching.payerMismatch', { payerCustomer, invoiceCustomer: customer })
  }

  const lines = decision.allocations.filter((l) => l.amount !== 0 || l.discount !== 0).map((l) => ({ ...l }))
  const items: OpenItem[] = []
  for (const l of lines) {
    const invoice = index.invoices.get(l.invoiceId)
    if (!invoice) throw new DomainError('matching.invoiceNotOpen', { invoice: l.invoiceId })
    if (invoice.customerId !== customerId) {
      throw new DomainError('matching.otherCustomer', { invoice: invoice.fullNumber, customer: customerName(index, invoice.customerId) })
    }
    if (currency && invoice.currency !== currency) {
      throw new DomainError('matching.currencyMismatch', { invoice: invoice.fullNumber, currency: invoice.currency })
    }
    if (!items.some((i) => i.invoiceId === invoice.id)) {
      items.push({
        invoiceId: invoice.id,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        fullNumber: invoice.fullNumber,
        openAmount: invoice.openAmount,
        discountAvailable: earlyDiscountFor(invoice, date),
      })
    }
  }
  const problems = validateAllocations(line.amount, lines, items)
  if (problems[0]) throw problems[0]

  const writeOff = decision.writeOff ?? null
  if (writeOff) checkWriteOff(writeOff, lines, index, options.writeOffThreshold ?? DEFAULT_WRITE_OFF_THRESHOLD)

  const allocated = lines.reduce((s, l) => s + l.amount, 0)
  const unallocated = line.amount - allocated
  if (isProposal(decision) && decision.unallocated !== unallocated) {
    throw new DomainError('matching.sumMismatch', { allocatedCents: allocated, unallocatedCents: decision.unallocated, paymentCents: line.amount })
  }
  const notes = [line.counterpartyName, line.counterpartyIban, line.bankReference].filter((s) => s && s.trim()).join(' / ')
  return {
    payment: {
      customerId,
      date,
      amount: line.amount,
      method: 'transfer',
      reference: (line.remittance.trim() || line.bankReference).slice(0, REFERENCE_MAX),
      notes,
      allocations: lines,
      applyDiscounts: false,
    },
    unallocated,
    writeOff: writeOff ? { ...writeOff, reason: writeOff.reason.trim() } : null,
    payerMismatch: mismatch,
    learnedPayer: mismatch ? null : learned(index, line, customerId),
  }
}
