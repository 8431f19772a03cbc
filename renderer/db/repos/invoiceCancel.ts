/**
 * Cancel (annul) an issued invoice: the rules are the domain's (renderer/domain/invoiceCancel.ts). One transaction
 * changes the row to lifecycle 'cancelled' (through putInvoice, so counts, open items and the other maintained
 * read models move with it), takes its total off the customer's balance, chains the VERI*FACTU cancellation record
 * of a Spanish company and writes the change log. Nothing is deleted.
 */
import { cancelProblems } from '../../domain/invoiceCancel'
import { DomainError } from '../../domain/errors'
import type { Invoice } from '../../domain/types'
import { nowIso, type Ctx } from '../context'
import { requireRight } from '../rights'
import { toStoredInvoice } from '../stored'
import { writeAudit } from './audit'
import { requireCompany } from './company'
import { appendCancellationRecord } from './fiscal/records'
import { invoiceWriteTables, putInvoice } from './invoiceCounters'
import { setCustomerBalance } from './customers'

export async function cancelInvoice(ctx: Ctx, id: string, input: { reason: string }): Promise<Invoice> {
  requireRight(ctx, 'invoices.cancel')
  const { db } = ctx
  const tables = [...invoiceWriteTables(db), db.allocations, db.creditNotes, db.customers, db.company, db.audit, db.fiscalRecords]
  return db.transaction('rw', tables, async () => {
    const before = await db.invoices.get(id)
    if (!before) throw new DomainError('data.invoice.notFound')
    const company = await requireCompany(ctx)
    const [allocations, creditNotes] = await Promise.all([
      db.allocations.where('invoiceId').equals(id).count(),
      db.creditNotes.where('invoiceId').equals(id).count(),
    ])
    const reason = input.reason.trim()
    const problem = cancelProblems(before, company, { allocations, creditNotes, reason })[0]
    if (problem) throw new DomainError(problem.code, problem.params)

    const at = nowIso(ctx)
    const after = toStoredInvoice({ ...before, lifecycle: 'cancelled', cancelledAt: at, cancelReason: reason, updatedAt: at })
    await putInvoice(db, before, after)
    const customer = await db.customers.get(before.customerId)
    if (customer) await setCustomerBalance(db, customer.id, customer.balance - before.totals.total)
    await writeAudit(ctx, 'invoice', id, 'cancel', before, after)
    await appendCancellationRecord(ctx, company, after)
    return after
  })
}
