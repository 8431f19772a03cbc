import type { ReactNode } from 'react'
import type { TooltipContentProps } from 'recharts'
import type { DashboardMonth } from '../../../db/repos/reports/dashboard'

export interface TooltipRow {
  color: string
  label: ReactNode
  value: ReactNode
}

/** The month a chart's tooltip is about, while it shows. */
export function tooltipMonth(props: TooltipContentProps): DashboardMonth | undefined {
  if (!props.active) return undefined
  return props.payload?.[0]?.payload as DashboardMonth | undefined
}

/** A chart tooltip: the month, one line per series with its colour, an optional total in bold. */
export function ChartTooltipBox({ title, rows, total }: { title: ReactNode; rows: TooltipRow[]; total?: TooltipRow }) {
  return (
    <div className="dash-tooltip" role="status">
      <div className="dash-tooltip-title">{title}</div>
      <table>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>
                <span className="dash-swatch" style={{ background: r.color }} aria-hidden="true" />
                {r.label}
              </td>
              <td className="num">{r.value}</td>
            </tr>
          ))}
          {total ? (
            <tr className="dash-tooltip-total">
              <td>{total.label}</td>
              <td className="num">{total.value}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
