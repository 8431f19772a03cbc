import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../../renderer/db/context'
import { listAudit, verifyAudit } from '../../../../renderer/db/repos/auditLog'
import { checkOwnPassword, signIn } from '../../../../renderer/db/repos/users/session'
import { activeUsers, createUser, listUsers, setPassword, signInRequired, updateUser } from '../../../../renderer/db/repos/users/users'
import { hashPassword, verifyPassword } from '../../../../renderer/domain/users/password'
import { expectRefused, freshCtx } from '../helpers'

const FAST = { iterations: 1000 }
const as = (ctx: Ctx, role: Ctx['role'], user: string): Ctx => ({ ...ctx, role, user })

describe('password hashing (PBKDF2-SHA-256)', () => {
  it('verifies the right password only, with a random salt each time', async () => {
    const a = await hashPassword('contraseña-ñ', 1000)
    const b = await hashPassword('contraseña-ñ', 1000)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
    expect(await verifyPassword('contraseña-ñ', a)).toBe(true)
    expect(await verifyPassword('contraseña-n', a)).toBe(false)
    // "ñ" typed as n + combining tilde is the same password.
    expect(await verifyPassword('contrasen\u0303a-ñ', a)).toBe(true)
  })

  it('uses 600,000 iterations by default and keeps the count with the hash', async () => {
    const h = await hashPassword('parolă-sigură')
    expect(h.iterations).toBe(600_000)
    expect(await verifyPassword('parolă-sigură', h)).toBe(true)
  })
})

describe('users', () => {
  it('no user: no sign-in; the first user must be an owner; then sign-in is required', async () => {
    const ctx = freshCtx()
    expect(await signInRequired(ctx)).toBe(false)
    await expectRefused(ctx, () => createUser(ctx, { name: 'Lucía', role: 'clerk', password: 'abcdefgh' }, FAST), 'users.firstMustBeOwner')
    const owner = await createUser(ctx, { name: 'Carmen', role: 'owner', password: 'sierra-norte-1' }, FAST)
    expect(await signInRequired(ctx)).toBe(true)
    expect(owner).not.toHaveProperty('password')
  })

  it('only an owner adds users; names are unique ignoring case; short passwords are refused', async () => {
    const ctx = freshCtx()
    const owner = await createUser(ctx, { name: 'Carmen', role: 'owner', password: 'sierra-norte-1' }, FAST)
    const asOwner = as(ctx, 'owner', owner.name)
    await createUser(asOwner, { name: 'Lucía', role: 'clerk', password: 'almacen-2026' }, FAST)
    await expectRefused(ctx, () => createUser(asOwner, { name: 'LUCÍA', role: 'clerk', password: 'almacen-2026' }, FAST), 'users.nameTaken')
    await expectRefused(ctx, () => createUser(asOwner, { name: 'Ana', role: 'accountant', password: 'corta' }, FAST), 'users.passwordTooShort')
    await expectRefused(ctx, () => createUser(as(ctx, 'clerk', 'Lucía'), { name: 'Ana', role: 'accountant', password: 'gestoria-2026' }, FAST), 'rights.denied')
    expect((await activeUsers(ctx)).map((u) => u.name)).toEqual(['Carmen', 'Lucía'])
  })

  it('signs in with the right password and logs both attempts; the hash never reaches the trail', async () => {
    const ctx = freshCtx()
    const owner = await createUser(ctx, { name: 'Carmen', role: 'owner', password: 'sierra-norte-1' }, FAST)
    await expect(signIn(ctx, owner.id, 'wrong')).rejects.toMatchObject({ code: 'users.wrongPassword' })
    const u = await signIn(ctx, owner.id, 'sierra-norte-1')
    expect(u.role).toBe('owner')
    const rows = (await listAudit(ctx, {}, null, 10)).rows
    expect(rows.filter((r) => r.entity === 'session').map((r) => [r.user, r.action])).toEqual([
      ['Carmen', 'login'],
      ['Carmen', 'loginFailed'],
    ])
    const stored = await ctx.db.users.get(owner.id)
    const trail = JSON.stringify((await listAudit(ctx, {}, null, 50)).rows)
    expect(trail).not.toContain(stored!.password.hash)
    expect(trail).not.toContain(stored!.password.salt)
    expect((await verifyAudit(ctx)).ok).toBe(true)
  })

  it('keeps one active owner; deactivated users cannot sign in', async () => {
    const ctx = freshCtx()
    const owner = await createUser(ctx, { name: 'Carmen', role: 'owner', password: 'sierra-norte-1' }, FAST)
    const asOwner = as(ctx, 'owner', 'Carmen')
    const clerk = await createUser(asOwner, { name: 'Lucía', role: 'clerk', password: 'almacen-2026' }, FAST)
    await expectRefused(ctx, () => updateUser(asOwner, owner.id, { role: 'clerk' }), 'users.lastOwner')
    await expectRefused(ctx, () => updateUser(asOwner, owner.id, { active: false }), 'users.lastOwner')
    await updateUser(asOwner, clerk.id, { active: false })
    await expect(signIn(ctx, clerk.id, 'almacen-2026')).rejects.toMatchObject({ code: 'users.notFound' })
    expect((await listUsers(ctx)).map((u) => [u.name, u.active])).toEqual([
      ['Carmen', true],
      ['Lucía', false],
    ])
  })

  it('a user changes their own password; only an owner changes someone else’s', async () => {
    const ctx = freshCtx()
    await createUser(ctx, { name: 'Carmen', role: 'owner', password: 'sierra-norte-1' }, FAST)
    const clerk = await createUser(as(ctx, 'owner', 'Carmen'), { name: 'Lucía', role: 'clerk', password: 'almacen-2026' }, FAST)
    const ana = await createUser(as(ctx, 'owner', 'Carmen'), { name: 'Ana', role: 'accountant', password: 'gestoria-2026' }, FAST)
    const asLucia = as(ctx, 'clerk', 'Lucía')
    await setPassword(asLucia, clerk.id, 'nueva-clave-2026', FAST)
    expect(await checkOwnPassword(asLucia, clerk.id, 'nueva-clave-2026')).toBe(true)
    expect(await checkOwnPassword(asLucia, clerk.id, 'almacen-2026')).toBe(false)
    await expectRefused(ctx, () => setPassword(asLucia, ana.id, 'hackeada-2026', FAST), 'rights.denied')
  })
})
