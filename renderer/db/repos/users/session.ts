/**
 * Signing in and the owner override. Password checks run before any transaction (WebCrypto is async); the audit
 * entry for a sign-in (or a refused password) is written afterwards in its own transaction, as the person who
 * tried, so the trail shows who used the PC and when.
 */
import { DomainError } from '../../../domain/errors'
import { verifyPassword } from '../../../domain/users/password'
import { overridable, type Right } from '../../../domain/users/rights'
import type { User } from '../../../domain/users/types'
import type { Ctx } from '../../context'
import { issueGrant, type OverrideGrant } from '../../rights'
import { writeAudit } from '../audit'
import { nameKey, userView, type UserView } from './users'

/**
 * A session entry in the audit log, written as `actor`; `detail` names whose session (the log shows the name, not an
 * id) and, for a refused owner password, the right that was asked for.
 */
async function logSession(ctx: Ctx, actor: string, userId: string, action: 'login' | 'logout' | 'loginFailed', detail: Record<string, string>): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.audit, () => writeAudit({ ...ctx, user: actor }, 'session', userId, action, null, detail))
}

async function activeUser(ctx: Ctx, id: string): Promise<User> {
  const user = await ctx.db.users.get(id)
  if (!user || !user.active) throw new DomainError('users.notFound')
  return user
}

/** Checks a user's password; resolves to the user, or throws users.wrongPassword (logged either way). */
export async function signIn(ctx: Ctx, userId: string, password: string): Promise<UserView> {
  const user = await activeUser(ctx, userId)
  if (!(await verifyPassword(password, user.password))) {
    await logSession(ctx, user.name, user.id, 'loginFailed', { name: user.name })
    throw new DomainError('users.wrongPassword')
  }
  await logSession(ctx, user.name, user.id, 'login', { name: user.name })
  return userView(user)
}

export async function signOut(ctx: Ctx, userId: string): Promise<void> {
  const user = await ctx.db.users.get(userId)
  await logSession(ctx, ctx.user, userId, 'logout', { name: user?.name ?? ctx.user })
}

/** Unlocking after inactivity: the same check as signing in, without a new session entry. */
export async function checkOwnPassword(ctx: Ctx, userId: string, password: string): Promise<boolean> {
  const user = await activeUser(ctx, userId)
  if (nameKey(user.name) !== nameKey(ctx.user)) return false
  return verifyPassword(password, user.password)
}

export interface OverrideRequest {
  /** The owner who authorises (one of the active owners). */
  ownerId: string
  password: string
  reason: string
  right: Right
}

/**
 * The owner override: the owner's password and a reason unlock one refused right for the acting clerk. Returns a
 * grant to attach to a derived context (`{ ...ctx, override }`); writeAudit logs it with the change it allows.
 */
export async function verifyOwnerOverride(ctx: Ctx, req: OverrideRequest): Promise<OverrideGrant> {
  if (!overridable(ctx.role, req.right)) throw new DomainError('rights.notOverridable', { right: req.right })
  const reason = req.reason.trim()
  if (reason.length < 3) throw new DomainError('users.overrideReasonRequired')
  const owner = await ctx.db.users.get(req.ownerId)
  if (!owner || !owner.active || owner.role !== 'owner') throw new DomainError('users.notFound')
  if (!(await verifyPassword(req.password, owner.password))) {
    await logSession(ctx, ctx.user, owner.id, 'loginFailed', { name: owner.name, override: req.right })
    throw new DomainError('users.wrongPassword')
  }
  return issueGrant({ right: req.right, grantedBy: owner.name, reason: reason.slice(0, 500), at: ctx.now().toISOString() })
}
