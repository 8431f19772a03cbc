/**
 * The receivables dashboard's figures (pure), rebuilt from the documents for the last N month-ends
 * (see dashboard/period.ts; the current month ends today):
 * - receivable, overdue and not-yet-due at each month-end, and the aging buckets as of that date: the same figures
 *   agingAsOf gives for that date, from ONE pass over the invoices (each invoice visits only the month-ends where
 *   its open amount can differ: dashboard/openAtMonthEnds.ts, through openAmountAsOf);
 * - DSO by the countback method at each month-end (dsoCountback over monthlySales, DSO_LOOKBACK_MONTHS back,
 *   flagged as a lower bound when the receivable is larger than all those sales);
 * - collection effectiveness per month, in basis points (dashboard/cei.ts), the last complete month's and the
 *   plain mean of the last three complete months';
 * - the top debtors as of today (dashboard/topDebtors.ts).
 * The caller passes every issued invoice that can be open at one of the month-ends or whose sales the DSO needs,
 * with all their allocations and credit notes, and the credit notes issued since `salesFrom` (see the repository).
 */
import { daysBetween } from '../dates'
import { bucketIndexOf, DEFAULT_BUCKETS, validateBuckets, type BucketBounds, type OpenItem } from './aging'
import { dsoCountback, monthlySales, type YearMonth } from './dso'
import { collectionEffectiveness, meanBasisPoints } from './dashboard/cei'
import { forEachOpenAtMonthEnds, groupByInvoiceId } from './dashboard/openAtMonthEnds'
import { dashboardPeriod, DSO_LOOKBACK_MONTHS, type MonthEnd } from './dashboard/period'
import { topDebtors, type TopDebtor } from './dashboard/topDebtors'
import type { Allocation, BasisPoints, Cents, CreditNote, Customer, Invoice, IsoDate } from '../types'

export { dashboardPeriod, DEFAULT_DASHBOARD_MONTHS, DSO_LOOKBACK_MONTHS, type DashboardPeriod, type MonthEnd } from './dashboard/period'
export { collectionEffectiveness, meanBasisPoints } from './dashboard/cei'
export type { TopDebtor } from './dashboard/topDebtors'

export type DashboardInvoice = Pick<Invoice, 'id' | 'lifecycle' | 'issueDate' | 'dueDate' | 'totals' | 'fullNumber' | 'customerId'> & {
  customer: Pick<Invoice['customer'], 'legalName'>
}

export interface DashboardMonth extends MonthEnd {
  receivable: Cents
  /** Open past its due date at `end`. */
  overdue: Cents
  /** Open and not yet due at `end` (receivable − overdue). */
  notDue: Cents
  /** Open per aging bucket at `end`; they add up to `receivable`. */
  buckets: Cents[]
  /** Invoices minus credit notes issued in the month (up to `end`). */
  sales: Cents
  /** Countback DSO at `end`, one decimal; null when not computable. */
  dso: number | null
  /** The receivable was larger than all the sales counted back against: `dso` is a lower bound. */
  dsoLowerBound: boolean
  /** Collection effectiveness of the month in basis points; null when nothing was collectable. */
  cei: BasisPoints | null
}

export interface DashboardData {
  today: IsoDate
  bounds: BucketBounds
  /** Oldest first; the last one ends today. */
  months: DashboardMonth[]
  /** Receivable at the month-end before the first month. */
  openingReceivable: Cents
  /** As of today (the last month). */
  receivable: Cents
  overdue: Cents
  /** overdue / receivable in basis points; null when nothing is receivable. */
  overdueShare: BasisPoints | null
  dso: number | null
  dsoLowerBound: boolean
  /** The last month that is over, with its CEI; null when none is in the period. */
  ceiLastMonth: { month: YearMonth; cei: BasisPoints | null } | null
  /** Plain mean of the CEIs of the last three months that are over (those known). */
  ceiAverage3: BasisPoints | null
  topDebtors: TopDebtor[]
  /** Customers with something open today. */
  debtors: number
}

export interface DashboardInput {
  invoices: readonly DashboardInvoice[]
  allocations: readonly Pick<Allocation, 'invoiceId' | 'date' | 'amount' | 'discount'>[]
  creditNotes: readonly Pick<CreditNote, 'invoiceId' | 'issueDate' | 'totals'>[]
  customers: readonly (Pick<Customer, 'id' | 'legalName'> | undefined)[]
  today: IsoDate
  months?: number
  buckets?: BucketBounds
}

interface Accumulator {
  receivable: number
  overdue: number
  buckets: number[]
}

export function dashboardFigures(input: DashboardInput): DashboardData {
  const period = dashboardPeriod(input.today, input.months)
  const bounds = validateBuckets(input.buckets ?? DEFAULT_BUCKETS)
  const ends = [period.opening.end, ...period.months.map((m) => m.end)]
  const acc: Accumulator[] = ends.map(() => ({ receivable: 0, overdue: 0, buckets: new Array<number>(bounds.length + 1).fill(0) }))
  const todayItems: OpenItem[] = []
  const last = ends.length - 1
  const allocs = groupByInvoiceId(input.allocations)
  const notes = groupByInvoiceId(input.creditNotes)
  // Days past due = max(0, daysBetween(due, end)), as daysPastDue says, with each date's day number taken once.
  const endDays = ends.map((end) => daysBetween(ends[0] as IsoDate, end))
  for (const invoice of input.invoices) {
    let dueDay: number | null = null
    forEachOpenAtMonthEnds(invoice, allocs.get(invoice.id) ?? [], notes.get(invoice.id) ?? [], ends, (i, open) => {
      const a = acc[i] as Accumulator
      dueDay ??= daysBetween(ends[0] as IsoDate, invoice.dueDate)
      const days = Math.max(0, (endDays[i] as number) - dueDay)
      a.receivable += open
      if (days > 0) a.overdue += open
      const b = bucketIndexOf(days, bounds)
      a.buckets[b] = (a.buckets[b] ?? 0) + open
      if (i === last) todayItems.push({ invoice, open })
    })
  }

  const n = period.months.length
  // Newest first: the current month at 0, the oldest month of the period at n - 1, then the lookback months.
  const sales = monthlySales(input.invoices, input.creditNotes, period.salesFrom.slice(0, 7), period.months[n - 1]!.month, period.today)
  const months: DashboardMonth[] = period.months.map((m, i) => {
    const a = acc[i + 1] as Accumulator
    const prev = acc[i] as Accumulator
    const position = n - 1 - i
    const window = sales.slice(position, position + DSO_LOOKBACK_MONTHS)
    const monthSales = window[0]?.sales ?? 0
    const notDue = a.receivable - a.overdue
    const positiveSales = window.reduce((s, x) => s + Math.max(0, x.sales), 0)
    return {
      ...m,
      receivable: a.receivable,
      overdue: a.overdue,
      notDue,
      buckets: a.buckets,
      sales: monthSales,
      dso: dsoCountback({ receivable: a.receivable, monthlySales: window }),
      dsoLowerBound: a.receivable > positiveSales,
      cei: collectionEffectiveness({ opening: prev.receivable, sales: monthSales, closing: a.receivable, closingCurrent: notDue }),
    }
  })

  const now = months[n - 1] as DashboardMonth
  const complete = months.filter((m) => m.complete)
  const lastComplete = complete[complete.length - 1]
  const debtors = topDebtors({ items: todayItems, customers: input.customers, asOf: period.today })
  return {
    today: period.today,
    bounds,
    months,
    openingReceivable: (acc[0] as Accumulator).receivable,
    receivable: now.receivable,
    overdue: now.overdue,
    overdueShare: now.receivable > 0 ? Math.round((now.overdue * 10000) / now.receivable) : null,
    dso: now.dso,
    dsoLowerBound: now.dsoLowerBound,
    ceiLastMonth: lastComplete ? { month: lastComplete.month, cei: lastComplete.cei } : null,
    ceiAverage3: meanBasisPoints(complete.slice(-3).map((m) => m.cei)),
    topDebtors: debtors.top,
    debtors: debtors.count,
  }
}
