/** Invariants every loaded demo (and any Cobro database) must satisfy, checked against the rows themselves. */
import { expect } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { companyFromInput } from '../../../renderer/db/repos/company'
import { customerFromInput } from '../../../renderer/db/repos/customers'
import { productFromInput } from '../../../renderer/db/repos/products'
import { customerLedger } from '../../../renderer/db/repos/statement'
import type { StoredInvoice } from '../../../renderer/db/stored'
import { validateIban } from '../../../renderer/domain/iban'
import { creditNoteProblems, issueProblems } from '../../../renderer/domain/invoiceRules'
import { computeTotals } from '../../../renderer/domain/tax'
import { validateTaxId } from '../../../renderer/domain/taxId'
import { dueDate } from '../../../renderer/domain/terms'
import type { CreditNote, Series } from '../../../renderer/domain/types'

export async function loadAll(ctx: Ctx) {
  const { db } = ctx
  const [company, customers, products, invoices, payments, allocations, creditNotes, interactions, series] = await Promise.all([
    db.company.get('company'),
    db.customers.toArray(),
    db.products.toArray(),
    db.invoices.toArray() as Promise<StoredInvoice[]>,
    db.payments.toArray(),
    db.allocations.toArray(),
    db.creditNotes.toArray(),
    db.interactions.toArray(),
    db.series.toArray(),
  ])
  if (!company) throw new Error('no company')
  return { company, customers, products, invoices, payments, allocations, creditNotes, interactions, series }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const x of xs) {
    const k = key(x)
    const list = m.get(k)
    if (list) list.push(x)
    else m.set(k, [x])
  }
  return m
}

/** Numbers 1..n without gaps per series and year, in date order, and the series rows agree. */
function checkNumbering(docs: { series: string; year: number; number: number; issueDate: string; fullNumber: string }[], series: Series[], kind: Series['kind']) {
  for (const [key, list] of groupBy(docs, (d) => `${d.series}-${d.year}`)) {
    list.sort((a, b) => a.number - b.number)
    expect(list.map((d) => d.number)).toEqual(list.map((_, i) => i + 1))
    for (let i = 1; i < list.length; i++) expect(list[i]!.issueDate >= list[i - 1]!.issueDate).toBe(true)
    for (const d of list) expect(Number(d.issueDate.slice(0, 4))).toBe(d.year)
    expect(series.find((s) => s.id === key)).toEqual({ id: key, code: list[0]!.series, kind, year: list[0]!.year, lastNumber: list.length })
  }
  expect(new Set(docs.map((d) => d.fullNumber)).size).toBe(docs.length)
}

export async function checkDemoInvariants(ctx: Ctx): Promise<Awaited<ReturnType<typeof loadAll>>> {
  const data = await loadAll(ctx)
  const { company, customers, products, invoices, payments, allocations, creditNotes, series } = data
  const country = company.country

  // Parties and catalog pass the same validation as the screens' input.
  expect(validateTaxId(company.taxId, country).ok).toBe(true)
  expect(validateIban(company.iban).ok).toBe(true)
  expect(() => companyFromInput(company)).not.toThrow()
  for (const c of customers) {
    expect(validateTaxId(c.taxId, c.address.country), `${c.code} ${c.taxId}`).toMatchObject({ ok: true, normalized: c.taxId })
    expect(customerFromInput(c, company)).toMatchObject({ taxId: c.taxId, legalName: c.legalName, terms: c.terms })
    expect(c.contacts.filter((x) => x.approvesInvoices).length).toBeGreaterThanOrEqual(1)
  }
  for (const p of products) expect(() => productFromInput(p, company)).not.toThrow()
  expect(new Set(customers.map((c) => c.code)).size).toBe(customers.length)

  const allocByInvoice = groupBy(allocations, (a) => a.invoiceId)
  const allocByPayment = groupBy(allocations, (a) => a.paymentId)
  const notesByInvoice = groupBy(creditNotes, (n) => n.invoiceId)
  const invoiceById = new Map(invoices.map((i) => [i.id, i]))
  const customerById = new Map(customers.map((c) => [c.id, c]))

  for (const inv of invoices) {
    const cust = customerById.get(inv.customerId)!
    expect(inv.totals).toEqual(computeTotals(inv.lines, { recargoEquivalencia: inv.recargoEquivalencia }))
    expect(inv.dueDate).toBe(dueDate(inv.issueDate, inv.terms, inv.paymentDays))
    const allocs = allocByInvoice.get(inv.id) ?? []
    const notes = notesByInvoice.get(inv.id) ?? []
    expect(inv.paidAmount).toBe(sum(allocs.map((a) => a.amount)))
    expect(inv.discountTaken).toBe(sum(allocs.map((a) => a.discount)))
    expect(inv.creditedAmount).toBe(sum(notes.map((n) => n.totals.total)))
    if (inv.lifecycle === 'draft') {
      expect([inv.number, inv.fullNumber, inv.openAmount, inv.isOpen, allocs.length]).toEqual([0, '', 0, 0, 0])
      continue
    }
    // A missing PO is part of the demo's history on purpose (the process-health report finds those invoices).
    const problems = issueProblems({ ...inv, lifecycle: 'draft' }, company, { requiresPO: cust.requiresPO })
    expect(problems.filter((p) => p.code !== 'invoice.requiresPO')).toEqual([])
    const open = inv.totals.total - inv.paidAmount - inv.discountTaken - inv.creditedAmount
    expect(inv.openAmount).toBe(Math.max(0, open))
    expect(inv.isOpen).toBe(inv.openAmount > 0 ? 1 : 0)
    expect(inv.isPartial).toBe(inv.isOpen && inv.paidAmount + inv.discountTaken + inv.creditedAmount > 0 ? 1 : 0)
    // Money never goes beyond the total: only a credit note after payment makes customer credit.
    expect(inv.paidAmount + inv.discountTaken).toBeLessThanOrEqual(inv.totals.total)
    for (const a of allocs) expect(a.date >= inv.issueDate).toBe(true)
  }
  for (const n of creditNotes) {
    const inv = invoiceById.get(n.invoiceId)!
    expect(n.customerId).toBe(inv.customerId)
    expect(n.totals).toEqual(computeTotals(n.lines, { recargoEquivalencia: inv.recargoEquivalencia }))
    expect(creditNoteProblems(inv, n.lines, n.reason, inv.creditedAmount - n.totals.total)).toEqual([])
    expect(n.issueDate >= inv.issueDate).toBe(true)
  }
  for (const p of payments) {
    const allocs = allocByPayment.get(p.id) ?? []
    expect(p.amount).toBeGreaterThan(0)
    expect(p.unallocated).toBe(p.amount - sum(allocs.map((a) => a.amount)))
    expect(p.unallocated).toBeGreaterThanOrEqual(0)
    for (const a of allocs) {
      expect(a.customerId).toBe(p.customerId)
      expect(invoiceById.get(a.invoiceId)?.customerId).toBe(p.customerId)
      expect(a.date).toBe(p.date)
    }
  }
  // Balances: invoices - credit notes - payments - discounts, per customer and as the ledger's last row.
  const issued = invoices.filter((i) => i.lifecycle === 'issued')
  for (const c of customers) {
    const expected =
      sum(issued.filter((i) => i.customerId === c.id).map((i) => i.totals.total)) -
      sum(creditNotes.filter((n) => n.customerId === c.id).map((n: CreditNote) => n.totals.total)) -
      sum(payments.filter((p) => p.customerId === c.id).map((p) => p.amount)) -
      sum(allocations.filter((a) => a.customerId === c.id).map((a) => a.discount))
    expect(c.balance, c.code).toBe(expected)
    const ledger = await customerLedger(ctx, c.id)
    expect(ledger.length === 0 ? 0 : ledger[ledger.length - 1]!.balance).toBe(c.balance)
  }
  // Total receivable = open invoices - unallocated payments - credit beyond what was open.
  const excess = sum(issued.map((i) => Math.max(0, i.paidAmount + i.discountTaken + i.creditedAmount - i.totals.total)))
  expect(sum(customers.map((c) => c.balance))).toBe(
    sum(issued.map((i) => i.openAmount)) - sum(payments.map((p) => p.unallocated)) - excess,
  )
  checkNumbering(issued, series, 'invoice')
  checkNumbering(creditNotes, series, 'creditNote')
  return data
}
