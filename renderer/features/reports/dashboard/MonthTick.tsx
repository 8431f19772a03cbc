import type { XAxisTickContentProps } from 'recharts'
import type { MonthFormats } from './chartFormat'

/** An x-axis tick: the month's short name, with the year under it on the first month and on each January. */
export function monthTick(formats: MonthFormats) {
  return function MonthTick(props: XAxisTickContentProps) {
    const month = String(props.payload.value)
    const showYear = props.index === 0 || month.endsWith('-01')
    return (
      <g transform={`translate(${props.x},${props.y})`}>
        <text dy={12} textAnchor="middle" className="dash-tick">
          {formats.short(month)}
        </text>
        {showYear ? (
          <text dy={26} textAnchor="middle" className="dash-tick dash-tick-year">
            {formats.year(month)}
          </text>
        ) : null}
      </g>
    )
  }
}
