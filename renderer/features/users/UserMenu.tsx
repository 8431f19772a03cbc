import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { lockNow, signOutNow, useSession } from './session'

/** The sidebar footer: who is signed in, lock and switch user (nothing when protection is off). */
export function UserMenu() {
  const { t } = useTranslation('users')
  const { status, user } = useSession()
  if (status !== 'signedIn' || !user) return null
  return (
    <div className="user-menu" data-testid="user-menu">
      <div className="user-menu-who">
        <strong>{user.name}</strong>
        <span className="muted">{t(`roles.${user.role}`)}</span>
      </div>
      <div className="user-menu-actions">
        <Button variant="ghost" onClick={lockNow}>
          {t('menu.lock')}
        </Button>
        <Button variant="ghost" onClick={() => void signOutNow()}>
          {t('menu.switchUser')}
        </Button>
      </div>
    </div>
  )
}
