/**
 * The customer summaries (one per customer with open invoices, for aging and the work queue; kept in bucket rows since
 * schema v11) against
 * a recount from the invoices and customers, after every operation of random mixes of drafts, issues, payments
 * (allocated, on account, refused), credit notes, bank matches, payment deletions, draft deletions, customer edits,
 * cancellations, logged calls and letters sent (the rows keep the customer's balance, two latest interactions and the
 * step records covering their open invoices too); and the v9 and v10 upgrades of the same data build exactly the
 * maintained rows.
 */
import { allSummaries, getSummary } from '../../../renderer/db/repos/summaryBuckets'
import Dexie from 'dexie'
import fc from 'fast-check'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import type { CustomerSummaryRow } from '../../../renderer/db/repos/customerSummaries'
import type { Interaction } from '../../../renderer/domain/types'
import type { StepRecord } from '../../../renderer/domain/collections/types'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { CobroDb, defineV1, defineV10, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8, defineV9, STORES_V10, STORES_V9 } from '../../../renderer/db/schema'
import { addDays } from '../../../renderer/domain/dates'
import { DomainError } from '../../../renderer/domain/errors'
import { issued } from './collections/fixtures'
import { esSetup } from './helpers'
import { apply, editCustomer, KINDS, opArb, world } from './summaryWorld'

const byCustomer = (a: CustomerSummaryRow, b: CustomerSummaryRow) => a.customerId.localeCompare(b.customerId)

/** A customer's two latest interactions, newest first (at, then id), as the queue reads them. */
function latestOf(all: Interaction[], customerId: string) {
  return all
    .filter((i) => i.customerId === customerId)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1))
    .slice(0, 2)
    .map(({ id, customerId: c, type, at, outcome, promiseDate, promiseAmount, invoiceIds }) => ({ id, customerId: c, type, at, outcome, promiseDate, promiseAmount, invoiceIds }))
}

/** The customer's step records covering one of its open invoices, slim, by id (schema v12). */
function stepsOf(records: StepRecord[], customerId: string, open: Set<string>) {
  return records
    .filter((r) => r.customerId === customerId && r.invoiceIds.some((id) => open.has(id)))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(({ id, customerId: c, invoiceIds, profileId, stepId, kind, channel, doneOn }) => ({ id, customerId: c, invoiceIds, profileId, stepId, kind, channel, doneOn }))
}

/** The summaries recounted from scratch: every issued invoice with something open, grouped by customer. */
async function recount(ctx: Ctx): Promise<CustomerSummaryRow[]> {
  const open = (await ctx.db.invoices.toArray()).filter((i) => i.lifecycle === 'issued' && i.openAmount > 0)
  const customers = new Map((await ctx.db.customers.toArray()).map((c) => [c.id, c]))
  const interactions = await ctx.db.interactions.toArray()
  const records = await ctx.db.stepRecords.toArray()
  const ids = [...new Set(open.map((i) => i.customerId))]
  return ids
    .map((customerId) => {
      const mine = open.filter((i) => i.customerId === customerId)
      const sorted = [...mine].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || (a.id < b.id ? -1 : 1))
      const c = customers.get(customerId)
      return {
        customerId,
        customer: c
          ? { code: c.code, legalName: c.legalName, tradeName: c.tradeName, language: c.language, collectionProfile: c.collectionProfile, creditLimit: c.creditLimit, balance: c.balance }
          : null,
        buyer: [...mine].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!.customer.legalName,
        latest: latestOf(interactions, customerId),
        steps: stepsOf(records, customerId, new Set(mine.map((i) => i.id))),
        ids: sorted.map((i) => i.id),
        numbers: sorted.map((i) => i.fullNumber),
        issueDates: sorted.map((i) => i.issueDate),
        dueDates: sorted.map((i) => i.dueDate),
        amounts: sorted.map((i) => i.openAmount),
      }
    })
    .sort(byCustomer)
}

async function expectSummariesExact(ctx: Ctx): Promise<void> {
  expect((await allSummaries(ctx.db.summaryBuckets)).sort(byCustomer)).toEqual(await recount(ctx))
}

/** Writes that committed and writes refused, per kind. */
const done = new Map<string, number>()

/** The v9 stores of `ctx`'s database copied into a fresh database declared at exactly v9. */
async function copyAsV9(ctx: Ctx, indexedDB: IDBFactory, name: string): Promise<void> {
  const v9 = new Dexie(name, { indexedDB, IDBKeyRange })
  for (const define of [defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8, defineV9]) define(v9)
  await v9.open()
  for (const table of Object.keys(STORES_V9)) await v9.table(table).bulkPut(await ctx.db.table(table).toArray())
  expect(v9.verno).toBe(9)
  v9.close()
}

async function upgraded(ctx: Ctx, name: string): Promise<CobroDb> {
  const indexedDB = new IDBFactory()
  await copyAsV9(ctx, indexedDB, name)
  const db = new CobroDb(name, { indexedDB, IDBKeyRange })
  await db.open()
  return db
}

/** The v10 stores of `ctx`'s database (no buckets; one stale customerSummaries row) in a database at exactly v10. */
async function copyAsV10(ctx: Ctx, indexedDB: IDBFactory, name: string): Promise<void> {
  const v10 = new Dexie(name, { indexedDB, IDBKeyRange })
  for (const define of [defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8, defineV9, defineV10]) define(v10)
  await v10.open()
  for (const table of Object.keys(STORES_V10)) if (table !== 'customerSummaries') await v10.table(table).bulkPut(await ctx.db.table(table).toArray())
  await v10.table('customerSummaries').put({ customerId: 'stale', customer: null, buyer: 'x', ids: ['gone'], numbers: ['F-0'], issueDates: [''], dueDates: [''], amounts: [1] })
  expect(v10.verno).toBe(10)
  v10.close()
}

describe('customer summaries', () => {
  it('are built into buckets by the v10 -> v11 upgrade, the v10 rows dropped, and take their steps in v12', async () => {
    const w = await world()
    let day = '2026-09-01'
    let letters = 0
    for (const kind of ['logCall', 'pay', 'draftIssue', 'sendLetter', 'payPart', 'logCall', 'sendLetter'] as const) {
      day = addDays(day, 20)
      if ((await apply(w, { kind, pick: 1, amount: 120_00 }, day)) && kind === 'sendLetter') letters += 1
    }
    expect(letters).toBeGreaterThan(0)
    const indexedDB = new IDBFactory()
    await copyAsV10(w.ctx, indexedDB, 'summaries-v10')
    const db = new CobroDb('summaries-v10', { indexedDB, IDBKeyRange })
    await db.open()
    expect(db.verno).toBe(12)
    expect(db.tables.map((t) => t.name)).not.toContain('customerSummaries')
    const rows = await allSummaries(db.summaryBuckets)
    expect(rows.length).toBeGreaterThan(1)
    expect(rows).toEqual(await recount(w.ctx))
    expect(rows.filter((r) => r.latest!.length > 0).length).toBeGreaterThan(0)
    expect(rows.filter((r) => r.steps!.length > 0).length).toBeGreaterThan(0)
    db.close()
  })

  it('equal a recount from the invoices and customers after every operation of random mixes, and the v10 upgrade builds the same rows', async () => {
    done.clear()
    let runs = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 30 }), async (ops) => {
        const w = await world()
        await expectSummariesExact(w.ctx)
        let day = '2026-09-01'
        for (const op of ops) {
          day = addDays(day, 3)
          try {
            if (await apply(w, op, day)) done.set(op.kind, (done.get(op.kind) ?? 0) + 1)
          } catch (e) {
            if (!(e instanceof DomainError)) throw e // a Dexie error (e.g. a table missing from a transaction) fails
            done.set(`refused ${op.kind}`, (done.get(`refused ${op.kind}`) ?? 0) + 1)
          }
          await expectSummariesExact(w.ctx)
        }
        const db = await upgraded(w.ctx, 'summaries-upgrade')
        expect((await allSummaries(db.summaryBuckets)).sort(byCustomer)).toEqual((await allSummaries(w.ctx.db.summaryBuckets)).sort(byCustomer))
        db.close()
        runs += 1
      }),
      { seed: 20261207, numRuns: 10, endOnFailure: true },
    )
    expect(runs).toBe(10)
    for (const kind of KINDS.filter((k) => k !== 'payForeign')) expect(done.get(kind) ?? 0, kind).toBeGreaterThan(0)
    expect(done.get('refused payForeign') ?? 0).toBeGreaterThan(0)
  }, 180_000)

  it('keeps no row for a customer once nothing of it is open, and a new row takes the customer as it is then', async () => {
    const { ctx, customer } = await esSetup()
    expect((await allSummaries(ctx.db.summaryBuckets)).length).toBe(0)
    const inv = await issued(ctx, customer.id, '2026-10-01', 100_00)
    expect(await getSummary(ctx.db.summaryBuckets, customer.id)).toMatchObject({ ids: [inv.id], amounts: [100_00], customer: { legalName: customer.legalName } })
    await recordPayment(ctx, { customerId: customer.id, date: '2026-10-05', amount: 100_00 })
    expect((await allSummaries(ctx.db.summaryBuckets)).length).toBe(0)
    await editCustomer(ctx, customer, 7)
    const renamed = (await ctx.db.customers.get(customer.id))!
    expect((await allSummaries(ctx.db.summaryBuckets)).length).toBe(0)
    await issued(ctx, customer.id, '2026-10-10', 50_00)
    expect((await getSummary(ctx.db.summaryBuckets, customer.id))?.customer).toMatchObject({ legalName: renamed.legalName, creditLimit: 700 })
    await expectSummariesExact(ctx)
  })

  it('keeps as buyer the name on the open invoice with the smallest id, also after that invoice is paid', async () => {
    const { ctx, customer } = await esSetup()
    const first = await issued(ctx, customer.id, '2026-10-01', 100_00)
    await editCustomer(ctx, customer, 4)
    const second = await issued(ctx, customer.id, '2026-10-02', 100_00)
    expect(second.customer.legalName).not.toBe(first.customer.legalName)
    const [low, high] = first.id < second.id ? [first, second] : [second, first]
    expect((await getSummary(ctx.db.summaryBuckets, customer.id))?.buyer).toBe(low.customer.legalName)
    await recordPayment(ctx, { customerId: customer.id, date: '2026-10-05', amount: 100_00, allocations: [{ invoiceId: low.id, amount: 100_00 }] })
    expect((await getSummary(ctx.db.summaryBuckets, customer.id))?.buyer).toBe(high.customer.legalName)
    await expectSummariesExact(ctx)
  })

  it('upgrades a v9 database whose open invoice names a customer row that is missing: no customer, the buyer kept', async () => {
    const { ctx, customer } = await esSetup()
    const a = await issued(ctx, customer.id, '2026-10-01', 100_00)
    const b = await issued(ctx, customer.id, '2026-10-02', 200_00)
    await ctx.db.customers.delete(customer.id)
    const db = await upgraded(ctx, 'summaries-orphan')
    const [row] = await allSummaries(db.summaryBuckets)
    expect(row).toMatchObject({ customerId: customer.id, customer: null, buyer: customer.legalName })
    expect(row!.ids.sort()).toEqual([a.id, b.id].sort())
    expect(await allSummaries(db.summaryBuckets)).toEqual(await recount({ ...ctx, db }))
    db.close()
  })
})
