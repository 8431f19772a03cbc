/** Which function measures which operation. */
import type { Ctx } from '../db/context'
import type { OpName, OpResult } from './protocol'
import * as reads from './reads'
import * as writes from './writes'
import * as documents from './documents'
import * as backup from './backup'

type Runner = (ctx: Ctx, runs: number, today: string) => Promise<OpResult>

const RUNNERS: Record<OpName, Runner> = {
  'baseline.getAll': reads.getAll,
  'baseline.range': reads.range,
  'customers.search': reads.customerSearch,
  'customers.page': reads.customerPage,
  'invoices.statusCounts': reads.statusCounts,
  'invoices.overduePage1': reads.overduePage1,
  'invoices.paidDeepPage': reads.paidDeepPage,
  'aging.today': reads.agingToday,
  'aging.past': reads.agingPast,
  'queue.today': reads.queue,
  'payment.record': writes.payment,
  'bank.import5000': writes.bankImport,
  'letters.batch200': documents.letters,
  'xlsx.allInvoices': documents.xlsx,
  'backup.roundTrip': backup.roundTrip,
}

export function runOp(ctx: Ctx, op: OpName, runs: number, today: string): Promise<OpResult> {
  return RUNNERS[op](ctx, runs, today)
}
