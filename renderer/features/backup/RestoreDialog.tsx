import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { DetailList } from '../../components/Card'
import { Dialog } from '../../components/Dialog'
import { previewOf } from '../../db/backup/parse'
import type { RestoreOptions } from '../../db/backup/restore'
import { LATEST_VERSION } from '../../db/backup/versions'
import { saveRestoreFlash } from './flash'
import { backupErrorMessage } from './messages'
import { restoreOpened, type OpenedBackup } from './wiring'

type Step = Parameters<NonNullable<RestoreOptions['onStep']>>[0] | 'reloading'

/** The tables the preview counts, in the order a wholesaler thinks of them. */
const SHOWN_TABLES = ['customers', 'invoices', 'payments', 'creditNotes', 'interactions', 'products', 'bankLines', 'users', 'audit'] as const

export interface RestoreDialogProps {
  opened: OpenedBackup
  canRestore: boolean
  onClose: () => void
}

/** What the backup holds, a clear warning, and the restore itself once confirmed (then the app restarts). */
export function RestoreDialog({ opened, canRestore, onClose }: RestoreDialogProps) {
  const { t, i18n } = useTranslation('backup')
  const [step, setStep] = useState<Step | null>(null)
  const [error, setError] = useState<unknown>(null)
  const preview = previewOf(opened.header)
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(preview.createdAt))
  const nf = new Intl.NumberFormat(i18n.language)
  const busy = step !== null

  async function confirm() {
    setError(null)
    try {
      const result = await restoreOpened(opened, setStep)
      saveRestoreFlash({ createdAt: preview.createdAt, reason: preview.reason, chain: result.chain })
      setStep('reloading')
      // A clean start on the restored data: every screen, cache and session begins again.
      globalThis.location.reload()
    } catch (e) {
      setStep(null)
      setError(e)
    }
  }

  const company = preview.company ? `${preview.company.legalName} · ${preview.company.taxId}` : t('preview.noCompany')
  return (
    <Dialog
      open
      wide
      title={t('preview.title')}
      onClose={() => (busy ? undefined : onClose())}
      footer={
        <>
          <Button onClick={onClose} disabled={busy} data-testid="restore-cancel">
            {t('common:actions.cancel')}
          </Button>
          <Button variant="danger" busy={busy} disabled={!canRestore} onClick={() => void confirm()} data-testid="restore-confirm">
            {t('preview.confirm')}
          </Button>
        </>
      }
    >
      <div className="backup-preview" data-testid="restore-preview">
        <DetailList
          items={[
            [t('preview.source'), opened.label],
            [t('preview.createdAt'), when],
            [t('preview.reason'), t(`reason.${preview.reason}`)],
            [t('preview.company'), company],
          ]}
        />
        {preview.schemaVersion < LATEST_VERSION ? <p className="muted">{t('preview.olderVersion')}</p> : null}
        <h3 className="backup-preview-heading">{t('preview.contents')}</h3>
        <table className="table backup-counts">
          <tbody>
            {SHOWN_TABLES.filter((name) => preview.counts[name] !== undefined).map((name) => (
              <tr key={name} data-testid={`restore-count-${name}`}>
                <td>{t(`tables.${name}`)}</td>
                <td className="num">{nf.format(preview.counts[name] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Alert tone="warn" title={t('preview.warningTitle')}>
          {t('preview.warning')}
        </Alert>
        {!canRestore ? <Alert tone="info">{t('preview.ownerOnly')}</Alert> : null}
        {step ? (
          <p className="backup-step" role="status" data-testid="restore-step">
            {t(`step.${step}`)}
          </p>
        ) : null}
        {error ? (
          <div data-testid="restore-error">
            <Alert tone="error">{backupErrorMessage(t, error)}</Alert>
          </div>
        ) : null}
      </div>
    </Dialog>
  )
}
