import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { ctx } from '../../lib/ctx'
import { LockScreen } from './LockScreen'
import { refreshSession, useSession } from './session'
import { SignInScreen } from './SignInScreen'
import { useInactivityLock } from './useInactivityLock'

/**
 * Between setup and the shell: nothing is shown until the session is known; the sign-in screen when a password is
 * required; the lock screen over the (inert) shell when locked. Users changing (the owner turning protection on,
 * deactivating someone) re-checks the session.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common')
  const status = useSession((s) => s.status)
  const usersVersion = useLiveQuery(async () => (await ctx.db.users.toArray()).map((u) => `${u.id}:${u.role}:${u.active}`).join(','), [])
  useEffect(() => {
    if (usersVersion !== undefined) void refreshSession()
  }, [usersVersion])
  useInactivityLock()

  if (status === 'checking') {
    return (
      <div className="splash" role="status">
        {t('app.loading')}
      </div>
    )
  }
  if (status === 'signedOut') return <SignInScreen />
  const locked = status === 'locked'
  return (
    <>
      <div inert={locked} aria-hidden={locked || undefined} className={locked ? 'is-locked' : undefined}>
        {children}
      </div>
      {locked ? <LockScreen /> : null}
    </>
  )
}
