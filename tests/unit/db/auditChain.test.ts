import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../renderer/db/context'
import { createCustomer, updateCustomer } from '../../../renderer/db/repos/customers'
import { issueInvoice, saveDraft } from '../../../renderer/db/repos/invoices'
import { recordPayment } from '../../../renderer/db/repos/payments'
import { writeAudit } from '../../../renderer/db/repos/audit'
import { listAudit, verifyAudit } from '../../../renderer/db/repos/auditLog'
import { auditHash } from '../../../renderer/domain/audit/chain'
import { customerInput, esSetup, freshCtx, line } from './helpers'

/** A company, two customers, a terms change, an issued invoice and a payment: every write sealed. */
async function history(): Promise<{ ctx: Ctx; customerId: string; invoiceId: string }> {
  const { ctx, customer } = await esSetup()
  await createCustomer(ctx, customerInput({ legalName: 'Frutas Úbeda, S.L.', taxId: 'B11111119' }))
  await updateCustomer(ctx, customer.id, customerInput({ terms: { kind: 'net', days: 60 } }))
  const draft = await saveDraft(ctx, { customerId: customer.id, issueDate: '2026-10-01', lines: [line({ quantity: 1, unitPrice: 10000, vatRate: 0 })] })
  const inv = await issueInvoice(ctx, draft.id)
  await recordPayment(ctx, { customerId: customer.id, date: '2026-10-20', amount: 4000, method: 'transfer' })
  return { ctx, customerId: customer.id, invoiceId: inv.id }
}

/** The audit ids in order; `at(i)` throws when there is no such row (keeps the tests honest and the types exact). */
async function ids(ctx: Ctx): Promise<{ all: number[]; at: (i: number) => number }> {
  const all = (await ctx.db.audit.toCollection().primaryKeys()) as number[]
  const at = (i: number): number => {
    const id = all[i]
    if (id === undefined) throw new Error(`no audit row #${i}`)
    return id
  }
  return { all, at }
}

describe('audit chain on real writes', () => {
  it('seals every entry to the one before, and the chain verifies (also in small chunks)', async () => {
    const { ctx } = await history()
    const rows = await ctx.db.audit.toArray()
    expect(rows.length).toBeGreaterThanOrEqual(6)
    expect(rows[0]?.prevHash).toBe('')
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash)
    for (const r of rows) expect(r.hash).toBe(auditHash(r, r.prevHash ?? ''))
    expect(await verifyAudit(ctx)).toEqual({ ok: true, checked: rows.length, unsealed: 0 })
    expect(await verifyAudit(ctx, 2)).toEqual({ ok: true, checked: rows.length, unsealed: 0 })
  })

  it('chains writes issued in parallel inside one transaction', async () => {
    const ctx = freshCtx()
    await ctx.db.transaction('rw', [ctx.db.audit], async () => {
      await Promise.all([1, 2, 3].map((n) => writeAudit(ctx, 'customer', `c${n}`, 'create', null, { n })))
    })
    expect(await verifyAudit(ctx)).toEqual({ ok: true, checked: 3, unsealed: 0 })
  })

  it('names an edited entry', async () => {
    const { ctx } = await history()
    const target = (await ids(ctx)).at(3)
    await ctx.db.audit.update(target, { after: { forged: true } })
    expect(await verifyAudit(ctx)).toMatchObject({ ok: false, firstBrokenId: target, reason: 'hashMismatch' })
    expect(await verifyAudit(ctx, 2)).toMatchObject({ ok: false, firstBrokenId: target, reason: 'hashMismatch' })
  })

  it('detects an entry deleted from the middle at the next one', async () => {
    const { ctx } = await history()
    const { at } = await ids(ctx)
    await ctx.db.audit.delete(at(2))
    expect(await verifyAudit(ctx)).toMatchObject({ ok: false, firstBrokenId: at(3), reason: 'prevMismatch' })
  })

  it('detects two entries swapped', async () => {
    const { ctx } = await history()
    const { at } = await ids(ctx)
    const [a, b] = await ctx.db.audit.bulkGet([at(1), at(2)])
    if (!a || !b) throw new Error('missing rows')
    await ctx.db.audit.bulkPut([{ ...b, id: at(1) }, { ...a, id: at(2) }])
    expect(await verifyAudit(ctx)).toMatchObject({ ok: false, firstBrokenId: at(1), reason: 'prevMismatch' })
  })

  it('treats entries written before the chain as an unsealed prefix', async () => {
    const ctx = freshCtx()
    await ctx.db.audit.bulkAdd([
      { at: '2026-01-01T00:00:00.000Z', user: 'old', entity: 'customer', entityId: 'x', action: 'create', before: null, after: { a: 1 } },
      { at: '2026-01-02T00:00:00.000Z', user: 'old', entity: 'customer', entityId: 'x', action: 'update', before: { a: 1 }, after: { a: 2 } },
    ])
    await createCustomer(ctx, customerInput())
    const rows = await ctx.db.audit.toArray()
    expect(rows[2]?.prevHash).toBe('')
    expect(await verifyAudit(ctx)).toEqual({ ok: true, checked: rows.length - 2, unsealed: 2 })
  })
})

describe('listAudit', () => {
  it('pages newest first and filters by entity, record, user and day', async () => {
    const { ctx, customerId, invoiceId } = await history()
    const total = (await ids(ctx)).all.length
    const first = await listAudit(ctx, {}, null, 3)
    expect(first.rows.map((r) => r.id)).toEqual([total, total - 1, total - 2])
    const second = await listAudit(ctx, {}, first.nextBeforeId, 3)
    expect(second.rows[0]?.id).toBe(total - 3)
    const everything = await listAudit(ctx, {}, null, 100)
    expect(everything.rows).toHaveLength(total)
    expect(everything.nextBeforeId).toBeNull()

    const ofCustomer = await listAudit(ctx, { entity: 'customer', entityId: customerId }, null)
    expect(ofCustomer.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'update']))
    expect(ofCustomer.rows.every((r) => r.entityId === customerId)).toBe(true)
    const ofInvoice = await listAudit(ctx, { entityId: invoiceId }, null)
    expect(ofInvoice.rows.length).toBeGreaterThan(0)
    expect(ofInvoice.rows.every((r) => r.entity === 'invoice')).toBe(true)
    expect((await listAudit(ctx, { user: 'nobody' }, null)).rows).toEqual([])
    expect((await listAudit(ctx, { user: 'tester' }, null, 100)).rows).toHaveLength(total)
    expect((await listAudit(ctx, { from: '2026-11-24' }, null)).rows).toEqual([])
    expect((await listAudit(ctx, { from: '2026-11-23', to: '2026-11-23' }, null, 100)).rows).toHaveLength(total)
  })
})
