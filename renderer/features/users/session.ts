/**
 * The session: who is using Cobro right now. Kept in zustand (UI state) and mirrored into the app's `ctx`, which
 * the repositories read for the audit trail and the rights check.
 *  - 'open': no user has a password yet: the owner works without signing in (protection is off);
 *  - 'signedOut': sign-in required; nobody may write (ctx runs with no rights);
 *  - 'signedIn' / 'locked': a person is signed in; locked hides everything until their password is typed again
 *    (the screens stay mounted underneath, so nothing being typed is lost).
 */
import { create } from 'zustand'
import type { Role } from '../../domain/users/rights'
import { ctx } from '../../lib/ctx'
import { checkOwnPassword, signIn, signOut } from '../../db/repos/users/session'
import { signInRequired, type UserView } from '../../db/repos/users/users'
import { DomainError } from '../../domain/errors'

export type SessionStatus = 'checking' | 'open' | 'signedOut' | 'signedIn' | 'locked'

interface SessionState {
  status: SessionStatus
  user: UserView | null
}

export const useSession = create<SessionState>(() => ({ status: 'checking', user: null }))

function actAs(name: string, role: Role): void {
  ctx.user = name
  ctx.role = role
}

/** No one signed in: the context keeps no rights (the accountant's: read only) and no name. */
function actAsNobody(): void {
  actAs('', 'accountant')
}

/** Set while the owner turns protection on, so the re-check that follows does not sign them out. */
let turningOn = false

/** Decides, from the database, whether a sign-in is needed (at start and after users change). */
export async function refreshSession(): Promise<void> {
  if (turningOn) return
  const { status, user } = useSession.getState()
  const required = await signInRequired(ctx)
  if (!required) {
    actAs('owner', 'owner')
    useSession.setState({ status: 'open', user: null })
    return
  }
  if (status === 'signedIn' || status === 'locked') {
    // The signed-in user may have been changed (role) or deactivated by the owner.
    const fresh = user ? await ctx.db.users.get(user.id) : undefined
    if (fresh && fresh.active) {
      actAs(fresh.name, fresh.role)
      useSession.setState({ user: { ...user!, role: fresh.role, name: fresh.name } })
      return
    }
  }
  actAsNobody()
  useSession.setState({ status: 'signedOut', user: null })
}

/** The owner just turned protection on by creating the first user: they stay signed in as that user. */
export function startSessionAs(user: UserView): void {
  actAs(user.name, user.role)
  useSession.setState({ status: 'signedIn', user })
}

/** Protection on: the first user (an owner) is created and stays signed in. */
export async function turnOnProtection(create: () => Promise<UserView>): Promise<void> {
  turningOn = true
  try {
    startSessionAs(await create())
  } finally {
    turningOn = false
  }
}

export async function signInAs(userId: string, password: string): Promise<void> {
  const user = await signIn(ctx, userId, password)
  startSessionAs(user)
}

export async function signOutNow(): Promise<void> {
  const { user } = useSession.getState()
  if (user) await signOut(ctx, user.id)
  actAsNobody()
  useSession.setState({ status: 'signedOut', user: null })
}

export function lockNow(): void {
  if (useSession.getState().status === 'signedIn') useSession.setState({ status: 'locked' })
}

export async function unlock(password: string): Promise<void> {
  const { user } = useSession.getState()
  if (!user) return
  if (!(await checkOwnPassword(ctx, user.id, password))) throw new DomainError('users.wrongPassword')
  useSession.setState({ status: 'signedIn' })
}

/** The acting role for showing or hiding actions (the repositories check again when writing). */
export function useRole(): Role {
  return useSession((s) => (s.status === 'open' ? 'owner' : s.status === 'signedOut' ? 'accountant' : (s.user?.role ?? 'accountant')))
}
