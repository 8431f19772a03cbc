/**
 * Loads the demo wholesaler (renderer/domain/demo) into the database: catalog and series first, then customers with
 * their whole history in chunks, each chunk one transaction of bulk puts, and the company row LAST: the app leaves
 * the setup screen as soon as a company exists, so it must only exist once the demo is complete. Maintained figures
 * come computed from the generator; search words and index-only fields are added here, as for any row.
 */
import { DomainError } from '../../domain/errors'
import { demoChunks, planDemo, type DemoOptions } from '../../domain/demo'
import type { Ctx } from '../context'
import { allTables } from '../schema'
import { customerWords, productWords, toStoredInvoice } from '../stored'
import { writeAudit } from '../repos/audit'
import { requireRight } from '../rights'
import { bulkPutInvoices, invoiceWriteTables } from '../repos/invoiceCounters'
import { bulkPutInteractions, interactionWriteTables } from '../repos/lastContacts'
import { registerDemoRecords } from './fiscal'
import { registerDemoEInvoiceReports } from './einvoice'

export interface LoadDemoOptions extends DemoOptions {
  /** Wipe whatever is in the database first (otherwise a database with data is refused: 'data.demo.notEmpty'). */
  replace?: boolean
  /** Customers written per transaction (default 50). */
  customersPerChunk?: number
  /** Called after each chunk with the customers written so far and the total. */
  onProgress?: (done: number, total: number) => void
}

async function isEmpty(ctx: Ctx): Promise<boolean> {
  const { db } = ctx
  const counts = await Promise.all([db.company.count(), db.customers.count(), db.invoices.count(), db.payments.count()])
  return counts.every((n) => n === 0)
}

async function wipe(ctx: Ctx): Promise<void> {
  const tables = allTables(ctx.db)
  await ctx.db.transaction('rw', tables, async () => {
    for (const t of tables) await t.clear()
  })
}

export async function loadDemoCompany(ctx: Ctx, opts: LoadDemoOptions): Promise<void> {
  requireRight(ctx, 'data.replace')
  const plan = planDemo(opts)
  const { db } = ctx
  if (opts.replace) await wipe(ctx)
  else if (!(await isEmpty(ctx))) throw new DomainError('data.demo.notEmpty')
  try {
    await db.transaction('rw', [db.products, db.series], async () => {
      await db.products.bulkPut(plan.products.map((p) => ({ ...p, searchWords: productWords(p) })))
      await db.series.bulkPut(plan.series)
    })
    let done = 0
    for (const chunk of demoChunks(plan, opts.customersPerChunk ?? 50)) {
      const tables = [db.customers, ...invoiceWriteTables(db), db.creditNotes, db.payments, db.allocations, ...interactionWriteTables(db), db.disputes]
      await db.transaction('rw', tables, async () => {
        await db.customers.bulkPut(chunk.customers.map((c) => ({ ...c, searchWords: customerWords(c) })))
        await bulkPutInvoices(db, chunk.invoices.map(toStoredInvoice))
        await db.creditNotes.bulkPut(chunk.creditNotes)
        await db.payments.bulkPut(chunk.payments)
        await db.allocations.bulkPut(chunk.allocations)
        await bulkPutInteractions(db, chunk.interactions)
        await db.disputes.bulkPut(chunk.disputes)
      })
      done += chunk.customers.length
      opts.onProgress?.(done, plan.customers.length)
    }
    // A Spanish company's documents carry their VERI*FACTU records, as if issued one by one through the app.
    if (plan.company.country === 'ES') await registerDemoRecords(ctx)
    // A Romanian company's documents are in the e-Factura list: the older ones reported, the recent ones pending.
    if (plan.company.country === 'RO') await registerDemoEInvoiceReports(ctx, plan.options.today)
    await db.transaction('rw', [db.company, db.audit], async () => {
      await db.company.put(plan.company)
      await writeAudit(ctx, 'company', 'company', 'create', null, { demo: plan.options, company: plan.company })
    })
  } catch (e) {
    await wipe(ctx) // never leave half a demo behind
    throw e
  }
}
