import { useTranslation } from 'react-i18next'
import type { DashboardMonth } from '../../../db/repos/reports/dashboard'
import { useFormat } from '../../../lib/format'
import { monthFormats } from './chartFormat'

/** "nov 2026", or "nov 2026 (hasta el 23/11/2026)" for the month still running. */
export function useMonthTitle(): (m: Pick<DashboardMonth, 'month' | 'end' | 'complete'>) => string {
  const { t } = useTranslation('dashboard')
  const fmt = useFormat()
  const months = monthFormats(fmt.locale)
  return (m) => (m.complete ? months.long(m.month) : t('charts.toDate', { month: months.long(m.month), date: fmt.date(m.end) }))
}
