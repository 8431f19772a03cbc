import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { PasswordPrompt } from './PasswordPrompt'
import { signOutNow, unlock, useSession } from './session'
import './users.css'

/**
 * Covers the whole window while the session is locked. The screens stay mounted underneath (inert), so whatever
 * was being typed is still there after unlocking.
 */
export function LockScreen() {
  const { t } = useTranslation('users')
  const user = useSession((s) => s.user)
  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <div className="signin-card">
        <h1 id="lock-title">{t('lock.title')}</h1>
        <p className="muted">{t('lock.explain', { name: user?.name ?? '' })}</p>
        <PasswordPrompt label={t('signIn.password', { name: user?.name ?? '' })} submitLabel={t('lock.unlock')} onSubmit={unlock}>
          <Button variant="ghost" onClick={() => void signOutNow()}>
            {t('lock.switchUser')}
          </Button>
        </PasswordPrompt>
      </div>
    </div>
  )
}
