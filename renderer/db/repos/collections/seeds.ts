/**
 * The collections defaults (built-in profiles, statutory rate table, settings) and how a database gets them:
 * - a database created at v3 or later: `populate` (schema.ts) fills them in the creating transaction;
 * - a database upgraded from v2: the v3 upgrade fills them;
 * - a database whose tables were cleared afterwards (demo "replace" wipes every table): reads fall back to the
 *   defaults (withDefault*), and every collections write fills what is missing first, in its own transaction.
 * Filling never overwrites: a row the user edited keeps its values; only missing ids are added.
 */
import type { Table } from 'dexie'
import { DEFAULT_PROFILES } from '../../../domain/collections/profiles'
import { DEFAULT_RATES } from '../../../domain/collections/rates'
import type { CollectionProfile, CollectionSettings, InterestRatePeriod } from '../../../domain/collections/types'
import { COLLECTION_SETTINGS_ID, DEFAULT_COLLECTION_SETTINGS } from './records'

export interface SeedTables {
  collectionProfiles: Table<CollectionProfile, string>
  interestRates: Table<InterestRatePeriod, string>
  collectionSettings: Table<CollectionSettings, string>
}

function missing<T extends { id: string }>(defaults: readonly T[], presentIds: readonly unknown[]): T[] {
  const present = new Set(presentIds)
  return defaults.filter((d) => !present.has(d.id)).map((d) => structuredClone(d))
}

/** Adds the default profiles, rates and settings that are not stored yet (call inside a rw transaction on them). */
export async function fillCollectionSeeds(t: SeedTables): Promise<void> {
  const profiles = missing(DEFAULT_PROFILES, await t.collectionProfiles.toCollection().primaryKeys())
  if (profiles.length > 0) await t.collectionProfiles.bulkAdd(profiles)
  const rates = missing(DEFAULT_RATES, await t.interestRates.toCollection().primaryKeys())
  if (rates.length > 0) await t.interestRates.bulkAdd(rates)
  if ((await t.collectionSettings.get(COLLECTION_SETTINGS_ID)) === undefined) {
    await t.collectionSettings.add({ ...DEFAULT_COLLECTION_SETTINGS })
  }
}

/** Stored profiles plus the built-in defaults that are missing (built-ins first, in their order, then custom). */
export function withDefaultProfiles(stored: CollectionProfile[]): CollectionProfile[] {
  const byId = new Map(stored.map((p) => [String(p.id), p]))
  const builtIn = DEFAULT_PROFILES.map((d) => byId.get(String(d.id)) ?? structuredClone(d))
  const builtInIds = new Set(DEFAULT_PROFILES.map((d) => String(d.id)))
  const custom = stored.filter((p) => !builtInIds.has(String(p.id))).sort((a, b) => a.name.localeCompare(b.name))
  return [...builtIn, ...custom]
}

/** Stored rate periods plus the shipped ones that are missing, by country then start date. */
export function withDefaultRates(stored: InterestRatePeriod[]): InterestRatePeriod[] {
  const all = [...stored, ...missing(DEFAULT_RATES, stored.map((r) => r.id))]
  return all.sort((a, b) => a.country.localeCompare(b.country) || a.from.localeCompare(b.from))
}

export function withDefaultSettings(stored: CollectionSettings | undefined): CollectionSettings {
  return stored ?? { ...DEFAULT_COLLECTION_SETTINGS }
}
