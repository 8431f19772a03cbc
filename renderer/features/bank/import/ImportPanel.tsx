import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import type { CurrencyCode } from '../../../domain/types'
import { useMappings } from '../hooks'
import { MappingEditor } from './MappingEditor'
import { PreviewSummary } from './PreviewSummary'
import { ProblemsAlert } from './ProblemsAlert'
import type { StatementImport } from './useStatementImport'

const FORMAT_KEYS = ['norma43', 'mt940', 'camt053', 'csv', 'xlsx'] as const

/** The file being imported: its problems, its column mapping (CSV/XLSX) or what it holds, and the import button. */
export function ImportPanel({ flow, defaults }: { flow: StatementImport; defaults: { accountIban: string; currency: CurrencyCode } }) {
  const { t } = useTranslation('bankUi')
  const saved = useMappings() ?? []
  const [editing, setEditing] = useState(false)
  const { state } = flow
  if (state.step !== 'preview') return flow.error ? <Alert tone="error">{flow.error}</Alert> : null
  const { preview, table, mapping } = state
  const format = preview.format && FORMAT_KEYS.includes(preview.format) ? t(`formats.${preview.format}`) : ''
  const showEditor = table !== null && (preview.kind === 'needsMapping' || editing || (preview.kind === 'refused' && mapping !== null))
  const close = () => {
    setEditing(false)
    flow.close()
  }
  const submitMapping: typeof flow.previewWith = async (m) => {
    await flow.previewWith(m)
    setEditing(false)
  }

  return (
    <Card
      className="bank-import-panel"
      title={
        <span>
          {t('import.fileTitle', { file: state.file.fileName })} {format ? <span className="muted bank-format">{format}</span> : null}
        </span>
      }
      actions={
        table !== null && !showEditor ? (
          <Button variant="ghost" onClick={() => setEditing(true)} data-testid="bank-mapping-edit">
            {t('mapping.edit')}
          </Button>
        ) : null
      }
    >
      <div className="bank-import-body">
        {flow.error ? <Alert tone="error">{flow.error}</Alert> : null}
        {preview.kind === 'refused' ? <ProblemsAlert fileName={preview.fileName} problems={preview.problems} /> : null}
        {showEditor && table ? (
          <MappingEditor
            key={mapping?.id ?? 'new'}
            format={table.format}
            sample={table.sample}
            initial={mapping ?? table.suggested}
            saved={saved}
            defaults={defaults}
            busy={flow.busy === 'mapping'}
            onSubmit={(m) => void submitMapping(m)}
            onCancel={editing && preview.kind === 'ready' ? () => setEditing(false) : close}
          />
        ) : null}
        {preview.kind === 'ready' && !showEditor ? <PreviewSummary preview={preview} /> : null}
        {!showEditor ? (
          <div className="form-footer">
            <Button variant="ghost" onClick={close} data-testid="bank-import-cancel">
              {preview.kind === 'refused' ? t('common:actions.close') : t('common:actions.cancel')}
            </Button>
            {preview.kind === 'ready' ? (
              <Button variant="primary" busy={flow.busy === 'import'} onClick={() => void flow.confirm()} data-testid="bank-confirm-import">
                {preview.newLines > 0 ? t('import.confirm', { count: preview.newLines }) : t('import.confirmNone')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  )
}
