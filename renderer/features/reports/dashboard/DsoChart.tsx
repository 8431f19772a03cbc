import { useTranslation } from 'react-i18next'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { DashboardData } from '../../../db/repos/reports/dashboard'
import { useFormat } from '../../../lib/format'
import { daysFormat, monthFormats } from './chartFormat'
import { ChartTooltipBox, tooltipMonth } from './ChartTooltip'
import { monthTick } from './MonthTick'
import { useMonthTitle } from './useMonthTitle'

const LINE = '#1f5fa8'

/** Countback DSO at each month-end. */
export function DsoChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation('dashboard')
  const fmt = useFormat()
  const months = monthFormats(fmt.locale)
  const days = daysFormat(fmt.locale)
  const monthTitle = useMonthTitle()
  return (
    <section className="card dash-chart-card" data-testid="dashboard-dso-chart">
      <header className="dash-card-head">
        <h2>{t('charts.dso.title')}</h2>
        <p className="dash-card-note">{t('charts.dso.note')}</p>
      </header>
      <LineChart responsive data={data.months} className="dash-chart" margin={{ top: 10, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid vertical={false} stroke="#e6eaee" />
        <XAxis dataKey="month" tick={monthTick(months)} interval={0} height={34} tickLine={false} axisLine={{ stroke: '#c9d1da' }} />
        <YAxis width={40} tickLine={false} axisLine={false} domain={[0, 'auto']} allowDecimals={false} className="dash-axis" />
        <Tooltip
          content={(props) => {
            const m = tooltipMonth(props)
            if (!m || m.dso === null) return null
            const text = days(m.dso)
            const value = m.dsoLowerBound ? t('charts.dso.atLeast', { days: text }) : t('charts.dso.value', { days: text })
            return <ChartTooltipBox title={monthTitle(m)} rows={[{ color: LINE, label: t('charts.dso.series'), value }]} />
          }}
        />
        <Line
          type="monotone"
          dataKey="dso"
          name={t('charts.dso.series')}
          stroke={LINE}
          strokeWidth={2.5}
          dot={{ r: 3, fill: LINE }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
      </LineChart>
    </section>
  )
}
