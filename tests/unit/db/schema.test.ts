import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { countByStatus, listInvoices } from '../../../renderer/db/repos/invoices'
import { searchCustomers } from '../../../renderer/db/repos/customers'
import {
  allTables, CobroDb, defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8, LATEST_VERSION,
  STORES_V2, STORES_V3, STORES_V4, STORES_V8, STORES_V9, STORES_V10, STORES_V11,
} from '../../../renderer/db/schema'
import { loadDemoCompany } from '../../../renderer/db/demo'
import { invoiceStatus } from '../../../renderer/domain/invoiceStatus'
import { prepareConfirmation, recordSent } from '../../../renderer/db/repos/reports/confirmations'
import { esSetup, freshCtx } from './helpers'
import { issued } from './collections/fixtures'
import type { StoredInvoice } from '../../../renderer/db/stored'
import type { Customer, Invoice } from '../../../renderer/domain/types'

const address = { street: 'Calle Mayor 1', city: 'Alcalá de Henares', postalCode: '28801', region: 'Madrid', country: 'ES' }

function v1Customer(id: string, code: string, legalName: string, tradeName: string): Customer {
  return {
    id, code, legalName, tradeName, taxId: 'B76543214', tradeRegister: '', address, deliveryAddresses: [], contacts: [],
    email: '', phone: '', language: 'es', terms: { kind: 'net', days: 30 }, paymentDays: [], earlyDiscount: null,
    lineDiscount: 0, creditLimit: null, requiresPO: false, requiresPrepayment: false, recargoEquivalencia: false,
    collectionProfile: 'business', notes: '', balance: 0,
    searchWords: [code.toLowerCase()], // v1 indexed only the code
    archived: false, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
  }
}

function v1Invoice(id: string, customer: Customer, n: number, issueDate: string, total: number, paid: number): Invoice {
  return {
    id, lifecycle: 'issued', series: 'F', year: 2025, number: n, fullNumber: `F2025-${String(n).padStart(6, '0')}`,
    customerId: customer.id,
    customer: { legalName: customer.legalName, taxId: customer.taxId, tradeRegister: '', address },
    seller: { legalName: 'Seller', taxId: 'B12345674', tradeRegister: '', address },
    language: 'es', currency: 'EUR', exchangeRate: null, issueDate, dueDate: '2025-12-31',
    terms: { kind: 'net', days: 30 }, paymentDays: [], earlyDiscount: null, recargoEquivalencia: false,
    lines: [{ productId: null, code: 'X', description: 'X', quantity: 1, unit: 'ud', unitPrice: total, discount: 0, vatRate: 0 }],
    totals: { base: total, vat: 0, recargo: 0, total, byRate: [{ vatRate: 0, recargoRate: 0, base: total, vat: 0, recargo: 0 }] },
    deliveryDate: '', deliveryNoteNumber: '', deliveryAddress: null, poNumber: n === 2 ? 'PO-7781' : '', contractRef: '', notes: '',
    paidAmount: paid, discountTaken: 0, creditedAmount: 0,
    openAmount: total - paid, isOpen: total - paid > 0 ? 1 : 0,
    createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', issuedAt: '2025-01-01T00:00:00.000Z',
  }
}

describe('schema versions', () => {
  it('upgrades a v1 database with data to v2: rows kept, search words backfilled, new indexes usable', async () => {
    const indexedDB = new IDBFactory()
    const v1 = new Dexie('upgrade-test', { indexedDB, IDBKeyRange })
    defineV1(v1)
    const ana = v1Customer('c1', 'C0001', 'Alimentación Ana, S.L.', 'Ultramarinos Ana')
    const bar = v1Customer('c2', 'C0002', 'Bar Sol, S.L.', 'Cafetería Sol')
    const invoices = [
      v1Invoice('i1', ana, 1, '2025-10-01', 10000, 10000),
      v1Invoice('i2', ana, 2, '2025-10-02', 20000, 5000),
      v1Invoice('i3', bar, 3, '2025-10-02', 30000, 0),
    ]
    await v1.table('customers').bulkPut([ana, bar])
    await v1.table('invoices').bulkPut(invoices)
    expect(v1.verno).toBe(1)
    v1.close()

    const db = new CobroDb('upgrade-test', { indexedDB, IDBKeyRange })
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    const ctx: Ctx = { db, user: 't', role: 'owner', now: () => new Date('2026-01-01T00:00:00Z') }

    // Data kept, plus the migrated fields.
    const rows = (await db.invoices.toArray()) as StoredInvoice[]
    expect(rows.map((r) => [r.id, r.openAmount, r.isOpen, r.isPartial])).toEqual([
      ['i1', 0, 0, 0],
      ['i2', 15000, 1, 1],
      ['i3', 30000, 1, 0],
    ])
    const { searchWords: _w, isPartial: _p, ...i2 } = rows[1]!
    expect(i2).toEqual(invoices[1])
    expect(rows[1]?.searchWords).toEqual(expect.arrayContaining(['f2025', '000002', 'f2025000002', '2', 'alimentacion', 'ana', 'po', '7781']))
    const c1 = await db.customers.get('c1')
    expect(c1?.searchWords).toEqual(expect.arrayContaining(['c0001', 'alimentacion', 'ultramarinos', 'b76543214', 'alcala', 'henares']))

    // New indexes answer queries.
    expect(await db.invoices.where('[customerId+issueDate]').between(['c1', '2025-01-01'], ['c1', '2025-12-31']).primaryKeys()).toEqual(['i1', 'i2'])
    expect(await db.invoices.where('[lifecycle+fullNumber]').equals(['issued', 'F2025-000003']).primaryKeys()).toEqual(['i3'])
    expect(await db.invoices.where('[isPartial+dueDate]').between([1, '2025-01-01'], [1, '2026-12-31']).primaryKeys()).toEqual(['i2'])
    expect(await db.customers.orderBy('[legalName+id]').primaryKeys()).toEqual(['c1', 'c2'])
    expect((await listInvoices(ctx, { asOf: '2025-11-01', limit: 10 })).map((i) => i.id)).toEqual(['i3', 'i2', 'i1'])
    expect((await listInvoices(ctx, { asOf: '2025-11-01', limit: 10, search: 'ultra' })).map((i) => i.id)).toEqual([])
    expect((await listInvoices(ctx, { asOf: '2025-11-01', limit: 10, search: 'ana' })).map((i) => i.id)).toEqual(['i2', 'i1'])
    expect((await searchCustomers(ctx, 'cafeteria')).map((c) => c.id)).toEqual(['c2'])
    expect(await countByStatus(ctx, '2025-11-01')).toEqual({ draft: 0, open: 1, overdue: 0, partiallyPaid: 1, paid: 1, credited: 0, cancelled: 0 })
    db.close()
  })

  it('declares every v1 table again in v2 with its primary key unchanged', () => {
    const db = new CobroDb('x', { indexedDB: new IDBFactory(), IDBKeyRange })
    for (const [table, spec] of Object.entries(STORES_V2)) {
      expect(db.table(table).schema.primKey.src).toBe(spec.split(',')[0]?.trim())
    }
  })
})

describe('schema v4 (balance confirmations)', () => {
  it('upgrades a v3 database with data: every row kept, the new table empty and usable', async () => {
    const { ctx: source, customer } = await esSetup()
    await issued(source, customer.id, '2026-09-01', 121_000)
    const tables = Object.keys(STORES_V3)
    const rows: Record<string, unknown[]> = {}
    for (const name of tables) rows[name] = await source.db.table(name).toArray()
    expect(rows.invoices).toHaveLength(1)
    expect(rows.collectionProfiles).toHaveLength(3)

    const indexedDB = new IDBFactory()
    const v3 = new Dexie('upgrade-v4', { indexedDB, IDBKeyRange })
    defineV1(v3)
    defineV2(v3)
    defineV3(v3)
    for (const name of tables) await v3.table(name).bulkPut(rows[name]!)
    expect(v3.verno).toBe(3)
    expect(v3.tables.map((t) => t.name)).not.toContain('balanceConfirmations')
    v3.close()

    const db = new CobroDb('upgrade-v4', { indexedDB, IDBKeyRange })
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(4)
    for (const name of tables) expect(await db.table(name).toArray(), name).toEqual(rows[name])
    expect(await db.balanceConfirmations.count()).toBe(0)

    const ctx: Ctx = { db, user: 't', role: 'owner', now: () => new Date('2026-11-23T10:00:00Z') }
    const model = await prepareConfirmation(ctx, { customerId: customer.id, asOf: '2026-10-31', date: '2026-11-23' })
    expect(model.balance).toBe(121_000)
    const record = await recordSent(ctx, { model, documentName: 'c.pdf' })
    expect(await db.balanceConfirmations.where('[customerId+asOf]').equals([customer.id, '2026-10-31']).primaryKeys()).toEqual([record.id])
    expect(await db.balanceConfirmations.where('status').equals('sent').count()).toBe(1)
    expect(await db.balanceConfirmations.where('asOf').equals('2026-10-31').count()).toBe(1)
    db.close()
  })

  it('keeps every v3 table and primary key and adds only balanceConfirmations', () => {
    const db = new CobroDb('x', { indexedDB: new IDBFactory(), IDBKeyRange })
    expect(Object.keys(STORES_V4).filter((t) => !(t in STORES_V3))).toEqual(['balanceConfirmations'])
    for (const [table, spec] of Object.entries(STORES_V3)) expect(STORES_V4[table as keyof typeof STORES_V4]).toBe(spec)
    for (const [table, spec] of Object.entries(STORES_V4)) {
      expect(db.table(table).schema.primKey.src).toBe(spec.split(',')[0]?.trim())
    }
  })
})

describe('schema v10 (customer summaries, register rows, bank and allocation indexes)', () => {
  it('keeps every v9 table and primary key and adds only customerSummaries and registerRows', () => {
    expect(Object.keys(STORES_V10).filter((t) => !(t in STORES_V9))).toEqual(['customerSummaries', 'registerRows'])
    for (const [table, spec] of Object.entries(STORES_V9)) {
      expect(STORES_V10[table as keyof typeof STORES_V10].split(',')[0], table).toBe(spec.split(',')[0])
    }
    expect(STORES_V10.allocations.split(', ')).toContain('date')
  })
})

describe('schema v11 (customer summaries in buckets)', () => {
  it('keeps every v10 table as it was but customerSummaries, which summaryBuckets replaces, and allTables names every table', () => {
    const db = new CobroDb('x', { indexedDB: new IDBFactory(), IDBKeyRange })
    expect(Object.keys(STORES_V11).filter((t) => !(t in STORES_V10))).toEqual(['summaryBuckets'])
    expect(Object.keys(STORES_V10).filter((t) => !(t in STORES_V11))).toEqual(['customerSummaries'])
    for (const [table, spec] of Object.entries(STORES_V11)) if (table !== 'summaryBuckets') expect(STORES_V10[table as keyof typeof STORES_V10], table).toBe(spec)
    expect(allTables(db).map((t) => t.name).sort()).toEqual(Object.keys(STORES_V11).sort())
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES_V11).sort())
  })
})

describe('schema v9 (maintained counters, open items, last contacts)', () => {
  it('keeps every v8 table and primary key and adds only counters, openItems and lastContacts', () => {
    expect(Object.keys(STORES_V9).filter((t) => !(t in STORES_V8))).toEqual(['counters', 'openItems', 'lastContacts'])
    for (const [table, spec] of Object.entries(STORES_V8)) expect(STORES_V9[table as keyof typeof STORES_V9]).toBe(spec)
  })

  it('upgrades a v8 demo database: every row kept, counts, open items and latest contacts rebuilt as the writes keep them', async () => {
    const source = freshCtx()
    await loadDemoCompany(source, { country: 'ES', today: '2026-11-23', customers: 10, months: 8, seed: 3 })
    const indexedDB = new IDBFactory()
    const v8 = new Dexie('upgrade-v9', { indexedDB, IDBKeyRange })
    for (const define of [defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8]) define(v8)
    const rows: Record<string, unknown[]> = {}
    for (const name of Object.keys(STORES_V8)) {
      rows[name] = await source.db.table(name).toArray()
      await v8.table(name).bulkPut(rows[name]!)
    }
    expect(v8.verno).toBe(8)
    v8.close()

    const db = new CobroDb('upgrade-v9', { indexedDB, IDBKeyRange })
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    for (const name of Object.keys(STORES_V8)) expect(await db.table(name).toArray(), name).toEqual(rows[name])
    const ctx: Ctx = { db, user: 't', role: 'owner', now: () => new Date('2026-11-23T10:00:00Z') }
    for (const day of ['2026-06-01', '2026-11-23', '2027-02-01']) {
      const brute: Record<string, number> = { draft: 0, open: 0, overdue: 0, partiallyPaid: 0, paid: 0, credited: 0, cancelled: 0 }
      for (const inv of rows.invoices as StoredInvoice[]) brute[invoiceStatus(inv, day)]! += 1
      expect(await countByStatus(ctx, day), day).toEqual(brute)
    }
    const openIds = (rows.invoices as StoredInvoice[]).filter((i) => i.isOpen === 1).map((i) => i.id).sort()
    expect(openIds.length).toBeGreaterThan(5)
    expect((await db.openItems.toCollection().primaryKeys()).sort()).toEqual(openIds)
    // Identical to what the writes maintain on the source database.
    expect(await db.counters.toArray()).toEqual(await source.db.counters.toArray())
    expect(await db.lastContacts.count()).toBeGreaterThan(3)
    expect(await db.lastContacts.toArray()).toEqual(await source.db.lastContacts.toArray())
    db.close()
  })
})
