import { HashRouter } from 'react-router'
import { useTranslation } from 'react-i18next'
import { AppShell } from './AppShell'
import { AppRoutes } from './routes'
import { Toasts } from '../components/Toasts'
import { useSetupState } from '../features/settings/hooks'
import { SetupPage } from '../features/setup/SetupPage'
import { useSyncLanguageWithCompany } from './useSyncLanguage'
import { SessionGate } from '../features/users/SessionGate'

export function App() {
  const { t } = useTranslation('common')
  const setup = useSetupState()
  useSyncLanguageWithCompany()
  return (
    <HashRouter>
      {setup === 'loading' ? (
        <div className="splash" role="status">
          {t('app.loading')}
        </div>
      ) : setup === 'needsSetup' ? (
        <SetupPage />
      ) : (
        <SessionGate>
          <AppShell>
            <AppRoutes />
          </AppShell>
        </SessionGate>
      )}
      <Toasts />
    </HashRouter>
  )
}
