import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '../../components/Card'
import { PageHeader } from '../../components/PageHeader'
import { Field } from '../../components/Field'
import { Button } from '../../components/Button'
import { hasRight } from '../../db/rights'
import { createUser } from '../../db/repos/users/users'
import { ctx } from '../../lib/ctx'
import { useToasts } from '../../stores/toasts'
import { NewUserForm } from './NewUserForm'
import { PasswordChangeForm } from './PasswordChangeForm'
import { turnOnProtection, useRole, useSession } from './session'
import { lockMinutes, setLockMinutes } from './useInactivityLock'
import { UsersTable } from './UsersTable'
import './users.css'

/** Users and passwords: turning protection on, adding people with a role, one's own password, the screen lock. */
export function UsersPage() {
  const { t } = useTranslation('users')
  const { status, user } = useSession()
  useRole() // re-render when the role changes
  const canManage = status === 'open' || hasRight(ctx, 'users.manage')

  if (status === 'open') {
    return (
      <>
        <PageHeader title={t('title')} subtitle={t('subtitle')} />
        <Card title={t('protect.title')}>
          <p>{t('protect.explain')}</p>
          <NewUserForm
            fixedRole="owner"
            testId="protect-form"
            submitLabel={t('protect.submit')}
            onCreate={(v) => turnOnProtection(() => createUser(ctx, v))}
          />
        </Card>
      </>
    )
  }

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="users-grid">
        <Card title={t('table.title')} className="users-table-card">
          <UsersTable canManage={canManage} />
          <p className="muted">{t('rolesExplain')}</p>
        </Card>
        {canManage ? (
          <Card title={t('add.title')}>
            <NewUserForm
              testId="add-user-form"
              submitLabel={t('add.submit')}
              onCreate={async (v) => {
                const u = await createUser(ctx, v)
                useToasts.getState().push('success', t('add.done', { name: u.name }))
              }}
            />
          </Card>
        ) : null}
        {user ? (
          <Card title={t('me.title', { name: user.name })}>
            <PasswordChangeForm userId={user.id} />
          </Card>
        ) : null}
        {canManage ? <LockCard /> : null}
      </div>
    </>
  )
}

function LockCard() {
  const { t } = useTranslation('users')
  const [minutes, setMinutes] = useState(String(lockMinutes()))
  const valid = /^\d{1,3}$/.test(minutes) && Number(minutes) <= 240
  return (
    <Card title={t('lockSetting.title')}>
      <Field label={t('lockSetting.minutes')} hint={t('lockSetting.hint')} error={valid ? undefined : t('lockSetting.invalid')}>
        <input inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} data-testid="lock-minutes" />
      </Field>
      <Button
        variant="primary"
        disabled={!valid}
        onClick={() => {
          setLockMinutes(Number(minutes))
          useToasts.getState().push('success', t('lockSetting.saved'))
        }}
      >
        {t('common:actions.save')}
      </Button>
    </Card>
  )
}
