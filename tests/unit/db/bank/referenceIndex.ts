/** The match index as it was built before issue 7, for the bank tests to compare against. */
import type { Ctx } from '../../../../renderer/db/context'
import { buildMatchIndex, type MatchIndex } from '../../../../renderer/domain/bank/matching'
import { addDays } from '../../../../renderer/domain/dates'

/** From the tables' full rows: every open invoice's row in [isOpen+dueDate] order, promises within 60 days. */
export async function indexFromFullRows(ctx: Ctx, today: string): Promise<MatchIndex> {
  const { db } = ctx
  const [customers, openInvoices, payers, promises] = await Promise.all([
    db.customers.toArray(),
    db.invoices.where('[isOpen+dueDate]').between([1, ''], [1, '\uffff']).toArray(),
    db.payerAccounts.toArray(),
    db.interactions.where('promiseDate').between(addDays(today, -60), addDays(today, 60), true, true).toArray(),
  ])
  return buildMatchIndex({
    customers,
    openInvoices,
    knownPayers: payers.map((p) => (p.key.startsWith('iban:') ? { customerId: p.customerId, iban: p.key.slice(5) } : { customerId: p.customerId, taxId: p.key.slice(4) })),
    promises,
  })
}
