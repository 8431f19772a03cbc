import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/format'
import type { CreditNoteMonth } from '../../../domain/reports/health'

/** "nov 25": the month's short name and year in the UI locale. */
function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15, 12)))
}

/** One bar per month: the share of the month's invoicing that was credited (height), with the amounts as a tooltip. */
export function MonthBars({ months }: { months: readonly CreditNoteMonth[] }) {
  const { t } = useTranslation('health')
  const fmt = useFormat()
  const max = Math.max(1, ...months.map((m) => m.shareBp ?? 0))
  return (
    <div className="health-months" role="list">
      {months.map((m) => {
        const share = m.shareBp ?? 0
        const title = t('creditNotes.monthTitle', {
          month: monthLabel(m.month, fmt.locale),
          share: m.shareBp === null ? '–' : fmt.percent(share),
          amount: fmt.money(m.noteAmount),
          invoiced: fmt.money(m.invoiceAmount),
        })
        return (
          <div key={m.month} className="health-month" role="listitem" title={title} aria-label={title}>
            <span className="health-month-value">{m.noteCount > 0 ? fmt.percent(share) : ''}</span>
            <span className="health-month-bar">
              <span style={{ height: `${Math.round((share / max) * 100)}%` }} />
            </span>
            <span className="health-month-label">{monthLabel(m.month, fmt.locale)}</span>
          </div>
        )
      })}
    </div>
  )
}
