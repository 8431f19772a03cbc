/**
 * The process-health read model (renderer/domain/reports/health.ts does the arithmetic). Reads only the period:
 * issued invoices by `[lifecycle+issueDate]`, credit notes by `issueDate`, disputes by `resolvedOn` (a dispute opened
 * in the period is either still open — resolvedOn '' — or resolved on or after `from`), the disputed invoices issued
 * before the period and the customers involved by `bulkGet`. No table is scanned with `.filter()`.
 */
import { healthSignals, checkPeriod, type HealthReport } from '../../../domain/reports/health'
import type { IsoDate } from '../../../domain/types'
import type { Ctx } from '../../context'

export type { HealthReport } from '../../../domain/reports/health'

export interface HealthQuery {
  from: IsoDate
  to: IsoDate
  /** Business date, for the age of open disputes (default: `to`). */
  today?: IsoDate
}

export async function healthReport(ctx: Ctx, q: HealthQuery): Promise<HealthReport> {
  const { from, to } = q
  checkPeriod(from, to)
  const { db } = ctx
  const tables = [db.company, db.invoices, db.creditNotes, db.disputes, db.customers]
  return db.transaction('r', tables, async () => {
    const [company, invoices, creditNotes, open, resolved] = await Promise.all([
      db.company.get('company'),
      db.invoices.where('[lifecycle+issueDate]').between(['issued', from], ['issued', to], true, true).toArray(),
      db.creditNotes.where('issueDate').between(from, to, true, true).toArray(),
      db.disputes.where('resolvedOn').equals('').toArray(),
      db.disputes.where('resolvedOn').aboveOrEqual(from).toArray(),
    ])
    const disputes = [...open, ...resolved].filter((d) => d.openedOn >= from && d.openedOn <= to)
    const inPeriod = new Set(invoices.map((i) => i.id))
    const earlierIds = [...new Set(disputes.map((d) => d.invoiceId).filter((id) => !inPeriod.has(id)))]
    const earlier = (await db.invoices.bulkGet(earlierIds)).filter((i) => i !== undefined)
    const customerIds = new Set<string>()
    for (const x of [...invoices, ...creditNotes, ...earlier]) customerIds.add(x.customerId)
    const customers = await db.customers.bulkGet([...customerIds])
    return healthSignals({
      from,
      to,
      today: q.today ?? to,
      country: company?.country ?? 'ES',
      invoices,
      creditNotes,
      disputes,
      disputedInvoices: earlier,
      customers,
    })
  })
}
