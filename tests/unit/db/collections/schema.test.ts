import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { DEFAULT_COLLECTION_SETTINGS } from '../../../../renderer/db/repos/collections/records'
import { listProfiles, saveProfile } from '../../../../renderer/db/repos/collections/profiles'
import { addRate, listRates } from '../../../../renderer/db/repos/collections/rates'
import { getCollectionSettings, saveCollectionSettings, setLastBankImport } from '../../../../renderer/db/repos/collections/settings'
import { openInvoicesOf } from '../../../../renderer/db/repos/invoices'
import { CobroDb, defineV1, defineV2, LATEST_VERSION, STORES_V2, STORES_V3 } from '../../../../renderer/db/schema'
import { DEFAULT_PROFILES } from '../../../../renderer/domain/collections/profiles'
import { DEFAULT_RATES } from '../../../../renderer/domain/collections/rates'
import type { Customer, Interaction, Invoice } from '../../../../renderer/domain/types'
import { esSetup, freshCtx } from '../helpers'
import { issued } from './fixtures'

const TODAY = '2026-11-23'

/** Rows written by the v2 app (taken from a real v2 database built through the repositories). */
async function v2Rows(): Promise<{ customers: Customer[]; invoices: Invoice[]; interactions: Interaction[] }> {
  const { ctx, customer } = await esSetup()
  await issued(ctx, customer.id, '2026-09-01', 12100)
  await issued(ctx, customer.id, '2026-10-01', 5000)
  return {
    customers: await ctx.db.customers.toArray(),
    invoices: await ctx.db.invoices.toArray(),
    interactions: [
      {
        id: 'i1', customerId: customer.id, type: 'promise', at: '2026-11-20T09:00:00.000Z', outcome: '', text: 'Pagará el viernes',
        invoiceIds: [], promiseDate: '2026-11-27', promiseAmount: 12100, user: 'ana',
      },
    ],
  }
}

describe('schema v3', () => {
  it('upgrades a v2 database with data: rows intact, collections defaults seeded, new tables usable', async () => {
    const rows = await v2Rows()
    const indexedDB = new IDBFactory()
    const v2 = new Dexie('upgrade-v3', { indexedDB, IDBKeyRange })
    defineV1(v2)
    defineV2(v2)
    await v2.table('customers').bulkPut(rows.customers)
    await v2.table('invoices').bulkPut(rows.invoices)
    await v2.table('interactions').bulkPut(rows.interactions)
    expect(v2.verno).toBe(2)
    expect(v2.tables.map((t) => t.name)).not.toContain('collectionProfiles')
    v2.close()

    const db = new CobroDb('upgrade-v3', { indexedDB, IDBKeyRange })
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(3)
    const ctx: Ctx = { db, user: 't', role: 'owner', now: () => new Date('2026-11-23T10:00:00Z') }

    expect(await db.customers.toArray()).toEqual(rows.customers)
    expect(await db.invoices.toArray()).toEqual(rows.invoices)
    expect(await db.interactions.toArray()).toEqual(rows.interactions)
    const customerId = rows.customers[0]!.id
    expect((await openInvoicesOf(ctx, customerId)).map((i) => i.totals.total)).toEqual([12100, 5000])

    // Seeds are stored (not only defaulted on read).
    expect((await db.collectionProfiles.toArray()).map((p) => p.id).sort()).toEqual(['business', 'publicAdmin', 'smallShop'])
    expect(await db.collectionProfiles.get('business')).toEqual(DEFAULT_PROFILES[0])
    expect(await db.interestRates.count()).toBe(DEFAULT_RATES.length)
    expect(await db.interestRates.get('ES-2025-07-01')).toMatchObject({ referenceRate: 215, statutoryRate: 1015 })
    expect(await db.collectionSettings.get('collections')).toEqual({
      id: 'collections', dayCount: 'act365', compensationEur: 4000, eurToRon: 4.97, bankImportMaxAgeDays: 7,
      lastBankImportOn: '', promiseGraceDays: 2, noContactDays: 60, updatedAt: '',
    })

    // New indexes answer queries.
    expect(await db.interestRates.where('country').equals('RO').count()).toBe(DEFAULT_RATES.filter((r) => r.country === 'RO').length)
    await db.stepRecords.add({
      id: 's1', customerId, invoiceIds: [rows.invoices[0]!.id], profileId: 'business', stepId: 'r1', kind: 'reminder', channel: 'letter',
      doneOn: '2026-11-02', interactionId: 'i1', documentName: '', deliveryMethod: '', proofRef: '',
    })
    expect(await db.stepRecords.where('invoiceIds').equals(rows.invoices[0]!.id).primaryKeys()).toEqual(['s1'])
    expect(await db.stepRecords.where('doneOn').below('2026-12-01').count()).toBe(1)
    expect(await db.disputes.where('resolvedOn').equals('').count()).toBe(0)
    expect(await db.snoozes.where('until').aboveOrEqual(TODAY).count()).toBe(0)
    db.close()
  })

  it('keeps every v2 table and primary key, and declares the collections tables', () => {
    const db = new CobroDb('x', { indexedDB: new IDBFactory(), IDBKeyRange })
    for (const [table, spec] of Object.entries(STORES_V3)) {
      expect(db.table(table).schema.primKey.src).toBe(spec.split(',')[0]?.trim())
    }
    for (const table of Object.keys(STORES_V2)) expect(STORES_V3).toHaveProperty(table)
    expect(db.table('stepRecords').schema.idxByName['invoiceIds']?.multi).toBe(true)
  })

  it('seeds a database created fresh at v3 (populate)', async () => {
    const ctx = freshCtx()
    await ctx.db.open()
    expect(await ctx.db.collectionProfiles.count()).toBe(3)
    expect(await ctx.db.interestRates.count()).toBe(DEFAULT_RATES.length)
    expect(await ctx.db.collectionSettings.get('collections')).toEqual(DEFAULT_COLLECTION_SETTINGS)
  })

  it('gives the defaults after the demo replaced every table, and a write stores them again', async () => {
    const ctx = freshCtx()
    await saveCollectionSettings(ctx, { eurToRon: 5.0123 })
    await loadDemoCompany(ctx, { country: 'RO', today: TODAY, customers: 3, months: 2, replace: true })
    expect(await ctx.db.collectionProfiles.count()).toBe(0) // the demo wipe clears every table...
    expect(await getCollectionSettings(ctx)).toEqual(DEFAULT_COLLECTION_SETTINGS) // ...reads fall back to the defaults
    expect((await listProfiles(ctx)).map((p) => p.id)).toEqual(['business', 'publicAdmin', 'smallShop'])
    expect(await listRates(ctx, 'RO')).toEqual(DEFAULT_RATES.filter((r) => r.country === 'RO'))

    await addRate(ctx, { country: 'RO', from: '2026-07-01', referenceRate: 625, source: 'BNR' })
    const ro = await listRates(ctx, 'RO')
    expect(ro.map((r) => r.from).at(-1)).toBe('2026-07-01')
    expect(ro.at(-1)?.statutoryRate).toBe(1425)
    expect(await ctx.db.interestRates.count()).toBe(DEFAULT_RATES.length + 1)
    expect(await ctx.db.collectionProfiles.count()).toBe(3)

    const s = await setLastBankImport(ctx, '2026-11-20')
    expect(s.lastBankImportOn).toBe('2026-11-20')
    expect((await setLastBankImport(ctx, '2026-11-02')).lastBankImportOn).toBe('2026-11-20') // never goes back
    expect((await getCollectionSettings(ctx)).eurToRon).toBe(4.97)
  })

  it('keeps user changes when seeding again (a profile edited before the tables were filled)', async () => {
    const ctx = freshCtx()
    const business = DEFAULT_PROFILES[0]!
    const steps = business.steps.map((s) => (s.id === 'r1' ? { ...s, offsetDays: 3 } : s))
    await saveProfile(ctx, { id: 'business', name: '', steps })
    expect((await listProfiles(ctx))[0]?.steps.find((s) => s.id === 'r1')?.offsetDays).toBe(3)
    await addRate(ctx, { country: 'ES', from: '2026-07-01', referenceRate: 215, source: 'BOE' })
    expect((await listProfiles(ctx))[0]?.steps.find((s) => s.id === 'r1')?.offsetDays).toBe(3)
  })
})
