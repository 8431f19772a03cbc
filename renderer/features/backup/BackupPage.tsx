import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { PageHeader } from '../../components/PageHeader'
import { hasRight } from '../../db/rights'
import { ctx } from '../../lib/ctx'
import { BackupList } from './BackupList'
import { takeRestoreFlash, type RestoreFlash } from './flash'
import { useBackupList } from './hooks'
import { KeepSettingsCard } from './KeepSettingsCard'
import { backupErrorMessage, formatBytes } from './messages'
import { RestoreDialog } from './RestoreDialog'
import { backUpNow, openBackupFromFile, openListedBackup, type OpenedBackup } from './wiring'
import './backup.css'

function RestoredNotice({ flash }: { flash: RestoreFlash }) {
  const { t, i18n } = useTranslation('backup')
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(flash.createdAt))
  return (
    <div data-testid="restore-done" data-chain-ok={flash.chain.ok ? 'true' : 'false'}>
      <Alert tone={flash.chain.ok ? 'success' : 'warn'} title={t('restored.title', { date })}>
        {flash.chain.ok ? t('restored.chainOk', { count: flash.chain.checked }) : t('restored.chainBroken', { id: flash.chain.firstBrokenId })}
      </Alert>
    </div>
  )
}

/** Backups: the automatic ones in main's folder, "back up now" to a USB stick, restore with preview, generations. */
export function BackupPage() {
  const { t, i18n } = useTranslation('backup')
  const { list, error: listError, refresh } = useBackupList()
  const [flash] = useState(takeRestoreFlash)
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [saving, setSaving] = useState(false)
  const [opening, setOpening] = useState<string | null>(null)
  const [opened, setOpened] = useState<OpenedBackup | null>(null)
  const canRestore = hasRight(ctx, 'backup.restore')

  async function saveNow() {
    setSaving(true)
    setNotice(null)
    try {
      const res = await backUpNow()
      if (res.status === 'saved') setNotice({ tone: 'success', text: t('savedTo', { path: res.path, size: formatBytes(res.bytes, i18n.language) }) })
    } catch (e) {
      setNotice({ tone: 'error', text: backupErrorMessage(t, e) })
    } finally {
      setSaving(false)
    }
  }

  async function open(id: string | null) {
    setOpening(id ?? 'file')
    setNotice(null)
    try {
      const backup = id ? await openListedBackup(id) : await openBackupFromFile()
      if (backup) setOpened(backup)
    } catch (e) {
      setNotice({ tone: 'error', text: backupErrorMessage(t, e) })
      if (id) refresh()
    } finally {
      setOpening(null)
    }
  }

  return (
    <div className="backup-page">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <Button onClick={() => void open(null)} busy={opening === 'file'} disabled={!canRestore} data-testid="backup-restore-file">
              {t('actions.restoreFromFile')}
            </Button>
            <Button variant="primary" onClick={() => void saveNow()} busy={saving} data-testid="backup-now">
              {t('actions.backUpNow')}
            </Button>
          </>
        }
      />
      {flash ? <RestoredNotice flash={flash} /> : null}
      {notice ? (
        <div data-testid="backup-notice" data-tone={notice.tone}>
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      ) : null}
      <Card title={t('list.title')} className="backup-list-card">
        {listError ? <Alert tone="error">{backupErrorMessage(t, listError)}</Alert> : null}
        {list ? (
          <>
            <BackupList entries={list.entries} canRestore={canRestore} opening={opening} onRestore={(id) => void open(id)} />
            <p className="muted backup-folder">{t('folder', { dir: list.dir })}</p>
          </>
        ) : !listError ? (
          <p className="muted">{t('common:app.loading')}</p>
        ) : null}
      </Card>
      <KeepSettingsCard canEdit={hasRight(ctx, 'settings.write')} />
      {opened ? (
        <RestoreDialog
          opened={opened}
          canRestore={canRestore}
          onClose={() => {
            setOpened(null)
            refresh() // a failed restore may have left its safety backup in the folder
          }}
        />
      ) : null}
    </div>
  )
}
