/**
 * The start check of the VERI*FACTU chains compared with this PC's last good check: a chain that lost its newest
 * records is named (the links alone cannot show it); a restore or other data is not a false alarm.
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

describe('the chains compared with the last good check', () => {
  it('reads the whole chains at every start (damage anywhere is found) and moves the checkpoint on', async () => {
    const { ctx, customer } = await esSetup()
    const store = memoryStore()
    await issueOn(ctx, customer.id, ['01', '02', '03'])
    expect(await runFiscalCheck(ctx, 'start', store)).toMatchObject({ records: { ok: true, checked: 3 } })
    expect(store.value).toMatchObject({ records: { seq: 3 }, at: ctx.now().toISOString() })
    await issueOn(ctx, customer.id, ['04', '05'])
    expect(await runFiscalCheck(ctx, 'start', store)).toMatchObject({ records: { ok: true, checked: 5 }, events: { ok: true } })
    expect(store.value?.records?.seq).toBe(5)

    await ctx.db.fiscalRecords.update(2, { total: 1 })
    expect(await runFiscalCheck(ctx, 'start', store)).toMatchObject({ records: { ok: false, firstBroken: 2, reason: 'hash' } })
    expect(store.value?.records?.seq).toBe(5) // a broken check does not move the checkpoint
  })

  it('names a chain that lost its newest records', async () => {
    const { ctx, customer } = await esSetup()
    const store = memoryStore()
    await issueOn(ctx, customer.id, ['01', '02', '03', '04'])
    await runFiscalCheck(ctx, 'start', store)
    await ctx.db.fiscalRecords.bulkDelete([3, 4])
    // Without the checkpoint the shorter chain looks whole...
    expect(await runFiscalCheck(ctx, 'manual')).toMatchObject({ records: { ok: true, checked: 2 } })
    // ...with it, the loss is named and logged.
    expect((await runFiscalCheck(ctx, 'start', store))?.records).toEqual({ ok: false, checked: 2, firstBroken: 3, reason: 'gap' })
    const last = await ctx.db.fiscalEvents.orderBy('seq').last()
    expect(last).toMatchObject({ type: 'anomalyRecords', detail: expect.stringContaining('#3') })
  })

  it('after a restore of an older, shorter chain, or with other data, there is no false gap', async () => {
    const { ctx, customer } = await esSetup()
    const store = memoryStore()
    await issueOn(ctx, customer.id, ['01', '02', '03'])
    await runFiscalCheck(ctx, 'start', store)
    await ctx.db.fiscalRecords.delete(3) // the restored backup is older: its chain ends at #2
    expect(await runFiscalCheck(ctx, 'backupRestored', store)).toMatchObject({ records: { ok: true, checked: 2 } })
    expect(await runFiscalCheck(ctx, 'start', store)).toMatchObject({ records: { ok: true, checked: 2 } })

    // Other data altogether (a different first record): compared with nothing.
    await ctx.db.fiscalRecords.clear()
    await issueOn(ctx, customer.id, ['05'])
    expect((await runFiscalCheck(ctx, 'start', store))?.records).toEqual({ ok: true, checked: 1 })
    expect(store.value?.records?.seq).toBe(1)
  })

  it('ignores a checkpoint it cannot read', async () => {
    const { ctx, customer } = await esSetup()
    await issueOn(ctx, customer.id, ['01'])
    const odd = { load: () => ({ records: { seq: 'x' }, events: null, at: 3 }) as unknown as FiscalCheckpoint, save: () => undefined }
    expect(await runFiscalCheck(ctx, 'start', odd)).toMatchObject({ records: { ok: true, checked: 1 } })
  })
})
