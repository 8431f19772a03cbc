/** Backup generations: only the owner changes them (checked before main is asked), and the change is audited. */
import { describe, expect, it, vi } from 'vitest'
import { changeBackupKeep } from '../../../../renderer/db/backup/settings'
import { esSetup } from '../helpers'
import { refusal } from './sinks'

describe('backup generations setting', () => {
  it('refuses a clerk and an accountant before main is asked; nothing audited', async () => {
    const { ctx } = await esSetup()
    const before = await ctx.db.audit.count()
    for (const role of ['clerk', 'accountant'] as const) {
      const apply = vi.fn(async (keep: number) => ({ keep, dir: '/u/backups' }))
      expect(await refusal(changeBackupKeep({ ...ctx, role }, 3, 14, apply))).toMatchObject({ code: 'rights.denied', params: { right: 'settings.write' } })
      expect(apply).not.toHaveBeenCalled()
    }
    expect(await ctx.db.audit.count()).toBe(before)
  })

  it('lets the owner change it and logs before and after', async () => {
    const { ctx } = await esSetup()
    const apply = vi.fn(async (keep: number) => ({ keep, dir: '/u/backups' }))
    expect(await changeBackupKeep(ctx, 5, 14, apply)).toEqual({ keep: 5, dir: '/u/backups' })
    expect(apply).toHaveBeenCalledWith(5)
    const last = await ctx.db.audit.orderBy('id').last()
    expect(last).toMatchObject({ entity: 'backup', entityId: 'settings', action: 'update', before: { keep: 14 }, after: { keep: 5 }, user: 'tester' })
  })
})
