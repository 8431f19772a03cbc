import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { bucketRanges } from '../../../domain/reports/aging'
import type { DashboardData, DashboardMonth } from '../../../db/repos/reports/dashboard'
import { useFormat } from '../../../lib/format'
import { bucketLabel } from '../buckets'
import { bucketColors, compactMoney, monthFormats } from './chartFormat'
import { ChartTooltipBox, tooltipMonth } from './ChartTooltip'
import { monthTick } from './MonthTick'
import { useMonthTitle } from './useMonthTitle'

/** What was owed at each month-end, one stacked bar per month, split by days past due (green to red). */
export function AgingChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation('dashboard')
  const { t: tr } = useTranslation('reports')
  const fmt = useFormat()
  const months = monthFormats(fmt.locale)
  const compact = compactMoney(fmt.locale, fmt.currency)
  const monthTitle = useMonthTitle()
  const labels = bucketRanges(data.bounds).map((range, i) => bucketLabel(tr, range, i))
  const colors = bucketColors(labels.length)
  return (
    <section className="card dash-chart-card" data-testid="dashboard-aging-chart">
      <header className="dash-card-head">
        <h2>{t('charts.aging.title')}</h2>
        <p className="dash-card-note">{t('charts.aging.note')}</p>
      </header>
      <BarChart responsive data={data.months} className="dash-chart dash-chart-tall" margin={{ top: 8, right: 12, bottom: 4, left: 4 }} barCategoryGap="22%">
        <CartesianGrid vertical={false} stroke="#e6eaee" />
        <XAxis dataKey="month" tick={monthTick(months)} interval={0} height={34} tickLine={false} axisLine={{ stroke: '#c9d1da' }} />
        <YAxis tickFormatter={(v: number) => compact(v)} width={76} tickLine={false} axisLine={false} className="dash-axis" />
        <Tooltip
          content={(props) => {
            const m = tooltipMonth(props)
            if (!m) return null
            const rows = labels.map((label, i) => ({ color: colors[i] ?? '', label, value: fmt.money(m.buckets[i] ?? 0) }))
            return <ChartTooltipBox title={monthTitle(m)} rows={rows} total={{ color: '', label: t('charts.total'), value: fmt.money(m.receivable) }} />
          }}
          cursor={{ fill: 'rgba(31, 111, 92, 0.06)' }}
        />
        <Legend verticalAlign="bottom" iconType="square" itemSorter={null} wrapperStyle={{ paddingTop: 6 }} />
        {labels.map((label, i) => (
          <Bar
            key={i}
            dataKey={(m: DashboardMonth) => m.buckets[i] ?? 0}
            name={label}
            stackId="aging"
            fill={colors[i]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </section>
  )
}
