import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts'
import type { DashboardData, DashboardMonth } from '../../../db/repos/reports/dashboard'
import { useFormat } from '../../../lib/format'
import { monthFormats, percentOneDecimal } from './chartFormat'
import { ChartTooltipBox, tooltipMonth } from './ChartTooltip'
import { monthTick } from './MonthTick'
import { useMonthTitle } from './useMonthTitle'

const DONE = '#1f6f5c'
const RUNNING = '#9fcbbd'

/** Collection effectiveness per month, in percent; the month still running is drawn lighter. */
export function CeiChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation('dashboard')
  const fmt = useFormat()
  const months = monthFormats(fmt.locale)
  const percent = percentOneDecimal(fmt.locale)
  const monthTitle = useMonthTitle()
  const values = data.months.map((m) => (m.cei === null ? 0 : m.cei / 100))
  const low = Math.min(0, ...values)
  const high = Math.max(100, ...values)
  return (
    <section className="card dash-chart-card" data-testid="dashboard-cei-chart">
      <header className="dash-card-head">
        <h2>{t('charts.cei.title')}</h2>
        <p className="dash-card-note">{t('charts.cei.note')}</p>
      </header>
      <BarChart responsive data={data.months} className="dash-chart" margin={{ top: 10, right: 16, bottom: 4, left: 4 }} barCategoryGap="28%">
        <CartesianGrid vertical={false} stroke="#e6eaee" />
        <XAxis dataKey="month" tick={monthTick(months)} interval={0} height={34} tickLine={false} axisLine={{ stroke: '#c9d1da' }} />
        <YAxis
          width={48}
          domain={[low, high]}
          ticks={low < 0 ? undefined : [0, 25, 50, 75, 100].filter((x) => x <= high)}
          tickFormatter={(v: number) => percent(v * 100)}
          tickLine={false}
          axisLine={false}
          className="dash-axis"
        />
        <ReferenceLine y={100} stroke="#c9d1da" strokeDasharray="4 4" />
        <Tooltip
          content={(props) => {
            const m = tooltipMonth(props)
            if (!m) return null
            const value = m.cei === null ? t('charts.cei.none') : percent(m.cei)
            return <ChartTooltipBox title={monthTitle(m)} rows={[{ color: m.complete ? DONE : RUNNING, label: t('charts.cei.series'), value }]} />
          }}
          cursor={{ fill: 'rgba(31, 111, 92, 0.06)' }}
        />
        <Bar
          dataKey={(m: DashboardMonth) => (m.cei === null ? null : m.cei / 100)}
          name={t('charts.cei.series')}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => {
            const m = props.payload as DashboardMonth | undefined
            return <Rectangle {...props} fill={m && !m.complete ? RUNNING : DONE} radius={[3, 3, 0, 0]} />
          }}
        />
      </BarChart>
      <div className="dash-mini-legend" aria-hidden="true">
        <span>
          <span className="dash-swatch" style={{ background: DONE }} />
          {t('charts.cei.closedMonth')}
        </span>
        <span>
          <span className="dash-swatch" style={{ background: RUNNING }} />
          {t('charts.cei.currentMonth')}
        </span>
      </div>
    </section>
  )
}
