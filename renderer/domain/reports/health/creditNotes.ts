/**
 * Signal 1 — credit notes against invoices: every credit note is an invoice the customer did not accept as issued
 * (goods returned or damaged, a wrong price, a duplicate). Credit notes issued in the period are set against the
 * invoices issued in the same period, in number and in amount (totals with VAT), overall, by month, by customer and
 * by reason. A credit note counts in the month it was issued, whatever the date of the invoice it corrects.
 */
import { addMonths, startOfMonth } from '../../dates'
import type { BasisPoints, CreditNote, Customer, Invoice, IsoDate } from '../../types'
import { customerName, levelOf, shareBp, type HealthLevel } from './common'

/** Below 1 % of the amount invoiced is good; from 3 % on, something in sales, warehouse or delivery is wrong. */
export const CREDIT_NOTE_THRESHOLDS = { warnAt: 100, badAt: 300 } as const

export interface CreditNoteFigures {
  invoiceCount: number
  invoiceAmount: number
  noteCount: number
  noteAmount: number
  /** noteAmount / invoiceAmount in basis points (null when nothing was invoiced). */
  shareBp: BasisPoints | null
  /** noteCount / invoiceCount in basis points. */
  countShareBp: BasisPoints | null
}

export interface CreditNoteMonth extends CreditNoteFigures {
  /** 'YYYY-MM' */
  month: string
}

export interface CreditNoteCustomer extends CreditNoteFigures {
  customerId: string
  customerName: string
}

export interface CreditNoteReason {
  /** The reason as first written (reasons that differ only in case or spacing are one). */
  reason: string
  count: number
  amount: number
  creditNoteIds: string[]
}

export interface CreditNoteRow {
  creditNoteId: string
  number: string
  issueDate: IsoDate
  invoiceId: string
  invoiceNumber: string
  customerId: string
  customerName: string
  reason: string
  amount: number
}

export interface CreditNoteSignal extends CreditNoteFigures {
  level: HealthLevel
  byMonth: CreditNoteMonth[]
  /** Customers with at least one credit note, most credited amount first. */
  byCustomer: CreditNoteCustomer[]
  /** Most frequent first. */
  byReason: CreditNoteReason[]
  /** The credit notes, newest first. */
  notes: CreditNoteRow[]
}

interface Acc {
  invoiceCount: number
  invoiceAmount: number
  noteCount: number
  noteAmount: number
}

const empty = (): Acc => ({ invoiceCount: 0, invoiceAmount: 0, noteCount: 0, noteAmount: 0 })

function figures(a: Acc): CreditNoteFigures {
  return { ...a, shareBp: shareBp(a.noteAmount, a.invoiceAmount), countShareBp: shareBp(a.noteCount, a.invoiceCount) }
}

/** Every month touched by [from, to], as 'YYYY-MM', in order. */
export function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = []
  for (let m = startOfMonth(from); m <= to; m = addMonths(m, 1)) out.push(m.slice(0, 7))
  return out
}

function reasonKey(reason: string): string {
  return reason.trim().replace(/\s+/g, ' ').toLocaleLowerCase()
}

/** `invoices` issued and `notes` issued in [from, to] (the caller selects them); `customers` by id. */
export function creditNoteSignal(
  from: IsoDate,
  to: IsoDate,
  invoices: readonly Invoice[],
  notes: readonly CreditNote[],
  customers: ReadonlyMap<string, Customer>,
): CreditNoteSignal {
  const total = empty()
  const months = new Map(monthsOf(from, to).map((m) => [m, empty()]))
  const byCustomer = new Map<string, Acc>()
  const customerAcc = (id: string): Acc => {
    let a = byCustomer.get(id)
    if (!a) byCustomer.set(id, (a = empty()))
    return a
  }
  for (const inv of invoices) {
    for (const a of [total, months.get(inv.issueDate.slice(0, 7)), customerAcc(inv.customerId)]) {
      if (!a) continue
      a.invoiceCount += 1
      a.invoiceAmount += inv.totals.total
    }
  }
  const reasons = new Map<string, CreditNoteReason>()
  const rows: CreditNoteRow[] = []
  const names = new Map<string, string>()
  for (const n of notes) {
    for (const a of [total, months.get(n.issueDate.slice(0, 7)), customerAcc(n.customerId)]) {
      if (!a) continue
      a.noteCount += 1
      a.noteAmount += n.totals.total
    }
    const key = reasonKey(n.reason)
    const r = reasons.get(key) ?? { reason: n.reason.trim(), count: 0, amount: 0, creditNoteIds: [] }
    r.count += 1
    r.amount += n.totals.total
    r.creditNoteIds.push(n.id)
    reasons.set(key, r)
    const name = customerName(customers.get(n.customerId), n.customer.legalName)
    names.set(n.customerId, name)
    rows.push({
      creditNoteId: n.id,
      number: n.fullNumber,
      issueDate: n.issueDate,
      invoiceId: n.invoiceId,
      invoiceNumber: n.invoiceNumber,
      customerId: n.customerId,
      customerName: name,
      reason: n.reason.trim(),
      amount: n.totals.total,
    })
  }
  const overall = figures(total)
  const customersOut = [...byCustomer.entries()]
    .filter(([, a]) => a.noteCount > 0)
    .map(([customerId, a]) => ({ customerId, customerName: names.get(customerId) ?? customerId, ...figures(a) }))
    .sort((a, b) => b.noteAmount - a.noteAmount || a.customerName.localeCompare(b.customerName, 'es') || (a.customerId < b.customerId ? -1 : 1))
  return {
    ...overall,
    level: levelOf(overall.shareBp, CREDIT_NOTE_THRESHOLDS.warnAt, CREDIT_NOTE_THRESHOLDS.badAt),
    byMonth: [...months.entries()].map(([month, a]) => ({ month, ...figures(a) })),
    byCustomer: customersOut,
    byReason: [...reasons.values()].sort((a, b) => b.count - a.count || b.amount - a.amount || a.reason.localeCompare(b.reason, 'es')),
    notes: rows.sort((a, b) => (a.issueDate !== b.issueDate ? (a.issueDate < b.issueDate ? 1 : -1) : a.number < b.number ? 1 : -1)),
  }
}
