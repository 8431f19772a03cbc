/**
 * Users: who may sign in, with which role. Passwords are hashed (PBKDF2, domain/users/password.ts) BEFORE the
 * transaction opens: WebCrypto is async and IndexedDB would commit an idle transaction while it ran.
 * The audit trail records users without their password hash. Users are never deleted (the trail names them):
 * deactivated instead, and the last active owner can neither be deactivated nor demoted.
 */
import { z } from 'zod'
import { DomainError } from '../../../domain/errors'
import { DEFAULT_ITERATIONS, hashPassword, MIN_PASSWORD_LENGTH } from '../../../domain/users/password'
import { ROLES, type Role } from '../../../domain/users/rights'
import type { User } from '../../../domain/users/types'
import { newId, nowIso, type Ctx } from '../../context'
import { requiredText } from '../../inputs'
import { requireRight } from '../../rights'
import { parseInput } from '../../validate'
import { writeAudit } from '../audit'

/** What the trail and the screens see of a user (never the hash). */
export type UserView = Omit<User, 'password'>

export function userView(u: User): UserView {
  const { password: _password, ...view } = u
  return view
}

const newUserSchema = z.object({
  name: requiredText(60),
  role: z.enum(ROLES),
  password: z.string().max(200, 'tooLong'),
})

/** Refuses a password shorter than the minimum (a specific message: the field rule alone would not say how long). */
export function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw new DomainError('users.passwordTooShort', { min: MIN_PASSWORD_LENGTH })
  if (password.length > 200) throw new DomainError('data.field.tooLong', { field: 'password', path: 'password' })
  return password
}
export type NewUserInput = z.input<typeof newUserSchema>

/** Options for tests: a small PBKDF2 iteration count keeps them fast (the app always uses the default). */
export interface HashOptions {
  iterations?: number
}

export const nameKey = (name: string) => name.trim().normalize('NFC').toLocaleLowerCase('und')

/** The active users, by name (the sign-in screen's list). */
export async function activeUsers(ctx: Ctx): Promise<UserView[]> {
  const all = await ctx.db.users.toArray()
  return all.filter((u) => u.active).map(userView).sort((a, b) => a.name.localeCompare(b.name))
}

/** Every user, active or not, by name (the users page). */
export async function listUsers(ctx: Ctx): Promise<UserView[]> {
  const all = await ctx.db.users.toArray()
  return all.map(userView).sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name))
}

/** Whether sign-in is required: as soon as one active user exists (the owner set a password). */
export async function signInRequired(ctx: Ctx): Promise<boolean> {
  return (await ctx.db.users.filter((u) => u.active).count()) > 0
}

/**
 * Adds a user. The very first user must be an owner and can be created by whoever runs the unprotected app (that
 * is how the owner turns protection on); after that only an owner adds users.
 */
export async function createUser(ctx: Ctx, input: NewUserInput, opts: HashOptions = {}): Promise<UserView> {
  const v = parseInput(newUserSchema, input)
  checkPassword(v.password)
  const first = (await ctx.db.users.count()) === 0
  if (first && v.role !== 'owner') throw new DomainError('users.firstMustBeOwner')
  if (!first) requireRight(ctx, 'users.manage')
  const password = await hashPassword(v.password, opts.iterations ?? DEFAULT_ITERATIONS)
  return ctx.db.transaction('rw', ctx.db.users, ctx.db.audit, async () => {
    if ((await ctx.db.users.count()) === 0 && v.role !== 'owner') throw new DomainError('users.firstMustBeOwner')
    const key = nameKey(v.name)
    if (await ctx.db.users.where('nameKey').equals(key).first()) throw new DomainError('users.nameTaken', { name: v.name })
    const at = nowIso(ctx)
    const user: User = { id: newId(), name: v.name, nameKey: key, role: v.role, password, active: true, createdAt: at, updatedAt: at }
    await ctx.db.users.add(user)
    await writeAudit(ctx, 'user', user.id, 'create', null, userView(user))
    return userView(user)
  })
}

async function activeOwners(ctx: Ctx): Promise<User[]> {
  return ctx.db.users.where('role').equals('owner').filter((u) => u.active).toArray()
}

/** Changes a user's role and/or active flag (owner only); the last active owner stays an active owner. */
export async function updateUser(ctx: Ctx, id: string, change: { role?: Role; active?: boolean }): Promise<UserView> {
  requireRight(ctx, 'users.manage')
  return ctx.db.transaction('rw', ctx.db.users, ctx.db.audit, async () => {
    const before = await ctx.db.users.get(id)
    if (!before) throw new DomainError('users.notFound')
    const after: User = { ...before, ...change, updatedAt: nowIso(ctx) }
    const stopsBeingOwner = before.role === 'owner' && before.active && (after.role !== 'owner' || !after.active)
    if (stopsBeingOwner && (await activeOwners(ctx)).length <= 1) throw new DomainError('users.lastOwner')
    await ctx.db.users.put(after)
    await writeAudit(ctx, 'user', id, 'update', userView(before), userView(after))
    return userView(after)
  })
}

/**
 * Sets a new password: one's own (any signed-in user, for themselves) or anyone's (owner, e.g. a forgotten one).
 * The audit entry says that the password changed, never what it is.
 */
export async function setPassword(ctx: Ctx, id: string, newPassword: string, opts: HashOptions = {}): Promise<void> {
  const target = await ctx.db.users.get(id)
  if (!target) throw new DomainError('users.notFound')
  if (nameKey(target.name) !== nameKey(ctx.user)) requireRight(ctx, 'users.manage')
  const password = await hashPassword(checkPassword(newPassword), opts.iterations ?? DEFAULT_ITERATIONS)
  await ctx.db.transaction('rw', ctx.db.users, ctx.db.audit, async () => {
    const before = await ctx.db.users.get(id)
    if (!before) throw new DomainError('users.notFound')
    const at = nowIso(ctx)
    await ctx.db.users.put({ ...before, password, updatedAt: at })
    await writeAudit(ctx, 'user', id, 'update', { passwordChangedAt: before.updatedAt }, { passwordChangedAt: at })
  })
}
