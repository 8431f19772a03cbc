import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { agingSourceOf } from '../../../db/repos/reports/exports'
import type { AgingCustomerRow, AgingReport } from '../../../domain/reports/aging'
import type { Language } from '../../../domain/types'
import { ctx } from '../../../lib/ctx'
import { useCompany } from '../../settings/hooks'
import { exportRequest } from './exportTexts'
import { useExportRunner } from './useExportRunner'

/** "Export to Excel" on the aging page: exactly the report on screen (same date, buckets and row order). */
export function AgingExportButton({ report, rows }: { report: AgingReport | undefined; rows: readonly AgingCustomerRow[] }) {
  const { t, i18n } = useTranslation('exports')
  const company = useCompany()
  const { state, run } = useExportRunner()
  const language = (['es', 'ro', 'en'].includes(i18n.language) ? i18n.language : 'en') as Language
  const onClick = () => {
    if (!company || !report) return
    void run(async () => ({
      source: await agingSourceOf(ctx, rows, report.bounds),
      request: exportRequest({ kind: 'aging', language, format: 'xlsx', company, asOf: report.asOf }),
    }))
  }
  return (
    <Button busy={state.phase !== 'idle'} disabled={!company || !report} onClick={onClick} data-testid="aging-export-xlsx">
      {t('aging.exportXlsx')}
    </Button>
  )
}
