/** The collections settings (one row): day count, compensation, EUR->RON, bank import age, grace and no-contact days. */
import type { CollectionSettings } from '../../../domain/collections/types'
import type { IsoDate } from '../../../domain/types'
import { nowIso, type Ctx } from '../../context'
import { isoDate } from '../../inputs'
import { parseInput } from '../../validate'
import { writeCollectionsAudit } from './audit'
import { settingsInputSchema, type CollectionSettingsInput } from './inputs'
import { COLLECTION_SETTINGS_ID } from './records'
import { fillCollectionSeeds, withDefaultSettings } from './seeds'
import { requireRight } from '../../rights'

export type { CollectionSettingsInput } from './inputs'

/** The settings (the defaults when the row is missing, e.g. after the demo replaced every table). */
export async function getCollectionSettings(ctx: Ctx): Promise<CollectionSettings> {
  return withDefaultSettings(await ctx.db.collectionSettings.get(COLLECTION_SETTINGS_ID))
}

/** The tables a collections write fills the defaults of before it changes anything. */
export function seedTables(ctx: Ctx) {
  const { db } = ctx
  return [db.collectionProfiles, db.interestRates, db.collectionSettings]
}

async function writeSettings(ctx: Ctx, change: (current: CollectionSettings) => CollectionSettings): Promise<CollectionSettings> {
  const { db } = ctx
  return db.transaction('rw', [...seedTables(ctx), db.audit], async () => {
    await fillCollectionSeeds(db)
    const before = withDefaultSettings(await db.collectionSettings.get(COLLECTION_SETTINGS_ID))
    const after: CollectionSettings = { ...change(before), id: COLLECTION_SETTINGS_ID, updatedAt: nowIso(ctx) }
    await db.collectionSettings.put(after)
    await writeCollectionsAudit(ctx, 'collectionSettings', COLLECTION_SETTINGS_ID, 'update', before, after)
    return after
  })
}

/** Changes the given settings (the others stay); every value validated before anything is written. */
export async function saveCollectionSettings(ctx: Ctx, input: CollectionSettingsInput): Promise<CollectionSettings> {
  requireRight(ctx, 'settings.write')
  const current = await getCollectionSettings(ctx)
  const { id: _id, updatedAt: _u, ...editable } = current
  const v = parseInput(settingsInputSchema, { ...editable, ...input })
  return writeSettings(ctx, (before) => ({ ...before, ...v }))
}

/**
 * Records that a bank statement was imported on `date` (issue 5). The later of the stored date and `date` is kept:
 * importing an older statement afterwards does not make the data look staler than it is.
 */
export async function setLastBankImport(ctx: Ctx, date: IsoDate): Promise<CollectionSettings> {
  requireRight(ctx, 'bank.import')
  const d = parseInput(isoDate, date)
  return writeSettings(ctx, (before) => ({
    ...before,
    lastBankImportOn: before.lastBankImportOn !== '' && before.lastBankImportOn > d ? before.lastBankImportOn : d,
  }))
}
