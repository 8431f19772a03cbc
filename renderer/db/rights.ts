/**
 * Rights enforced where data is written: every repository function that changes data calls requireRight first.
 * A refused right throws DomainError('rights.denied', { right }) (translated in dataErrors.json), before anything
 * is written.
 *
 * Owner override: after the owner's password has been checked (repos/users.ts verifyOwnerOverride), a grant for one
 * right is attached to a derived context (`{ ...ctx, override: grant }`) for one action. Grants are issued only
 * here (a module-private registry, so a hand-made object is not a grant) and expire after a few minutes.
 * writeAudit logs the grant (who allowed what and why) in the same transaction as the change it allowed.
 */
import { DomainError } from '../domain/errors'
import { can, type Right } from '../domain/users/rights'
import type { Ctx } from './context'

export interface OverrideGrant {
  readonly id: string
  readonly right: Right
  /** The owner who typed the password. */
  readonly grantedBy: string
  readonly reason: string
  /** ISO timestamp. */
  readonly at: string
}

const GRANT_TTL_MS = 5 * 60 * 1000
const issued = new WeakSet<OverrideGrant>()

/** Issues a grant (call only after the owner's password was verified). */
export function issueGrant(fields: Omit<OverrideGrant, 'id'>): OverrideGrant {
  const grant = Object.freeze({ id: globalThis.crypto.randomUUID(), ...fields })
  issued.add(grant)
  return grant
}

/** The context's override grant when it is genuine, unexpired and covers `right`. */
export function validGrant(ctx: Ctx, right?: Right): OverrideGrant | null {
  const g = ctx.override
  if (!g || !issued.has(g)) return null
  if (right && g.right !== right) return null
  const age = ctx.now().getTime() - Date.parse(g.at)
  return age >= 0 && age <= GRANT_TTL_MS ? g : null
}

/** Whether the context may do `right` (its role, or a genuine owner override for exactly that right). */
export function hasRight(ctx: Ctx, right: Right): boolean {
  return can(ctx.role, right) || validGrant(ctx, right) !== null
}

/** Throws rights.denied unless the acting user holds `right`. */
export function requireRight(ctx: Ctx, right: Right): void {
  if (!hasRight(ctx, right)) throw new DomainError('rights.denied', { right, role: ctx.role })
}
