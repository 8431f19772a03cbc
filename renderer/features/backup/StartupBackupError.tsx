import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { backupErrorMessage } from './messages'
import { releaseQuitWithoutBackup } from './wiring'
import './backup.css'

/**
 * Shown instead of the app when the backup before a schema upgrade failed: the database was not opened, so it was
 * not upgraded and nothing changed. "Try again" restarts the page (and the backup attempt).
 */
export function StartupBackupError({ error }: { error: unknown }) {
  const { t } = useTranslation('backup')
  useEffect(() => releaseQuitWithoutBackup(), [])
  return (
    <div className="card startup-error" data-testid="startup-backup-error">
      <Alert tone="error" title={t('startup.title')}>
        <p>{t('startup.body')}</p>
        <p>{t('startup.reason', { reason: backupErrorMessage(t, error) })}</p>
        <p>{t('startup.help')}</p>
      </Alert>
      <div>
        <Button variant="primary" onClick={() => globalThis.location.reload()}>
          {t('startup.retry')}
        </Button>
      </div>
    </div>
  )
}
