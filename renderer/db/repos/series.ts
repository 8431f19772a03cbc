/**
 * Document numbering: one Series row per code and year holds the last number given. Numbers are taken inside
 * the transaction that issues the document, so a refused or failed issue consumes no number (no gaps).
 */
import { formatDocumentNumber, nextNumber, seriesId } from '../../domain/numbering'
import type { Series } from '../../domain/types'
import type { Ctx } from '../context'
import { writeAudit } from './audit'

/** Call only inside a 'rw' transaction that includes db.series and db.audit. */
export async function takeNextNumber(
  ctx: Ctx,
  kind: Series['kind'],
  code: string,
  year: number,
): Promise<{ number: number; fullNumber: string }> {
  const id = seriesId(code, year)
  const before = await ctx.db.series.get(id)
  const number = nextNumber(before?.lastNumber ?? 0)
  const fullNumber = formatDocumentNumber(code, year, number)
  const after: Series = { id, code, kind, year, lastNumber: number }
  await ctx.db.series.put(after)
  await writeAudit(ctx, 'series', id, before ? 'update' : 'create', before ?? null, after)
  return { number, fullNumber }
}

export async function listSeries(ctx: Ctx, kind: Series['kind'], year: number): Promise<Series[]> {
  return ctx.db.series.where('[kind+year]').equals([kind, year]).toArray()
}
