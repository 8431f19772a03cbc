/**
 * Collection profiles: the built-in schedules (business, public administration, small shop) and custom ones.
 * Saving validates the whole profile (renderer/domain/collections/profiles.ts validateProfile): step ids unique,
 * offsets in range, a template for letter steps, at least three reminders before a demand.
 */
import { DEFAULT_PROFILES, assertValidProfile } from '../../../domain/collections/profiles'
import { DomainError } from '../../../domain/errors'
import type { CollectionProfile } from '../../../domain/collections/types'
import { newId, nowIso, type Ctx } from '../../context'
import { parseInput } from '../../validate'
import { writeCollectionsAudit } from './audit'
import { profileInputSchema, type ProfileInput } from './inputs'
import { fillCollectionSeeds, withDefaultProfiles } from './seeds'
import { seedTables } from './settings'
import { requireRight } from '../../rights'

export type { ProfileInput, CollectionStepInput } from './inputs'

/** Every profile: the built-in ones first (as stored, or their defaults), then custom ones by name. */
export async function listProfiles(ctx: Ctx): Promise<CollectionProfile[]> {
  return withDefaultProfiles(await ctx.db.collectionProfiles.toArray())
}

export async function getProfile(ctx: Ctx, id: string): Promise<CollectionProfile | undefined> {
  return (await listProfiles(ctx)).find((p) => p.id === id)
}

/**
 * Creates (no id) or replaces a profile's name and steps. Built-in profiles keep their id and built-in flag.
 * Refused with the first problem validateProfile finds (codes collections.profile.*), before anything is written.
 */
export async function saveProfile(ctx: Ctx, input: ProfileInput): Promise<CollectionProfile> {
  requireRight(ctx, 'settings.write')
  const v = parseInput(profileInputSchema, input)
  const { db } = ctx
  return db.transaction('rw', [...seedTables(ctx), db.audit], async () => {
    await fillCollectionSeeds(db)
    const before = v.id === undefined ? undefined : await db.collectionProfiles.get(v.id)
    if (v.id !== undefined && !before) throw new DomainError('data.collections.profileNotFound')
    const profile: CollectionProfile = {
      id: before?.id ?? newId(),
      name: v.name,
      builtIn: before?.builtIn ?? false,
      steps: v.steps,
      updatedAt: nowIso(ctx),
    }
    assertValidProfile(profile)
    await db.collectionProfiles.put(profile)
    await writeCollectionsAudit(ctx, 'collectionProfile', String(profile.id), before ? 'update' : 'create', before ?? null, profile)
    return profile
  })
}

/** Puts a built-in profile's shipped steps back. */
export async function restoreDefaultProfile(ctx: Ctx, id: string): Promise<CollectionProfile> {
  requireRight(ctx, 'settings.write')
  const shipped = DEFAULT_PROFILES.find((p) => p.id === id)
  if (!shipped) throw new DomainError('data.collections.profileNotFound')
  const { db } = ctx
  return db.transaction('rw', [...seedTables(ctx), db.audit], async () => {
    await fillCollectionSeeds(db)
    const before = await db.collectionProfiles.get(id)
    const profile: CollectionProfile = { ...structuredClone(shipped), updatedAt: nowIso(ctx) }
    await db.collectionProfiles.put(profile)
    await writeCollectionsAudit(ctx, 'collectionProfile', id, 'update', before ?? null, profile)
    return profile
  })
}
