import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../electron/contract/backup'
import { EmptyState } from '../../components/Alert'
import { Button } from '../../components/Button'
import { formatBytes } from './messages'

export interface BackupListProps {
  entries: BackupEntry[]
  canRestore: boolean
  /** The id being opened (its button shows busy). */
  opening: string | null
  onRestore: (id: string) => void
}

/** The backups folder, newest first. */
export function BackupList({ entries, canRestore, opening, onRestore }: BackupListProps) {
  const { t, i18n } = useTranslation('backup')
  if (entries.length === 0) return <EmptyState>{t('list.empty')}</EmptyState>
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })
  return (
    <table className="table backup-table" aria-label={t('list.title')} data-testid="backup-list">
      <thead>
        <tr>
          <th>{t('list.col.date')}</th>
          <th>{t('list.col.reason')}</th>
          <th>{t('list.col.company')}</th>
          <th className="num">{t('list.col.size')}</th>
          <th className="backup-actions-col">{t('list.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="backup-row" data-reason={e.reason}>
            <td>{e.header ? dateTime.format(new Date(e.header.createdAt)) : e.id}</td>
            <td>
              <span className={`badge backup-reason-${e.reason}`}>{t(`reason.${e.reason}`)}</span>
            </td>
            <td>{e.header ? (e.header.company?.legalName ?? t('preview.noCompany')) : <span className="backup-damaged">{t('list.damaged')}</span>}</td>
            <td className="num">{formatBytes(e.bytes, i18n.language)}</td>
            <td className="backup-actions-col">
              <Button
                onClick={() => onRestore(e.id)}
                disabled={!canRestore || e.header === null}
                busy={opening === e.id}
                title={canRestore ? undefined : t('preview.ownerOnly')}
                data-testid="backup-restore"
              >
                {t('actions.restore')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
