import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { LanguageSwitcher } from '../../components/LanguageSwitcher'
import { activeUsers } from '../../db/repos/users/users'
import { ctx } from '../../lib/ctx'
import { useCompany } from '../settings/hooks'
import { PasswordPrompt } from './PasswordPrompt'
import { signInAs } from './session'
import './users.css'

/** Sign-in: pick who you are, type your password. */
export function SignInScreen() {
  const { t } = useTranslation('users')
  const company = useCompany()
  const users = useLiveQuery(() => activeUsers(ctx), [], [])
  const [picked, setPicked] = useState<string | null>(null)
  const chosen = picked ?? (users.length === 1 ? users[0]!.id : null)
  const user = users.find((u) => u.id === chosen)

  return (
    <div className="signin-page">
      <header className="signin-topbar">
        <div className="setup-brand">
          <span className="brand-mark" aria-hidden="true">
            €
          </span>
          <span className="setup-brand-name">{t('common:app.name')}</span>
        </div>
        <LanguageSwitcher />
      </header>
      <main className="signin-card" aria-labelledby="signin-title">
        <h1 id="signin-title">{t('signIn.title')}</h1>
        <p className="muted">{company?.tradeName || company?.legalName}</p>
        <div className="signin-users" role="radiogroup" aria-label={t('signIn.who')}>
          {users.map((u) => (
            <button
              key={u.id}
              type="button"
              role="radio"
              aria-checked={u.id === chosen}
              className={`signin-user ${u.id === chosen ? 'is-chosen' : ''}`}
              onClick={() => setPicked(u.id)}
            >
              <span className="signin-avatar" aria-hidden="true">
                {u.name.slice(0, 1).toLocaleUpperCase()}
              </span>
              <span>
                <strong>{u.name}</strong>
                <span className="muted signin-role">{t(`roles.${u.role}`)}</span>
              </span>
            </button>
          ))}
        </div>
        {user ? (
          <PasswordPrompt key={user.id} label={t('signIn.password', { name: user.name })} submitLabel={t('signIn.submit')} onSubmit={(pw) => signInAs(user.id, pw)} />
        ) : (
          <p className="muted">{t('signIn.pick')}</p>
        )}
      </main>
    </div>
  )
}
