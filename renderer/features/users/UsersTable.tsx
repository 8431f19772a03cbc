import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Alert } from '../../components/Alert'
import { ROLES, type Role } from '../../domain/users/rights'
import { listUsers, setPassword, updateUser, type UserView } from '../../db/repos/users/users'
import { ctx } from '../../lib/ctx'
import { errorMessage } from '../../lib/errors'
import { useFormat } from '../../lib/format'
import { useAction } from '../../lib/useAction'
import { useToasts } from '../../stores/toasts'

/** Every user with role and status; the owner changes roles, (de)activates and sets a new password. */
export function UsersTable({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation('users')
  const fmt = useFormat()
  const users = useLiveQuery(() => listUsers(ctx), [], [])
  const [resetFor, setResetFor] = useState<UserView | null>(null)

  async function change(u: UserView, change: { role?: Role; active?: boolean }) {
    try {
      await updateUser(ctx, u.id, change)
    } catch (err) {
      useToasts.getState().push('error', errorMessage(t, err))
    }
  }

  return (
    <>
      <table className="table users-table" data-testid="users-table">
        <thead>
          <tr>
            <th>{t('form.name')}</th>
            <th>{t('form.role')}</th>
            <th>{t('table.status')}</th>
            <th>{t('table.since')}</th>
            {canManage ? <th aria-label={t('table.actions')} /> : null}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.active ? undefined : 'muted'}>
              <td>{u.name}</td>
              <td>
                {canManage ? (
                  <select aria-label={t('table.roleOf', { name: u.name })} value={u.role} onChange={(e) => void change(u, { role: e.target.value as Role })}>
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`roles.${r}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`roles.${u.role}`)
                )}
              </td>
              <td>{u.active ? t('table.active') : t('table.inactive')}</td>
              <td>{fmt.date(u.createdAt.slice(0, 10))}</td>
              {canManage ? (
                <td className="row">
                  <Button variant="ghost" onClick={() => void change(u, { active: !u.active })}>
                    {u.active ? t('table.deactivate') : t('table.activate')}
                  </Button>
                  <Button variant="ghost" onClick={() => setResetFor(u)}>
                    {t('table.resetPassword')}
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <ResetPasswordDialog user={resetFor} onClose={() => setResetFor(null)} />
    </>
  )
}

function ResetPasswordDialog({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const { t } = useTranslation('users')
  const [password, setPw] = useState('')
  const { busy, error, run } = useAction('users')

  const save = () =>
    run(async () => {
      if (!user) return
      await setPassword(ctx, user.id, password)
      useToasts.getState().push('success', t('table.passwordSet', { name: user.name }))
      setPw('')
      onClose()
    })

  return (
    <Dialog
      open={user !== null}
      title={t('table.resetTitle', { name: user?.name ?? '' })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" busy={busy} onClick={() => void save()}>
            {t('common:actions.save')}
          </Button>
        </>
      }
    >
      <Field label={t('form.password')} hint={t('form.passwordHint')}>
        <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPw(e.target.value)} />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Dialog>
  )
}
