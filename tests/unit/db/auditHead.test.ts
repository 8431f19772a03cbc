import { describe, expect, it } from 'vitest'
import { headerOf, readAllTables } from '../../../renderer/db/backup/snapshot'
import { checkAuditHead, lastRestoreAt, verifyAudit } from '../../../renderer/db/repos/auditLog'
import { createCustomer } from '../../../renderer/db/repos/customers'
import { customerInput, esSetup } from './helpers'

describe('deleting the newest audit entries', () => {
  it('goes unseen by the chain but is found against the head a backup remembers', async () => {
    const { ctx } = await esSetup()
    for (const n of [1, 2, 3]) await createCustomer(ctx, customerInput({ legalName: `Cliente ${n}, S.L.` }))
    const header = headerOf(await readAllTables(ctx.db), ctx.db.verno, 'daily', ctx.now())
    const last = await ctx.db.audit.orderBy('id').last()
    expect(header.auditHead).toEqual({ id: last!.id, hash: last!.hash })
    expect(await checkAuditHead(ctx, header.auditHead!, header.createdAt)).toEqual({ ok: true })

    // Someone deletes the last two entries: the remaining chain is intact...
    await ctx.db.audit.bulkDelete([last!.id!, last!.id! - 1])
    expect((await verifyAudit(ctx)).ok).toBe(true)
    // ...but the backup's head is gone.
    expect(await checkAuditHead(ctx, header.auditHead!, header.createdAt)).toEqual({ ok: false, reason: 'missing', id: last!.id, backupAt: header.createdAt })

    // New entries written after the deletion do not bring the remembered one back (ids are never reused).
    await createCustomer(ctx, customerInput({ legalName: 'Otro, S.L.' }))
    await createCustomer(ctx, customerInput({ legalName: 'Otro más, S.L.' }))
    const check = await checkAuditHead(ctx, header.auditHead!, header.createdAt)
    expect(check).toMatchObject({ ok: false, id: last!.id })
  })

  it('knows when the data was last restored (older backups remember a log that was rolled back)', async () => {
    const { ctx } = await esSetup()
    expect(await lastRestoreAt(ctx)).toBe('')
    await ctx.db.audit.add({ at: '2026-11-20T10:00:00.000Z', user: 'x', entity: 'backup', entityId: 'b1', action: 'restore', before: null, after: null })
    await ctx.db.audit.add({ at: '2026-11-22T10:00:00.000Z', user: 'x', entity: 'backup', entityId: 'b2', action: 'restore', before: null, after: null })
    expect(await lastRestoreAt(ctx)).toBe('2026-11-22T10:00:00.000Z')
  })
})
