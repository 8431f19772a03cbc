import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { DashboardData } from '../../../db/repos/reports/dashboard'
import { useFormat } from '../../../lib/format'
import { daysFormat, monthFormats, percentOneDecimal } from './chartFormat'

interface KpiProps {
  label: string
  value: ReactNode
  note: ReactNode
  help: string
  tone?: 'bad'
  testId: string
}

/** One figure with its label, a one-line note and the longer explanation on hover (and for screen readers). */
function Kpi({ label, value, note, help, tone, testId }: KpiProps) {
  const { t } = useTranslation('dashboard')
  return (
    <section className={`card dash-kpi ${tone === 'bad' ? 'is-alert' : ''}`} title={help}>
      <span className="dash-kpi-label">
        <span className="stat-label">{label}</span>
        <span className="dash-help" aria-label={t('helpLabel')} role="img">
          ?
        </span>
      </span>
      <span className={`dash-kpi-value ${tone === 'bad' ? 'is-bad' : ''}`} data-testid={testId}>
        {value}
      </span>
      <span className="dash-kpi-note">{note}</span>
      <span className="visually-hidden">{help}</span>
    </section>
  )
}

/** Receivable, overdue, DSO today and the last complete month's CEI. */
export function KpiCards({ data }: { data: DashboardData }) {
  const { t } = useTranslation('dashboard')
  const fmt = useFormat()
  const percent = percentOneDecimal(fmt.locale)
  const days = daysFormat(fmt.locale)
  const months = monthFormats(fmt.locale)
  const dso =
    data.dso === null ? t('kpi.dso.none') : data.dsoLowerBound ? t('kpi.dso.atLeast', { days: days(data.dso) }) : t('kpi.dso.days', { days: days(data.dso) })
  const cei = data.ceiLastMonth?.cei
  const ceiAverage = data.ceiAverage3 === null ? t('kpi.cei.none') : percent(data.ceiAverage3)
  return (
    <div className="dash-kpis">
      <Kpi
        label={t('kpi.receivable.label')}
        value={fmt.money(data.receivable)}
        note={t('kpi.receivable.debtors', { count: data.debtors })}
        help={t('kpi.receivable.help')}
        testId="dashboard-receivable"
      />
      <Kpi
        label={t('kpi.overdue.label')}
        value={fmt.money(data.overdue)}
        note={t('kpi.overdue.share', { percent: percent(data.overdueShare ?? 0) })}
        help={t('kpi.overdue.help')}
        tone={data.overdue > 0 ? 'bad' : undefined}
        testId="dashboard-overdue"
      />
      <Kpi label={t('kpi.dso.label')} value={dso} note={t('kpi.dso.note')} help={t('kpi.dso.help')} testId="dashboard-dso" />
      <Kpi
        label={t('kpi.cei.label')}
        value={cei === undefined || cei === null ? t('kpi.cei.none') : percent(cei)}
        note={
          <>
            {data.ceiLastMonth ? `${t('kpi.cei.lastMonth', { month: months.long(data.ceiLastMonth.month) })} · ` : ''}
            {t('kpi.cei.average', { value: ceiAverage })}
          </>
        }
        help={t('kpi.cei.help')}
        testId="dashboard-cei"
      />
    </div>
  )
}
