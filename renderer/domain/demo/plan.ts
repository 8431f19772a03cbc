/**
 * First pass of the demo generator: the company, the catalog, the customers and, for each, the dates of its
 * invoices and credit notes; then numbers for all of them, correlative per series and year in date order.
 * Cheap (no lines, no payments), so it can cover 200,000 invoices; the second pass (history.ts) builds the
 * documents customer by customer from independent random streams, in chunks.
 */
import { addDays, compareDates, daysBetween, isValidIsoDate, parseIsoDate } from '../dates'
import { DomainError } from '../errors'
import { formatDocumentNumber, seriesId } from '../numbering'
import type { CompanySettings, Country, IsoDate, Product, Series } from '../types'
import { catalogOf, type CatalogItem } from './catalog'
import { demoCompany, demoCustomer, periodStartOf, type DemoCustomer } from './parties'
import { mixSeed, Rng } from './prng'

export interface DemoOptions {
  country: Country
  /** Same seed, same data. Default 1. */
  seed?: number
  /** Default 40. */
  customers?: number
  /** Months of history ending today. Default 12. */
  months?: number
  today: IsoDate
  /** Average invoices per customer and month (default 1.6: about 770 invoices for 40 customers over 12 months). */
  invoicesPerCustomerMonth?: number
}

export interface ResolvedDemoOptions {
  country: Country
  seed: number
  customers: number
  months: number
  today: IsoDate
  invoicesPerCustomerMonth: number
}

export const DEMO_DEFAULTS = { seed: 1, customers: 40, months: 12, invoicesPerCustomerMonth: 1.6 } as const

export interface NumberedDoc {
  year: number
  number: number
  fullNumber: string
}

export interface CreditNotePlan extends NumberedDoc {
  issueDate: IsoDate
  /** Credits the whole invoice (an annulment) rather than part of one line. */
  whole: boolean
}

export interface InvoicePlan extends NumberedDoc {
  /** Position among the customer's invoices (0-based, date order). */
  k: number
  issueDate: IsoDate
  creditNote: CreditNotePlan | null
}

export interface CustomerPlan {
  index: number
  demo: DemoCustomer
  invoices: InvoicePlan[]
}

export interface DemoPlan {
  options: ResolvedDemoOptions
  company: CompanySettings
  catalog: readonly CatalogItem[]
  products: Product[]
  customers: CustomerPlan[]
  series: Series[]
  periodStart: IsoDate
}

/**
 * Independent random streams: one per purpose and customer. `quirks` (invoices issued after delivery, salesmen's
 * deals, missing POs) and `disputes` have streams of their own, so adding them left every other draw as it was
 * (only what follows from a quirk moves, e.g. the payment of an invoice on longer terms).
 */
export const STREAM = { company: 0, customer: 1, dates: 2, history: 3, quirks: 4, disputes: 5 } as const

export function resolveDemoOptions(opts: DemoOptions): ResolvedDemoOptions {
  const r = {
    country: opts.country,
    seed: opts.seed ?? DEMO_DEFAULTS.seed,
    customers: opts.customers ?? DEMO_DEFAULTS.customers,
    months: opts.months ?? DEMO_DEFAULTS.months,
    today: opts.today,
    invoicesPerCustomerMonth: opts.invoicesPerCustomerMonth ?? DEMO_DEFAULTS.invoicesPerCustomerMonth,
  }
  if (!isValidIsoDate(r.today)) throw new DomainError('date.invalid', { value: String(r.today) })
  const positiveInt = (n: number) => Number.isInteger(n) && n > 0
  if (!positiveInt(r.customers) || !positiveInt(r.months) || !Number.isInteger(r.seed) || !(r.invoicesPerCustomerMonth > 0)) {
    throw new DomainError('data.demo.invalidOptions')
  }
  return r
}

function isWeekend(d: IsoDate): boolean {
  const p = parseIsoDate(d)
  const dow = new Date(Date.UTC(p.y, p.m - 1, p.d, 12)).getUTCDay()
  return dow === 0 || dow === 6
}

/** A working day in [from, to] (weekends move to the nearest weekday inside the range; to itself if none). */
function businessDay(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  let d = addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))))
  for (let i = 0; i < 3 && isWeekend(d); i++) d = addDays(d, compareDates(addDays(d, 2), to) <= 0 ? 2 : -1)
  return compareDates(d, from) < 0 ? from : d
}

function productsOf(catalog: readonly CatalogItem[], createdAt: string): Product[] {
  return catalog.map((c) => ({
    id: `demo-p-${c.code}`,
    code: c.code,
    name: c.name,
    unit: c.unit,
    unitPrice: c.unitPrice,
    vatRate: c.vatRate,
    active: true,
    searchWords: [],
    createdAt,
    updatedAt: createdAt,
  }))
}

function numberDocs<T extends { issueDate: IsoDate; order: number } & NumberedDoc>(docs: T[], series: string, kind: Series['kind']): Series[] {
  docs.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.order - b.order))
  const last = new Map<number, number>()
  for (const d of docs) {
    const year = parseIsoDate(d.issueDate).y
    const n = (last.get(year) ?? 0) + 1
    last.set(year, n)
    d.year = year
    d.number = n
    d.fullNumber = formatDocumentNumber(series, year, n)
  }
  return [...last.entries()].map(([year, lastNumber]) => ({ id: seriesId(series, year), code: series, kind, year, lastNumber }))
}

export function planDemo(options: DemoOptions): DemoPlan {
  const o = resolveDemoOptions(options)
  const periodStart = periodStartOf(o.today, o.months)
  const companyRng = new Rng(mixSeed(o.seed, STREAM.company))
  const company = demoCompany(companyRng, o.country, `${periodStart}T08:00:00.000Z`)
  const catalog = catalogOf(o.country)
  const demos: DemoCustomer[] = []
  const taken = new Set<string>()
  for (let i = 0; i < o.customers; i++) {
    demos.push(demoCustomer(new Rng(mixSeed(o.seed, STREAM.customer, i)), company, i, periodStart, o.today, taken))
  }
  // Each customer's share of the invoices: its size times the days it has been buying.
  const weights = demos.map((d) => d.size * (daysBetween(d.from, o.today) + 1))
  const totalWeight = weights.reduce((s, w) => s + w, 0)
  const target = o.invoicesPerCustomerMonth * o.months * o.customers
  const invoiceDocs: (InvoicePlan & { order: number })[] = []
  const noteDocs: (CreditNotePlan & { order: number })[] = []
  const customers: CustomerPlan[] = demos.map((demo, index) => {
    const rng = new Rng(mixSeed(o.seed, STREAM.dates, index))
    const expected = (target * (weights[index] ?? 0)) / totalWeight
    const count = Math.max(1, Math.round(expected * rng.real(0.85, 1.15)))
    const dates = Array.from({ length: count }, () => businessDay(rng, demo.from, o.today)).sort()
    const invoices = dates.map((issueDate, k): InvoicePlan => {
      const order = index * 1_000_000 + k
      let creditNote: CreditNotePlan | null = null
      if (rng.chance(0.03)) {
        const whole = rng.chance(0.2)
        const date = addDays(issueDate, whole ? rng.int(1, 5) : rng.int(2, 25))
        if (compareDates(date, o.today) <= 0) {
          const doc = { issueDate: date, whole, year: 0, number: 0, fullNumber: '', order }
          noteDocs.push(doc)
          creditNote = doc
        }
      }
      const doc = { k, issueDate, creditNote, year: 0, number: 0, fullNumber: '', order }
      invoiceDocs.push(doc)
      return doc
    })
    return { index, demo, invoices }
  })
  const series = [
    ...numberDocs(invoiceDocs, company.invoiceSeries, 'invoice'),
    ...numberDocs(noteDocs, company.creditNoteSeries, 'creditNote'),
  ]
  return { options: o, company, catalog, products: productsOf(catalog, company.createdAt), customers, series, periodStart }
}
