/**
 * Matching 5,000 statement lines against 50,000 open invoices of 2,000 customers.
 * Customers, invoice numbers and issue dates come from the demo generator's plan (renderer/domain/demo, two years,
 * so number-only references repeat across years); amounts, IBANs and the statement lines are drawn from a seeded Rng.
 * Line mix: 35 % exact with a reference (four spellings), 20 % a known IBAN paying 2-3 invoices (combination),
 * 20 % name only with the exact amount of one invoice, 10 % wrong payer (another customer's IBAN with this
 * customer's invoice number), 15 % noise (utility bills, payroll refunds, odd amounts).
 * Prints the build time, the total and per-line time of proposeMatches, and how often the top proposal is right.
 * Run: npx vitest bench --run tests/bench/matching.bench.ts
 */
import { cpus, loadavg } from 'node:os'
import { bench, describe } from 'vitest'
import { buildMatchIndex, proposeMatches, type KnownPayer, type MatchInvoice, type MatchProposal } from '../../renderer/domain/bank/matching'
import type { BankLine } from '../../renderer/domain/bank/types'
import { mixSeed, planDemo, Rng } from '../../renderer/domain/demo'
import { spanishIban } from '../../renderer/domain/demo/identifiers'
import { dueDate, earlyDiscountFor } from '../../renderer/domain/terms'
import type { Customer } from '../../renderer/domain/types'

const TODAY = '2026-11-10'
const CUSTOMERS = 2_000
const INVOICES = 50_000
const LINES = 5_000

type Kind = 'reference' | 'combination' | 'nameOnly' | 'wrongPayer' | 'noise'
interface Case {
  kind: Kind
  line: BankLine
  customerId: string
  invoiceIds: string[]
}

function generate() {
  const plan = planDemo({ country: 'ES', seed: 7, customers: CUSTOMERS, months: 24, today: TODAY, invoicesPerCustomerMonth: 1.1 })
  const rng = new Rng(mixSeed(7, 99))
  const customers: Customer[] = plan.customers.map((c) => c.demo.customer)
  const invoices: MatchInvoice[] = []
  for (const cp of plan.customers) {
    const c = cp.demo.customer
    for (const inv of cp.invoices) {
      const total = rng.int(20, 5_000) * 100 + rng.int(0, 99)
      invoices.push({
        id: `inv-${inv.fullNumber}`,
        fullNumber: inv.fullNumber,
        customerId: c.id,
        currency: 'EUR',
        openAmount: rng.chance(0.15) ? Math.round(total * rng.real(0.2, 0.9)) : total,
        issueDate: inv.issueDate,
        dueDate: dueDate(inv.issueDate, c.terms, c.paymentDays),
        earlyDiscount: c.earlyDiscount,
        totals: { base: total, vat: 0, recargo: 0, total, byRate: [] },
        discountTaken: 0,
      })
    }
  }
  // The plan aims a little above 50,000: keep exactly 50,000, drawn at random.
  const openInvoices = invoices.length > INVOICES ? rng.sample(invoices, INVOICES) : invoices
  const ibanOf = new Map<string, string>()
  const knownPayers: KnownPayer[] = []
  for (const c of customers) {
    const iban = spanishIban(rng, rng.pick(['2100', '0049', '0182', '0081', '2085']))
    ibanOf.set(c.id, iban)
    if (rng.chance(0.6)) knownPayers.push({ customerId: c.id, iban })
  }
  const byCustomer = new Map<string, MatchInvoice[]>()
  for (const inv of [...openInvoices].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))) {
    const list = byCustomer.get(inv.customerId)
    if (list) list.push(inv)
    else byCustomer.set(inv.customerId, [inv])
  }
  const payers = knownPayers.map((p) => p.customerId).filter((id) => (byCustomer.get(id)?.length ?? 0) >= 3)
  const nameOf = new Map(customers.map((c) => [c.id, c.legalName]))
  const bankName = (id: string) => (nameOf.get(id) ?? '').toUpperCase().slice(0, 32)
  const line = (seq: number, amount: number, over: Partial<BankLine>): BankLine => ({
    seq, bookingDate: TODAY, valueDate: TODAY, amount, currency: 'EUR', remittance: '', counterpartyName: '', counterpartyIban: '',
    counterpartyTaxId: '', bankReference: `B${seq}`, typeCode: '02', ...over,
  })
  const spell = (inv: MatchInvoice) => {
    const [series, rest] = [inv.fullNumber.slice(0, 1), inv.fullNumber.slice(1)]
    const [year, num] = rest.split('-') as [string, string]
    return rng.pick([`PAGO ${inv.fullNumber}`, `FRA ${Number(num)}`, `FACTURA ${year}-${Number(num)}`, `TRANSF. ${series}${year}/${Number(num)}`])
  }
  const cases: Case[] = []
  for (let seq = 1; seq <= LINES; seq++) {
    const r = rng.next()
    if (r < 0.35) {
      const inv = rng.pick(openInvoices)
      const known = knownPayers.some((p) => p.customerId === inv.customerId)
      cases.push({ kind: 'reference', customerId: inv.customerId, invoiceIds: [inv.id], line: line(seq, inv.openAmount, {
        remittance: spell(inv), counterpartyName: bankName(inv.customerId), counterpartyIban: known ? (ibanOf.get(inv.customerId) ?? '') : '',
      }) })
    } else if (r < 0.55) {
      const id = rng.pick(payers)
      const chosen = rng.sample((byCustomer.get(id) ?? []).slice(0, 20), rng.int(2, 3))
      const amount = chosen.reduce((s, i) => s + i.openAmount, 0)
      cases.push({ kind: 'combination', customerId: id, invoiceIds: chosen.map((i) => i.id), line: line(seq, amount, {
        remittance: 'PAGO PROVEEDORES', counterpartyName: bankName(id), counterpartyIban: ibanOf.get(id) ?? '',
      }) })
    } else if (r < 0.75) {
      const inv = rng.pick(openInvoices)
      cases.push({ kind: 'nameOnly', customerId: inv.customerId, invoiceIds: [inv.id], line: line(seq, inv.openAmount - earlyDiscountFor(inv, TODAY), {
        remittance: 'TRANSFERENCIA RECIBIDA', counterpartyName: bankName(inv.customerId),
      }) })
    } else if (r < 0.85) {
      const inv = rng.pick(openInvoices)
      let other = rng.pick(payers)
      if (other === inv.customerId) other = payers[(payers.indexOf(other) + 1) % payers.length] ?? other
      cases.push({ kind: 'wrongPayer', customerId: inv.customerId, invoiceIds: [inv.id], line: line(seq, inv.openAmount, {
        remittance: `PAGO ${inv.fullNumber}`, counterpartyName: bankName(other), counterpartyIban: ibanOf.get(other) ?? '',
      }) })
    } else {
      cases.push({ kind: 'noise', customerId: '', invoiceIds: [], line: line(seq, rng.int(100, 900_000), {
        remittance: rng.pick(['DEVOLUCION RECIBO LUZ', 'ABONO INTERESES', 'TRASPASO PROPIO', 'DEVOLUCION COMISION MANTENIMIENTO']),
        counterpartyName: rng.pick(['IBERDROLA CLIENTES SAU', 'BANCO SANTANDER', 'AGENCIA TRIBUTARIA', '']),
      }) })
    }
  }
  return { input: { customers, openInvoices, knownPayers }, cases }
}

function isRight(c: Case, proposals: MatchProposal[]): boolean {
  const top = proposals[0]
  const ids = new Set(top?.allocations.map((a) => a.invoiceId))
  switch (c.kind) {
    case 'reference':
      return top?.customerId === c.customerId && c.invoiceIds.every((id) => ids.has(id))
    case 'combination':
      return top?.customerId === c.customerId && top.unallocated === 0 && top.allocations.reduce((s, a) => s + a.amount, 0) === c.line.amount
    case 'nameOnly':
      return top?.customerId === c.customerId
    case 'wrongPayer':
      return proposals.some((p) => p.customerId === c.customerId && p.needsDecision) && !proposals.some((p) => p.customerId === c.customerId && !p.needsDecision)
    case 'noise':
      return (top?.confidence ?? 0) < 40
  }
}

const genStart = performance.now()
const { input, cases } = generate()
const genMs = performance.now() - genStart
let started = performance.now()
const index = buildMatchIndex(input)
const buildMs = performance.now() - started
started = performance.now()
const cpuBefore = process.cpuUsage()
const results = cases.map((c) => proposeMatches(index, c.line))
const matchMs = performance.now() - started
const cpu = process.cpuUsage(cpuBefore)
const matchCpuMs = (cpu.user + cpu.system) / 1000
let slowest = 0
for (const c of cases) {
  const t = performance.now()
  proposeMatches(index, c.line)
  slowest = Math.max(slowest, performance.now() - t)
}
const quality: Record<string, string> = {}
for (const kind of ['reference', 'combination', 'nameOnly', 'wrongPayer', 'noise'] as const) {
  const mine = cases.map((c, i) => [c, results[i] ?? []] as const).filter(([c]) => c.kind === kind)
  const right = mine.filter(([c, p]) => isRight(c, p)).length
  quality[kind] = `${right}/${mine.length} (${((100 * right) / Math.max(1, mine.length)).toFixed(1)} %)`
}
console.log(
  JSON.stringify(
    {
      machine: `${cpus().length} cpu, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
      customers: input.customers.length,
      openInvoices: input.openInvoices.length,
      knownPayers: input.knownPayers.length,
      lines: cases.length,
      generateMs: Math.round(genMs),
      buildIndexMs: Math.round(buildMs),
      matchAllLinesMs: Math.round(matchMs),
      perLineMs: Number((matchMs / cases.length).toFixed(3)),
      matchAllLinesCpuMs: Math.round(matchCpuMs),
      slowestLineMs: Number(slowest.toFixed(2)),
      withProposal: results.filter((r) => r.length > 0).length,
      topProposalRight: quality,
    },
    null,
    2,
  ),
)

describe('matching 5,000 lines against 50,000 open invoices', () => {
  bench('buildMatchIndex', () => void buildMatchIndex(input), { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 })
  bench('proposeMatches x 5,000 lines', () => {
    for (const c of cases) proposeMatches(index, c.line)
  }, { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 })
})
