/** The bank lines queue: credits waiting for a decision, lines set aside as not customer payments, recent matches. */
import Dexie from 'dexie'
import { DomainError } from '../../../domain/errors'
import { nowIso, type Ctx } from '../../context'
import { requiredText } from '../../inputs'
import { parseInput } from '../../validate'
import { writeAudit } from '../audit'
import { fullLine, type BankLineRow } from './tables'
import { requireRight } from '../../rights'

/** Credits waiting for a decision, oldest booking date first. */
export async function unmatchedLines(ctx: Ctx, limit = 200): Promise<BankLineRow[]> {
  const rows = await ctx.db.bankLines.where('[status+bookingDate]').between(['unmatched', ''], ['unmatched', '\uffff']).limit(limit).toArray()
  return rows.map(fullLine)
}

/** Through [status+bookingDate] (schema v10 keeps no index on status alone). */
export async function countUnmatched(ctx: Ctx): Promise<number> {
  return ctx.db.bankLines.where('[status+bookingDate]').between(['unmatched', Dexie.minKey], ['unmatched', Dexie.maxKey], true, true).count()
}

/** Lines decided lately (matched or ignored), newest decision first. */
export async function matchedLines(ctx: Ctx, limit = 20): Promise<BankLineRow[]> {
  const newest = (status: 'matched' | 'ignored') =>
    ctx.db.bankLines.where('[status+decidedAt]').between([status, ''], [status, '\uffff']).reverse().limit(limit).toArray()
  const [matched, ignored] = await Promise.all([newest('matched'), newest('ignored')])
  return [...matched, ...ignored].sort((a, b) => String(b.decidedAt).localeCompare(String(a.decidedAt))).slice(0, limit).map(fullLine)
}

async function requireLine(ctx: Ctx, id: string): Promise<BankLineRow> {
  const row = await ctx.db.bankLines.get(id)
  if (!row) throw new DomainError('bankImport.lineNotFound')
  return fullLine(row)
}

/** Sets an unmatched credit aside as not a customer payment (a refund, a loan...), with the reason. */
export async function ignoreLine(ctx: Ctx, id: string, note: string): Promise<BankLineRow> {
  requireRight(ctx, 'bank.import')
  const reason = parseInput(requiredText(300), note)
  const { db } = ctx
  return db.transaction('rw', [db.bankLines, db.audit], async () => {
    const before = await requireLine(ctx, id)
    if (before.status !== 'unmatched') throw new DomainError('bankImport.lineNotUnmatched')
    const after: BankLineRow = { ...before, status: 'ignored', note: reason, decidedBy: ctx.user, decidedAt: nowIso(ctx) }
    await db.bankLines.put(after)
    await writeAudit(ctx, 'bankLine', id, 'update', before, after)
    return after
  })
}

/** Puts an ignored line back in the queue. */
export async function restoreLine(ctx: Ctx, id: string): Promise<BankLineRow> {
  requireRight(ctx, 'bank.import')
  const { db } = ctx
  return db.transaction('rw', [db.bankLines, db.audit], async () => {
    const before = await requireLine(ctx, id)
    if (before.status !== 'ignored') throw new DomainError('bankImport.lineNotIgnored')
    const after: BankLineRow = { ...before, status: 'unmatched', note: '', decidedBy: '', decidedAt: '' }
    await db.bankLines.put(after)
    await writeAudit(ctx, 'bankLine', id, 'update', before, after)
    return after
  })
}
