/**
 * The demo wholesaler: one deterministic, seeded generator for the demo button, the end-to-end tests and the
 * benchmark. Pure: same options, same objects. Scales by `customers`, `months` and `invoicesPerCustomerMonth`;
 * `demoChunks` yields customers with their whole history a few at a time so 200,000 invoices never sit in memory
 * at once. Search words are left empty: the database layer fills them when it stores the rows.
 */
import type { Dispute } from '../collections/types'
import type { Allocation, CompanySettings, CreditNote, Customer, Interaction, Invoice, Payment, Product, Series } from '../types'
import { demoDisputes } from './disputes'
import { customerHistory } from './history'
import { planDemo, STREAM, type DemoOptions, type DemoPlan } from './plan'
import { mixSeed, Rng } from './prng'
import { demoInteractions } from './timeline'

export { planDemo, resolveDemoOptions, DEMO_DEFAULTS, type DemoOptions, type DemoPlan } from './plan'
export { mixSeed, Rng } from './prng'

export interface DemoChunk {
  customers: Customer[]
  invoices: Invoice[]
  creditNotes: CreditNote[]
  payments: Payment[]
  allocations: Allocation[]
  interactions: Interaction[]
  /** Collections' disputes (settled ones with their two timeline notes, among `interactions`). */
  disputes: Dispute[]
}

export interface DemoData extends DemoChunk {
  company: CompanySettings
  products: Product[]
  series: Series[]
}

function emptyChunk(): DemoChunk {
  return { customers: [], invoices: [], creditNotes: [], payments: [], allocations: [], interactions: [], disputes: [] }
}

/** Customers [from, to) of the plan with their documents. */
export function generateCustomers(plan: DemoPlan, from: number, to: number): DemoChunk {
  const chunk = emptyChunk()
  for (const cp of plan.customers.slice(from, to)) {
    const rng = new Rng(mixSeed(plan.options.seed, STREAM.history, cp.index))
    const h = customerHistory(rng, plan, cp)
    chunk.customers.push(h.customer)
    chunk.invoices.push(...h.invoices)
    chunk.creditNotes.push(...h.creditNotes)
    chunk.payments.push(...h.payments)
    chunk.allocations.push(...h.allocations)
    const timeline = demoInteractions(rng, cp.index, h, cp.demo.from, plan.options.today)
    const { disputes, notes } = demoDisputes(plan, cp, h, timeline)
    chunk.interactions.push(...timeline, ...notes)
    chunk.disputes.push(...disputes)
  }
  return chunk
}

export function* demoChunks(plan: DemoPlan, customersPerChunk = 50): Generator<DemoChunk> {
  for (let i = 0; i < plan.customers.length; i += customersPerChunk) {
    yield generateCustomers(plan, i, i + customersPerChunk)
  }
}

/** The whole demo in memory (tests, small sizes). */
export function generateDemo(opts: DemoOptions): DemoData {
  const plan = planDemo(opts)
  const all = generateCustomers(plan, 0, plan.customers.length)
  return { company: plan.company, products: plan.products, series: plan.series, ...all }
}
