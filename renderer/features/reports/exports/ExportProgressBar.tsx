import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import type { ExportRunnerState } from './useExportRunner'

/** "Reading the data…" then "1.200 of 4.000 rows written" with a bar, and a cancel button. */
export function ExportProgressBar({ state, onCancel }: { state: ExportRunnerState; onCancel: () => void }) {
  const { t, i18n } = useTranslation('exports')
  if (state.phase === 'idle') return null
  const p = state.progress
  const share = p && p.total > 0 ? Math.round((p.written / p.total) * 100) : 0
  const nf = new Intl.NumberFormat(i18n.language)
  return (
    <div className="export-progress" data-testid="export-progress" aria-live="polite">
      <div className="export-progress-text">
        {state.phase === 'reading' || !p ? t('progress.reading') : t('progress.writing', { written: nf.format(p.written), count: p.total })}
      </div>
      <div className="export-progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={share}>
        <span style={{ width: `${state.phase === 'reading' ? 4 : share}%` }} />
      </div>
      <Button variant="ghost" onClick={onCancel} data-testid="export-cancel">
        {t('action.cancel')}
      </Button>
    </div>
  )
}
