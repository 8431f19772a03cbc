/**
 * The statutory late-payment rate table, one row per country and half-year (ES: ECB rate as published in the BOE;
 * RO: BNR reference rate). Shipped with recent half-years; the user adds the new ones.
 */
import { statutoryFromReference, validateRatePeriod } from '../../../domain/collections/rates'
import { DomainError } from '../../../domain/errors'
import type { InterestRatePeriod } from '../../../domain/collections/types'
import type { Country } from '../../../domain/types'
import type { Ctx } from '../../context'
import { parseInput } from '../../validate'
import { writeCollectionsAudit } from './audit'
import { rateInputSchema, rateUpdateSchema, type RateInput, type RateUpdate } from './inputs'
import { fillCollectionSeeds, withDefaultRates } from './seeds'
import { seedTables } from './settings'
import { requireRight } from '../../rights'

export type { RateInput, RateUpdate } from './inputs'

/** Every rate period (or one country's), by country then start date. */
export async function listRates(ctx: Ctx, country?: Country): Promise<InterestRatePeriod[]> {
  const stored = country
    ? await ctx.db.interestRates.where('country').equals(country).toArray()
    : await ctx.db.interestRates.toArray()
  const all = withDefaultRates(stored)
  return country ? all.filter((r) => r.country === country) : all
}

function assertValidRate(row: InterestRatePeriod): void {
  const first = validateRatePeriod(row)[0]
  if (first) throw first
}

export function rateId(country: Country, from: string): string {
  return `${country}-${from}`
}

/**
 * Adds a half-year (from = YYYY-01-01 or YYYY-07-01; statutory = reference + 8 points unless given); refused when that half-year is already in the table. */
export async function addRate(ctx: Ctx, input: RateInput): Promise<InterestRatePeriod> {
  requireRight(ctx, 'settings.write')
  const v = parseInput(rateInputSchema, input)
  const row: InterestRatePeriod = {
    id: rateId(v.country, v.from),
    country: v.country,
    from: v.from,
    referenceRate: v.referenceRate,
    statutoryRate: v.statutoryRate ?? statutoryFromReference(v.referenceRate),
    source: v.source,
  }
  assertValidRate(row)
  const { db } = ctx
  return db.transaction('rw', [...seedTables(ctx), db.audit], async () => {
    await fillCollectionSeeds(db)
    if (await db.interestRates.get(row.id)) throw new DomainError('data.collections.rateExists', { country: row.country, from: row.from })
    await db.interestRates.add(row)
    await writeCollectionsAudit(ctx, 'interestRate', row.id, 'create', null, row)
    return row
  })
}

/** Corrects a half-year's rates or source. */
export async function updateRate(ctx: Ctx, id: string, input: RateUpdate): Promise<InterestRatePeriod> {
  requireRight(ctx, 'settings.write')
  const v = parseInput(rateUpdateSchema, input)
  const { db } = ctx
  return db.transaction('rw', [...seedTables(ctx), db.audit], async () => {
    await fillCollectionSeeds(db)
    const before = await db.interestRates.get(id)
    if (!before) throw new DomainError('data.collections.rateNotFound')
    const after: InterestRatePeriod = {
      ...before,
      referenceRate: v.referenceRate,
      statutoryRate: v.statutoryRate ?? statutoryFromReference(v.referenceRate),
      source: v.source,
    }
    assertValidRate(after)
    await db.interestRates.put(after)
    await writeCollectionsAudit(ctx, 'interestRate', id, 'update', before, after)
    return after
  })
}
