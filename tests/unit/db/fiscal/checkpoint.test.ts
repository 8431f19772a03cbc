/**
 * The incremental start check of the VERI*FACTU chains: from this PC's last good check it reads only what was added,
 * once a week (and on demand, and after a restore) everything; a chain that lost its newest records is named.
 */
import { describe, expect, it } from 'vitest'
import { runFiscalCheck, type CheckpointStore, type FiscalCheckpoint } from '../../../../renderer/db/repos/fiscal/verify'
import { issueInvoice, saveDraft } from '../../../../renderer/db/repos/invoices'
import type { Ctx } from '../../../../renderer/db/context'
import { esSetup, line } from '../helpers'

function memoryStore(): CheckpointStore & { value: FiscalCheckpoint | null } {
  const store = {
    value: null as FiscalCheckpoint | null,
    load: () => store.value,
    save: (c: FiscalCheckpoint) => void (store.value = c),
  }
  return store
}

async function issueOn(ctx: Ctx, customerId: string, days: string[]): Promise<void> {
  for (const day of days) {
    const d = await saveDraft(ctx, { customerId, issueDate: `2026-10-${day}`, lines: [line()] })
    await issueInvoice(ctx, d.id)
  }
}

const later = (ctx: Ctx, days: number): Ctx => ({ ...ctx, now: () => new Date(ctx.now().getTime() + days * 86_400_000) })

describe('incremental check of the invoice records at start', () => {
  it('reads only what was added since the last good check; the weekly full read finds older damage', async () => {
    const { ctx, customer } = await esSetup()
    const store = memoryStore()
    await issueOn(ctx, customer.id, ['01', '02', '03'])
    const first = await runFiscalCheck(ctx, 'start', store)
    expect(first).toMatchObject({ records: { ok: true, checked: 3 } })
    expect(first?.incremental).toBeUndefined()
    expect(store.value).toMatchObject({ records: { seq: 3 }, fullAt: ctx.now().toISOString() })

    await issueOn(ctx, customer.id, ['04', '05'])
    const second = await runFiscalCheck(ctx, 'start', store)
    expect(second).toMatchObject({ incremental: true, records: { ok: true, checked: 5 }, events: { ok: true } })
    expect(store.value?.records?.seq).toBe(5)

    // Damage below the checkpoint is not re-read at every start...
    await ctx.db.fiscalRecords.update(2, { total: 1 })
    expect(await runFiscalCheck(ctx, 'start', store)).toMatchObject({ incremental: true, records: { ok: true } })
    // ...but the page's button reads everything, and so does the first start a week after the last full read.
    expect(await runFiscalCheck(ctx, 'manual', store)).toMatchObject({ records: { ok: false, firstBroken: 2, reason: 'hash' } })
    const weekLater = await runFiscalCheck(later(ctx, 8), 'start', store)
    expect(weekLater?.incremental).toBeUndefined()
    expect(weekLater?.records).toMatchObject({ ok: false, firstBroken: 2 })
    const types = (await ctx.db.fiscalEvents.orderBy('seq').toArray()).map((e) => e.type)
    expect(types.filter((t) => t === 'anomalyRecords')).toHaveLength(2)
  })

  it('finds a change after the checkpoint, and a changed checkpoint record by reading everything', async () => {
    const { ctx, customer } = await esSetup()
    const store = memoryStore()
    await issueOn(ctx, customer.id, ['01', '02'])
    await runFiscalCheck(ctx, 'start', store)
    await issueOn(ctx, customer.id, ['03', '04'])
    await ctx.db.fiscalRecords.update(4, { total: 7 })
    expect(await runFiscalCheck(ctx, 'start', store)).toMatchObject({ incremental: true, records: { ok: false, firstBroken: 4 } })
    expect(store.value?.records?.seq).toBe(2) // a broken check does not move the checkpoint

    await ctx.db.fiscalRecords.update(4, { total: (await ctx.db.fiscalRecords.get(3))!.total }) // not the original
    await ctx.db.fiscalRecords.update(2, { hash: 'F'.repeat(64) })
    const full = await runFiscalCheck(ctx, 'start', store)
    expect(full?.incremental).toBeUndefined()
    expect(full?.records).toMatchObject({ ok: false, firstBroken: 2 })
  })

  it('names a chain that lost its newest records (the links alone cannot show it)', async () => {
    const { ctx, customer } = await esSetup()
    const store = memoryStore()
    await issueOn(ctx, customer.id, ['01', '02', '03', '04'])
    await runFiscalCheck(ctx, 'start', store)
    await ctx.db.fiscalRecords.bulkDelete([3, 4])
    const check = await runFiscalCheck(ctx, 'start', store)
    expect(check?.records).toEqual({ ok: false, checked: 2, firstBroken: 3, reason: 'gap' })
    const last = await ctx.db.fiscalEvents.orderBy('seq').last()
    expect(last).toMatchObject({ type: 'anomalyRecords', detail: expect.stringContaining('#3') })
  })

  it('after a restore (an older, shorter chain) or new data, the next start reads everything and finds no false gap', async () => {
    const { ctx, customer } = await esSetup()
    const store = memoryStore()
    await issueOn(ctx, customer.id, ['01', '02', '03'])
    await runFiscalCheck(ctx, 'start', store)
    await ctx.db.fiscalRecords.delete(3) // the restored backup is older: its chain ends at #2
    expect(await runFiscalCheck(ctx, 'backupRestored', store)).toMatchObject({ records: { ok: true, checked: 2 } })
    expect(await runFiscalCheck(ctx, 'start', store)).toMatchObject({ incremental: true, records: { ok: true, checked: 2 } })

    // Other data altogether (a different first record): read whole, compared with nothing.
    await ctx.db.fiscalRecords.clear()
    await issueOn(ctx, customer.id, ['05'])
    const fresh = await runFiscalCheck(ctx, 'start', store)
    expect(fresh?.records).toEqual({ ok: true, checked: 1 })
    expect(fresh?.incremental).toBeUndefined()
  })

  it('ignores a checkpoint it cannot read', async () => {
    const { ctx, customer } = await esSetup()
    await issueOn(ctx, customer.id, ['01'])
    const odd = { load: () => ({ records: { seq: 'x' }, events: null, fullAt: 3 }) as unknown as FiscalCheckpoint, save: () => undefined }
    const check = await runFiscalCheck(ctx, 'start', odd)
    expect(check).toMatchObject({ records: { ok: true, checked: 1 } })
    expect(check?.incremental).toBeUndefined()
  })
})
