/**
 * Where a recorded payment's time goes (payment.record's detail fields): each part of recordPayment's transaction
 * timed alone, once, on an open invoice the timed runs did not use. Writes nothing that changes a figure.
 */
import type { Ctx } from '../db/context'
import { writeAudit } from '../db/repos/audit'
import { invoiceWriteTables, putInvoice } from '../db/repos/invoiceCounters'
import type { Invoice } from '../domain/types'
import { timed, type Detail } from './timing'

export async function paymentParts(ctx: Ctx, inv: Invoice): Promise<Detail> {
  const { db } = ctx
  const tables = [db.payments, db.allocations, ...invoiceWriteTables(db), db.customers, db.audit]
  const emptyTx = await timed(() => db.transaction('rw', tables, async () => db.customers.get(inv.customerId)))
  const customer = await timed(() => db.transaction('r', [db.customers], () => db.customers.get(inv.customerId)))
  const open = await timed(() => db.transaction('r', [db.invoices], () => db.invoices.where('[customerId+isOpen]').equals([inv.customerId, 1]).toArray()))
  const one = await timed(() => db.transaction('r', [db.invoices], () => db.invoices.get(inv.id)))
  const audit = await timed(() => db.transaction('rw', [db.audit], () => writeAudit(ctx, 'invoice', inv.id, 'update', null, { bench: 'probe' })))
  const put = await timed(() =>
    db.transaction('rw', invoiceWriteTables(db), async () => {
      const before = await db.invoices.get(inv.id)
      if (before) await putInvoice(db, before, { ...before })
    }),
  )
  const rows = await timed(() =>
    db.transaction('rw', [db.payments, db.allocations], async () => {
      const id = `bench-probe-${Date.now()}`
      await db.payments.add({ id, customerId: inv.customerId, date: inv.issueDate, amount: 0, method: 'transfer', reference: '', notes: '', unallocated: 0, createdAt: '' })
      await db.allocations.bulkAdd([{ id, paymentId: id, invoiceId: inv.id, customerId: inv.customerId, date: inv.issueDate, amount: 0, discount: 0 }])
      await db.allocations.delete(id)
      await db.payments.delete(id)
    }),
  )
  return {
    probeEmptyRwTxMs: round(emptyTx.ms),
    probeCustomerGetMs: round(customer.ms),
    probeOpenOfCustomerMs: round(open.ms),
    probeOpenOfCustomerRows: open.value.length,
    probeInvoiceGetMs: round(one.ms),
    probeAuditTxMs: round(audit.ms),
    probePutInvoiceTxMs: round(put.ms),
    probePaymentRowsTxMs: round(rows.ms),
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10
