/** The customers who owe most as of a date (pure), from the open items of that date via agingFromOpenItems. */
import { agingFromOpenItems, type OpenItem } from '../aging'
import type { Cents, Customer, IsoDate } from '../../types'

export const TOP_DEBTORS = 10

export interface TopDebtor {
  customerId: string
  name: string
  /** Everything open (due or not). */
  open: Cents
  /** The part past its due date. */
  overdue: Cents
  /** Days past due of the customer's oldest overdue invoice; 0 when nothing is overdue. */
  oldestDaysPastDue: number
  /** Open invoices. */
  invoices: number
}

export interface DebtorsSummary {
  top: TopDebtor[]
  /** Customers with something open. */
  count: number
}

/** Customers by open amount, largest first (then by name), the first `limit`. */
export function topDebtors(input: {
  items: readonly OpenItem[]
  customers: readonly (Pick<Customer, 'id' | 'legalName'> | undefined)[]
  asOf: IsoDate
  limit?: number
}): DebtorsSummary {
  const report = agingFromOpenItems({ items: input.items, customers: input.customers, asOf: input.asOf })
  const all: TopDebtor[] = report.rows.map((row) => ({
    customerId: row.customerId,
    name: row.name,
    open: row.total,
    overdue: row.invoices.reduce((s, inv) => s + (inv.daysPastDue > 0 ? inv.open : 0), 0),
    oldestDaysPastDue: row.oldestDaysPastDue,
    invoices: row.invoices.length,
  }))
  // report.rows come sorted by name, so a stable sort by amount keeps names in order on ties.
  all.sort((a, b) => b.open - a.open)
  return { top: all.slice(0, input.limit ?? TOP_DEBTORS), count: all.length }
}
