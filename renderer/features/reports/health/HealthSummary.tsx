import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/format'
import type { HealthLevel, HealthReport } from '../../../domain/reports/health'
import { LevelBadge } from './SignalCard'

interface Tile {
  id: string
  label: string
  level: HealthLevel
  value: string
  note: string
}

/** The five traffic lights at a glance; each tile scrolls to its signal's card. */
export function HealthSummary({ report }: { report: HealthReport }) {
  const { t } = useTranslation('health')
  const fmt = useFormat()
  const pct = (bp: number | null) => (bp === null ? '–' : fmt.percent(bp))
  const { creditNotes: cn, delivery: d, terms, po, disputes } = report
  const tiles: Tile[] = [
    { id: 'health-credit-notes', label: t('summary.creditNotes'), level: cn.level, value: pct(cn.shareBp), note: t('summary.ofInvoiced') },
    {
      id: 'health-delivery',
      label: t('summary.delivery'),
      level: d.level,
      value: d.averageDays === null ? '–' : t('summary.days', { count: d.averageDays, days: fmt.number(d.averageDays) }),
      note: t('summary.late', { count: d.lateCount }),
    },
    { id: 'health-terms', label: t('summary.terms'), level: terms.level, value: fmt.number(terms.count), note: t('summary.ofInvoices', { share: pct(terms.shareBp) }) },
    { id: 'health-po', label: t('summary.po'), level: po.level, value: fmt.number(po.count), note: t('summary.ofPoInvoices', { share: pct(po.shareBp) }) },
    { id: 'health-disputes', label: t('summary.disputes'), level: disputes.level, value: fmt.number(disputes.count), note: t('summary.open', { count: disputes.open }) },
  ]
  const go = (id: string) => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  return (
    <div className="health-summary" data-testid="health-summary">
      {tiles.map((tile) => (
        <button key={tile.id} type="button" className={`card health-tile is-${tile.level}`} onClick={() => go(tile.id)} data-testid={`health-summary-${tile.id.slice(7)}`}>
          <span className="health-tile-head">
            <span className="stat-label">{tile.label}</span>
            <LevelBadge level={tile.level} testId={`health-summary-${tile.id.slice(7)}-level`} />
          </span>
          <span className="health-tile-value">{tile.value}</span>
          <span className="health-tile-note">{tile.note}</span>
        </button>
      ))}
    </div>
  )
}
