/**
 * The v9 -> v10 upgrade for bank matching (issue 7). The open items written by v9 lack the currency, total and
 * discount terms. The upgrade rewrites them (bank/openItemsV10.ts refreshOpenItems) into exactly what v10's writes
 * keep. The bank lines keep every row under the smaller index set, and the queue reads them as before.
 */
import Dexie from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { loadDemoCompany } from '../../../../renderer/db/demo'
import { importStatement, previewStatementFile } from '../../../../renderer/db/repos/bank/imports'
import { countUnmatched, unmatchedLines } from '../../../../renderer/db/repos/bank/lines'
import { loadMatchIndex } from '../../../../renderer/db/repos/bank/match'
import type { OpenItemRow } from '../../../../renderer/db/repos/invoiceCounters'
import { saveCompany } from '../../../../renderer/db/repos/company'
import {
  CobroDb,
  defineV1,
  defineV2,
  defineV3,
  defineV4,
  defineV5,
  defineV6,
  defineV7,
  defineV8,
  defineV9,
  LATEST_VERSION,
  STORES_V9,
} from '../../../../renderer/db/schema'
import type { Invoice } from '../../../../renderer/domain/types'
import { camt053 } from '../../../e2e/fixtures/bank/camt053'
import { ES_COMPANY, freshCtx } from '../helpers'

const TODAY = '2026-11-23'

/** An open item as v9's openItemOf wrote it (before the bank's fields). */
function v9Item(item: OpenItemRow): Omit<OpenItemRow, 'currency' | 'total' | 'earlyDiscount' | 'discountTaken'> {
  const { currency: _c, total: _t, earlyDiscount: _e, discountTaken: _d, ...v9 } = item
  return v9
}

describe('schema v10 upgrade: open items and bank lines', () => {
  it('rewrites the open items as the writes keep them and keeps every bank line, read through the new indexes', async () => {
    const source = freshCtx()
    await loadDemoCompany(source, { country: 'ES', today: TODAY, customers: 12, months: 9, seed: 6 })
    await saveCompany(source, ES_COMPANY)
    const company = await source.db.company.toArray()
    const open = (await source.db.invoices.where('[isOpen+dueDate]').between([1, ''], [1, '\uffff']).toArray()) as Invoice[]
    const xml = camt053({
      id: 'UPG',
      accountIban: company[0]!.iban,
      currency: 'EUR',
      from: TODAY,
      to: TODAY,
      opening: 0,
      movements: open.slice(0, 12).map((inv, i) => ({ amount: i % 4 === 3 ? -inv.openAmount : inv.openAmount, date: TODAY, name: inv.customer.legalName, remittance: `Pago ${inv.fullNumber}`, reference: `U${i}` })),
    })
    const preview = await previewStatementFile(source, { fileName: 'upg.xml', content: { kind: 'bytes', base64: btoa(unescape(encodeURIComponent(xml))) } })
    if (preview.kind !== 'ready') throw new Error(JSON.stringify(preview))
    await importStatement(source, preview)
    const items = await source.db.openItems.toArray()
    expect(items.length).toBeGreaterThan(5)
    expect(items.some((i) => i.earlyDiscount !== null), 'some open invoice has discount terms').toBe(true)

    // The same rows in a database at v9, open items as v9 wrote them.
    const indexedDB = new IDBFactory()
    const v9 = new Dexie('upgrade-v10-bank', { indexedDB, IDBKeyRange })
    for (const define of [defineV1, defineV2, defineV3, defineV4, defineV5, defineV6, defineV7, defineV8, defineV9]) define(v9)
    const rows: Record<string, unknown[]> = {}
    for (const name of Object.keys(STORES_V9)) {
      rows[name] = await source.db.table(name).toArray()
      await v9.table(name).bulkPut(name === 'openItems' ? items.map(v9Item) : rows[name]!)
    }
    expect(v9.verno).toBe(9)
    expect(await v9.table('openItems').get(items[0]!.id)).not.toHaveProperty('currency')
    v9.close()

    const db = new CobroDb('upgrade-v10-bank', { indexedDB, IDBKeyRange })
    await db.open()
    expect(db.verno).toBe(LATEST_VERSION)
    expect(await db.openItems.toArray()).toEqual(items)
    for (const name of Object.keys(STORES_V9).filter((t) => t !== 'openItems')) expect(await db.table(name).toArray(), name).toEqual(rows[name])
    const ctx: Ctx = { ...source, db }
    expect(await countUnmatched(ctx)).toBe(await countUnmatched(source))
    expect(await countUnmatched(ctx)).toBe(9)
    expect(await unmatchedLines(ctx)).toEqual(await unmatchedLines(source))
    expect([...(await loadMatchIndex(ctx, TODAY)).invoices.values()]).toEqual([...(await loadMatchIndex(source, TODAY)).invoices.values()])
    db.close()
  }, 60_000)
})
