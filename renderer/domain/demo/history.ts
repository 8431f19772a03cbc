/**
 * Second pass of the demo generator: one customer's invoices (lines and totals from tax.ts, due dates from
 * terms.ts), credit notes, payments with their allocations (on time, late, partial or not at all, with the
 * early-payment discount where taken) and the maintained figures, computed in memory exactly as the
 * repositories maintain them: open = total - paid - discount - credited (never below 0);
 * balance = invoices - credit notes - payments - discounts.
 * Issued invoices carry the process flaws of quirks.ts (late invoicing, off-terms deals, missing POs).
 */
import { addDays, compareDates, maxDate } from '../dates'
import { openAmount } from '../invoiceStatus'
import { percentOf } from '../money'
import { computeTotals } from '../tax'
import { dueDate, earlyDiscountDeadline } from '../terms'
import type { Allocation, CompanySettings, CreditNote, Customer, Invoice, InvoiceLine, IsoDate, Payment, PaymentMethod, PartySnapshot } from '../types'
import type { CatalogItem } from './catalog'
import { CREDIT_REASONS, paymentReference } from './texts'
import { STREAM, type CustomerPlan, type DemoPlan, type InvoicePlan } from './plan'
import { mixSeed, Rng } from './prng'
import { customerQuirks, delayedPayment, invoiceQuirks } from './quirks'

export interface CustomerHistory {
  customer: Customer
  invoices: Invoice[]
  creditNotes: CreditNote[]
  payments: Payment[]
  allocations: Allocation[]
}

function snapshot(p: { legalName: string; taxId: string; tradeRegister: string; address: PartySnapshot['address'] }): PartySnapshot {
  return { legalName: p.legalName, taxId: p.taxId, tradeRegister: p.tradeRegister, address: { ...p.address } }
}

/** The PO as typed, or '' when it was left out (the number is still drawn, so the stream stays the same). */
function withPO(po: string, left: boolean): string {
  return left ? '' : po
}

function makeLines(rng: Rng, catalog: readonly CatalogItem[], size: number, lineDiscount: number): InvoiceLine[] {
  const n = Math.min(10, Math.max(1, Math.round(rng.real(1, 3 + 3 * Math.min(size, 2)))))
  return rng.sample(catalog, n).map((item) => ({
    productId: `demo-p-${item.code}`,
    code: item.code,
    description: item.name,
    quantity: item.byWeight
      ? Math.round(rng.real(1, 4 + 6 * size) * 10) / 10
      : rng.int(1, Math.max(2, Math.round(3 + 5 * size))),
    unit: item.unit,
    unitPrice: item.unitPrice,
    discount: lineDiscount,
    vatRate: item.vatRate,
  }))
}

/** Part of one line (a return or a price correction), never more than the line. */
function partialCredit(rng: Rng, lines: InvoiceLine[]): InvoiceLine[] {
  const line = rng.pick(lines)
  const part = line.quantity * rng.real(0.2, 0.6)
  const quantity = Number.isInteger(line.quantity) ? Math.max(1, Math.floor(part)) : Math.max(0.1, Math.round(part * 10) / 10)
  return [{ ...line, quantity: Math.min(quantity, line.quantity) }]
}

interface PaymentStep {
  date: IsoDate
  /** Share of what is open to pay (1 = all of it). */
  share: number
  discount: boolean
}

/** `dealRng` draws for an early discount the customer's agreement does not have (a salesman's deal, quirks.ts). */
function schedule(rng: Rng, plan: CustomerPlan, inv: Invoice, hasCredit: boolean, dealRng: Rng): PaymentStep[] {
  const { behaviour, stopPayingFrom, customer } = plan.demo
  const late = (min: number, max: number) => addDays(inv.dueDate, rng.int(min, max))
  if (behaviour === 'stopped' && stopPayingFrom && compareDates(inv.issueDate, stopPayingFrom) >= 0) return []
  if (behaviour === 'punctual') {
    const r = customer.earlyDiscount ? rng : dealRng
    if (inv.earlyDiscount && !hasCredit && r.chance(0.6)) {
      const date = addDays(inv.issueDate, r.int(2, inv.earlyDiscount.days))
      // A deal's discount taken: still draw the date the customer would have paid on, so the main stream goes on as before.
      if (r !== rng && customer.paymentDays.length === 0) late(-3, 2)
      return [{ date, share: 1, discount: true }]
    }
    const onDay = customer.paymentDays.length > 0 ? inv.dueDate : late(-3, 2)
    return [{ date: onDay, share: 1, discount: false }]
  }
  if (behaviour === 'partial' && rng.chance(0.45)) {
    const first = late(0, 15)
    return [
      { date: first, share: rng.real(0.4, 0.8), discount: false },
      { date: addDays(first, rng.int(20, 60)), share: 1, discount: false },
    ]
  }
  if (rng.chance(0.03)) return [] // forgotten or disputed: stays overdue
  if (customer.collectionProfile === 'publicAdmin') return [{ date: late(20, 90), share: 1, discount: false }]
  return [{ date: late(5, 55), share: 1, discount: false }]
}

function methodFor(rng: Rng, plan: CustomerPlan, amount: number, country: CompanySettings['country']): PaymentMethod {
  const cashLimit = country === 'ES' ? 100_000 : 500_000 // ES Ley 7/2012: < 1,000 €; RO Legea 70/2015: 5,000 lei
  if (plan.demo.customer.collectionProfile === 'smallShop' && amount < cashLimit && rng.chance(0.5)) return 'cash'
  if (country === 'ES') return rng.weighted<PaymentMethod>([['transfer', 70], ['directDebit', 15], ['promissoryNote', 15]])
  return rng.weighted<PaymentMethod>([['transfer', 85], ['card', 15]])
}

interface PendingAllocation {
  invoice: Invoice
  date: IsoDate
  amount: number
  discount: number
}

export function customerHistory(rng: Rng, plan: DemoPlan, cp: CustomerPlan): CustomerHistory {
  const { company, catalog, options } = plan
  const today = options.today
  const c = cp.demo.customer
  const seller = snapshot(company)
  const buyer = snapshot(c)
  const recargo = c.recargoEquivalencia && company.country === 'ES'
  const invoices: Invoice[] = []
  const creditNotes: CreditNote[] = []
  const pending: PendingAllocation[] = []
  const credited = new Map<string, { date: IsoDate; total: number }>()
  const quirks = customerQuirks(new Rng(mixSeed(options.seed, STREAM.quirks, cp.index)))
  const paymentDelays = new Map<string, number>()

  const buildInvoice = (p: InvoicePlan | null, issueDate: IsoDate, id: string): Invoice => {
    const standard = makeLines(rng, catalog, cp.demo.size, c.lineDiscount)
    const at = `${issueDate}T${String(8 + rng.int(0, 9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`
    // Issued history carries the office's and the salesmen's slips (drafts are today's, clean, invoices).
    const q = p ? invoiceQuirks(quirks, c, issueDate, standard) : null
    const lines = q?.lines ?? standard
    const terms = q?.terms ?? c.terms
    if (q?.paymentDelay) paymentDelays.set(id, q.paymentDelay)
    const totals = computeTotals(lines, { recargoEquivalencia: recargo })
    return {
      id,
      lifecycle: p ? 'issued' : 'draft',
      series: company.invoiceSeries,
      year: Number(issueDate.slice(0, 4)),
      number: p ? p.number : 0,
      fullNumber: p ? p.fullNumber : '',
      customerId: c.id,
      customer: buyer,
      seller,
      language: c.language,
      currency: company.currency,
      exchangeRate: null,
      issueDate,
      dueDate: dueDate(issueDate, terms, c.paymentDays),
      terms,
      paymentDays: c.paymentDays,
      earlyDiscount: q ? q.earlyDiscount : c.earlyDiscount,
      recargoEquivalencia: recargo,
      lines,
      totals,
      deliveryDate: q?.deliveryDate ?? issueDate,
      deliveryNoteNumber: p ? `${company.country === 'ES' ? 'ALB' : 'AVZ'}-${p.year}-${String(p.number).padStart(6, '0')}` : '',
      deliveryAddress: c.deliveryAddresses.length > 0 && rng.chance(0.5) ? rng.pick(c.deliveryAddresses) : null,
      poNumber: c.requiresPO ? withPO(`${company.country === 'ES' ? 'PED' : 'CMD'}-${rng.digits(6)}`, q?.withoutPO ?? false) : '',
      contractRef: '',
      notes: '',
      paidAmount: 0,
      discountTaken: 0,
      creditedAmount: 0,
      openAmount: 0,
      isOpen: 0,
      createdAt: at,
      updatedAt: at,
      issuedAt: p ? at : '',
    }
  }

  for (const p of cp.invoices) {
    const inv = buildInvoice(p, p.issueDate, `demo-i-${String(cp.index + 1).padStart(5, '0')}-${String(p.k + 1).padStart(4, '0')}`)
    invoices.push(inv)
    if (p.creditNote) {
      const cn = p.creditNote
      const lines = cn.whole ? inv.lines.map((l) => ({ ...l })) : partialCredit(rng, inv.lines)
      const totals = computeTotals(lines, { recargoEquivalencia: recargo })
      const reasons = CREDIT_REASONS[c.language]
      creditNotes.push({
        id: `demo-cn-${inv.id.slice(7)}`,
        series: company.creditNoteSeries,
        year: cn.year,
        number: cn.number,
        fullNumber: cn.fullNumber,
        invoiceId: inv.id,
        invoiceNumber: inv.fullNumber,
        customerId: c.id,
        customer: buyer,
        seller,
        language: c.language,
        currency: inv.currency,
        exchangeRate: null,
        issueDate: cn.issueDate,
        reason: cn.whole ? reasons.whole : rng.pick(reasons.partial),
        lines,
        totals,
        recargoEquivalencia: recargo,
        createdAt: `${cn.issueDate}T11:00:00.000Z`,
      })
      credited.set(inv.id, { date: cn.issueDate, total: totals.total })
    }
    // Payments, in order, each for what is open on its date.
    let paid = 0
    let discount = 0
    for (const step of schedule(rng, cp, inv, p.creditNote !== null, quirks.rng)) {
      const date = maxDate(delayedPayment(inv, step.date, paymentDelays), inv.issueDate)
      if (compareDates(date, today) > 0) break
      const cn = credited.get(inv.id)
      const creditedNow = cn && compareDates(cn.date, date) <= 0 ? cn.total : 0
      const open = openAmount(inv.totals.total, paid, discount, creditedNow)
      if (open <= 0) break
      const withinWindow = inv.earlyDiscount && compareDates(date, earlyDiscountDeadline(inv.issueDate, inv.earlyDiscount)) <= 0
      const disc = step.discount && withinWindow && inv.earlyDiscount ? Math.min(open, percentOf(inv.totals.total, inv.earlyDiscount.percent)) : 0
      const amount = step.share >= 1 ? open - disc : Math.max(1, Math.round(open * step.share))
      pending.push({ invoice: inv, date, amount, discount: disc })
      paid += amount
      discount += disc
    }
  }
  if (cp.index < 2 && plan.options.customers > 2) {
    invoices.push(buildInvoice(null, today, `demo-d-${String(cp.index + 1).padStart(5, '0')}`))
  }
  const { payments, allocations } = paymentsOf(rng, plan, cp, pending)
  return { customer: withFigures(c, invoices, creditNotes, payments, allocations), invoices, creditNotes, payments, allocations }
}

function paymentsOf(rng: Rng, plan: DemoPlan, cp: CustomerPlan, pending: PendingAllocation[]) {
  const c = cp.demo.customer
  const groups = new Map<string, PendingAllocation[]>()
  pending.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  pending.forEach((p, i) => {
    const key = cp.demo.groupsPayments ? p.date : `${p.date}#${i}`
    const g = groups.get(key)
    if (g) g.push(p)
    else groups.set(key, [p])
  })
  const payments: Payment[] = []
  const allocations: Allocation[] = []
  let n = 0
  for (const group of groups.values()) {
    n += 1
    const date = group[0]?.date ?? plan.options.today
    const id = `demo-pay-${String(cp.index + 1).padStart(5, '0')}-${String(n).padStart(4, '0')}`
    const allocated = group.reduce((s, g) => s + g.amount, 0)
    const extra = rng.chance(0.015) ? rng.int(1, 50) * 100 : 0
    const amount = allocated + extra
    const method = methodFor(rng, cp, amount, plan.company.country)
    payments.push({
      id,
      customerId: c.id,
      date,
      amount,
      method,
      reference: paymentReference(rng, plan.company.country, method, group.map((g) => g.invoice.fullNumber)),
      notes: '',
      unallocated: extra,
      createdAt: `${date}T12:00:00.000Z`,
    })
    group.forEach((g, j) => {
      allocations.push({ id: `${id}-${j + 1}`, paymentId: id, invoiceId: g.invoice.id, customerId: c.id, date, amount: g.amount, discount: g.discount })
    })
  }
  return { payments, allocations }
}

/** Invoice figures and the customer balance from the documents (mutates the invoices, returns the customer). */
function withFigures(c: Customer, invoices: Invoice[], notes: CreditNote[], payments: Payment[], allocations: Allocation[]): Customer {
  const byId = new Map(invoices.map((i) => [i.id, i]))
  for (const a of allocations) {
    const inv = byId.get(a.invoiceId)
    if (!inv) continue
    inv.paidAmount += a.amount
    inv.discountTaken += a.discount
    inv.updatedAt = `${a.date}T12:00:00.000Z`
  }
  for (const n of notes) {
    const inv = byId.get(n.invoiceId)
    if (inv) inv.creditedAmount += n.totals.total
  }
  let balance = 0
  for (const inv of invoices) {
    if (inv.lifecycle !== 'issued') continue
    inv.openAmount = openAmount(inv.totals.total, inv.paidAmount, inv.discountTaken, inv.creditedAmount)
    inv.isOpen = inv.openAmount > 0 ? 1 : 0
    balance += inv.totals.total
  }
  for (const n of notes) balance -= n.totals.total
  for (const p of payments) balance -= p.amount
  for (const a of allocations) balance -= a.discount
  return { ...c, balance }
}
