/**
 * Where each customer stood at the end of a date: the open invoices (as the aging report lists them) and the
 * balance (as the customer ledger ends), hence the unapplied credit = open - balance. Read by index only:
 * - one customer: its invoices, credit notes and payments up to the date through [customerId+issueDate] /
 *   [customerId+date], its allocations through customerId;
 * - a batch, nothing dated after the date: the customers whose maintained balance is far enough from zero
 *   (`balance` index, two ranges) and the open invoices ([isOpen+dueDate]) with their maintained open amounts;
 * - a batch for an earlier date: issued invoices up to it ([lifecycle+issueDate]), credit notes (issueDate),
 *   payments (date) and the allocations of those payments (paymentId: an allocation carries its payment's date).
 */
import Dexie from 'dexie'
import { DomainError } from '../../../domain/errors'
import { agingAsOf, agingFromOpenItems, type AgingCustomerRow, type AgingInvoiceRow } from '../../../domain/reports/aging'
import { balancesAsOf } from '../../../domain/reports/confirmation'
import type { Cents, Customer, IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'
import { nothingDatedAfter } from './aging'

export interface CustomerPosition {
  customer: Customer
  /** Open invoices as of the date, oldest due first. */
  invoices: AgingInvoiceRow[]
  open: Cents
  balance: Cents
  /** open - balance (>= 0): payments not applied to any invoice, and credit beyond an invoice's total. */
  unappliedCredit: Cents
}

function position(customer: Customer, row: AgingCustomerRow | undefined, balance: Cents): CustomerPosition {
  const invoices = row?.invoices ?? []
  const open = row?.total ?? 0
  const unappliedCredit = open - balance
  if (unappliedCredit < 0) throw new DomainError('confirmations.figuresDontAddUp', { customer: customer.legalName })
  return { customer, invoices, open, balance, unappliedCredit }
}

/** One customer's position at the end of `asOf` (any customer, archived or not, with or without a balance). */
export async function positionOf(ctx: Ctx, customerId: string, asOf: IsoDate): Promise<CustomerPosition> {
  const { db } = ctx
  const range = (id: string): [unknown[], unknown[]] => [[id, Dexie.minKey], [id, asOf]]
  return db.transaction('r', [db.customers, db.invoices, db.creditNotes, db.payments, db.allocations], async () => {
    const customer = await db.customers.get(customerId)
    if (!customer) throw new DomainError('confirmations.customerNotFound')
    const [invoices, creditNotes, payments, allocations] = await Promise.all([
      db.invoices.where('[customerId+issueDate]').between(...range(customerId), true, true).toArray(),
      db.creditNotes.where('[customerId+issueDate]').between(...range(customerId), true, true).toArray(),
      db.payments.where('[customerId+date]').between(...range(customerId), true, true).toArray(),
      db.allocations.where('customerId').equals(customerId).toArray(),
    ])
    const aging = agingAsOf({ invoices, allocations, creditNotes, customers: [customer], asOf })
    const balance = balancesAsOf({ invoices, creditNotes, payments, allocations, asOf }).get(customerId) ?? 0
    return position(customer, aging.rows[0], balance)
  })
}

/** |balance| >= minimum, and never 0: [-inf, -m] and [m, +inf] for integer cents. */
function balanceRanges(minimum: Cents): [number, number][] {
  const m = Math.max(1, minimum)
  return [
    [-Infinity, -m + 1],
    [m, Infinity],
  ]
}

export interface PositionsResult {
  positions: CustomerPosition[]
  /** 'maintained': read from the maintained figures (nothing dated after asOf); 'reconstructed': rebuilt. */
  method: 'maintained' | 'reconstructed'
}

/**
 * Every non-archived customer whose balance at the end of `asOf` is at least `minimum` cents either way (owed to us
 * or in their favour; never 0), by legal name.
 */
export async function positionsAsOf(ctx: Ctx, asOf: IsoDate, minimum: Cents = 0): Promise<PositionsResult> {
  const { db } = ctx
  const tables = [db.customers, db.invoices, db.creditNotes, db.payments, db.allocations]
  const result = await db.transaction('r', tables, async (): Promise<PositionsResult> => {
    if (await nothingDatedAfter(ctx, asOf)) {
      const customers = (await db.customers.where('balance').inAnyRange(balanceRanges(minimum)).toArray()).filter((c) => !c.archived)
      const wanted = new Set(customers.map((c) => c.id))
      const open = await db.invoices.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, Dexie.maxKey], true, true).toArray()
      const items = open.filter((i) => wanted.has(i.customerId)).map((invoice) => ({ invoice, open: invoice.openAmount }))
      const rows = new Map(agingFromOpenItems({ items, customers, asOf }).rows.map((r) => [r.customerId, r]))
      return { positions: customers.map((c) => position(c, rows.get(c.id), c.balance)), method: 'maintained' }
    }
    const [invoices, creditNotes, payments] = await Promise.all([
      db.invoices.where('[lifecycle+issueDate]').between(['issued', Dexie.minKey], ['issued', asOf], true, true).toArray(),
      db.creditNotes.where('issueDate').belowOrEqual(asOf).toArray(),
      db.payments.where('date').belowOrEqual(asOf).toArray(),
    ])
    const allocations = payments.length ? await db.allocations.where('paymentId').anyOf(payments.map((p) => p.id)).toArray() : []
    const balances = balancesAsOf({ invoices, creditNotes, payments, allocations, asOf })
    const m = Math.max(1, minimum)
    const ids = [...balances].filter(([, b]) => Math.abs(b) >= m).map(([id]) => id)
    const customers = (await db.customers.bulkGet(ids)).filter((c): c is Customer => c !== undefined && !c.archived)
    const wanted = new Set(customers.map((c) => c.id))
    const aging = agingAsOf({ invoices: invoices.filter((i) => wanted.has(i.customerId)), allocations, creditNotes, customers, asOf })
    const rows = new Map(aging.rows.map((r) => [r.customerId, r]))
    return { positions: customers.map((c) => position(c, rows.get(c.id), balances.get(c.id) ?? 0)), method: 'reconstructed' }
  })
  result.positions.sort((a, b) => a.customer.legalName.localeCompare(b.customer.legalName, 'es') || (a.customer.id < b.customer.id ? -1 : 1))
  return result
}
