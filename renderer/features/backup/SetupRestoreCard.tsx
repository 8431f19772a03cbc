import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { backupErrorMessage } from './messages'
import { RestoreDialog } from './RestoreDialog'
import { openBackupFromFile, type OpenedBackup } from './wiring'
import './backup.css'

/**
 * On the first-run screen: a new PC (the old one died, or a move) starts from the backup on the USB stick instead
 * of a new company. Same preview and confirmation as the backups page; nothing to replace yet but the empty data.
 */
export function SetupRestoreCard() {
  const { t } = useTranslation('backup')
  const [opened, setOpened] = useState<OpenedBackup | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function choose() {
    setBusy(true)
    setError(null)
    try {
      const backup = await openBackupFromFile()
      if (backup) setOpened(backup)
    } catch (e) {
      setError(backupErrorMessage(t, e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card setup-restore-card" aria-labelledby="setup-restore-title">
      <div>
        <h2 id="setup-restore-title">{t('setup.title')}</h2>
        <p className="muted">{t('setup.body')}</p>
      </div>
      <div>
        <Button busy={busy} onClick={() => void choose()} data-testid="setup-restore">
          {t('setup.button')}
        </Button>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {opened ? <RestoreDialog opened={opened} canRestore onClose={() => setOpened(null)} /> : null}
    </section>
  )
}
