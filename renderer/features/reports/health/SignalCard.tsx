import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/StatusBadge'
import type { HealthLevel } from '../../../domain/reports/health'

const TONE = { good: 'good', warn: 'warn', bad: 'bad', none: 'neutral' } as const

/** The traffic light of one signal, in words (colour is never the only cue). */
export function LevelBadge({ level, testId }: { level: HealthLevel; testId: string }) {
  const { t } = useTranslation('health')
  return (
    <span data-testid={testId} data-level={level} className={`health-level is-${level}`}>
      <Badge tone={TONE[level]}>
        <span className="health-dot" aria-hidden="true" />
        {t(`level.${level}`)}
      </Badge>
    </span>
  )
}

export interface SignalCardProps {
  testId: string
  title: string
  level: HealthLevel
  /** The big figure and its line underneath. */
  headline: ReactNode
  sub?: ReactNode
  /** Extra figures on the right of the headline. */
  figures?: ReactNode
  why: string
  target: string
  /** Number of documents behind the signal (the toggle's label); 0 hides the toggle. */
  count: number
  children: ReactNode
}

/** One process-health signal: headline, traffic light, why it matters and, on demand, the documents behind it. */
export function SignalCard({ testId, title, level, headline, sub, figures, why, target, count, children }: SignalCardProps) {
  const { t } = useTranslation('health')
  const [open, setOpen] = useState(false)
  return (
    <section id={testId} className={`card health-card is-${level}`} data-testid={testId}>
      <header className="health-card-header">
        <h2>{title}</h2>
        <LevelBadge level={level} testId={`${testId}-level`} />
      </header>
      <div className="health-card-body">
        <div className="health-headline">
          <div className="health-value" data-testid={`${testId}-value`}>
            {headline}
          </div>
          {sub ? <div className="health-sub">{sub}</div> : null}
        </div>
        {figures ? <div className="health-figures">{figures}</div> : null}
        <div className="health-why">
          <p>{why}</p>
          <p className="health-target">{t('common.target', { target })}</p>
        </div>
      </div>
      {count > 0 ? (
        <div className="health-card-footer">
          <button
            type="button"
            className="btn btn-ghost health-toggle"
            aria-expanded={open}
            onClick={() => setOpen((v) => !v)}
            data-testid={`${testId}-toggle`}
          >
            <span className="health-chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {open ? t('common.hide') : t('common.show', { count })}
          </button>
        </div>
      ) : null}
      {open ? <div className="health-details">{children}</div> : null}
    </section>
  )
}

const PAGE = 50

/** A table body that shows the first rows and more on request (lists of a year can be long). */
export function MoreRows<T>({ rows, render, columns, testId }: { rows: readonly T[]; render: (row: T) => ReactNode; columns: number; testId: string }) {
  const { t } = useTranslation('health')
  const [shown, setShown] = useState(PAGE)
  const rest = rows.length - shown
  return (
    <tbody>
      {rows.slice(0, shown).map(render)}
      {rest > 0 ? (
        <tr className="health-more">
          <td colSpan={columns}>
            <button type="button" className="btn btn-ghost" onClick={() => setShown((n) => n + PAGE)} data-testid={`${testId}-more`}>
              {t('common.more', { count: Math.min(PAGE, rest), total: rows.length })}
            </button>
          </td>
        </tr>
      ) : null}
    </tbody>
  )
}

export interface Fact {
  label: string
  value: ReactNode
  testId?: string
  bad?: boolean
}

/** Label / value pairs beside a signal's headline. */
export function Facts({ items }: { items: Fact[] }) {
  return (
    <dl className="health-facts">
      {items.map((f) => (
        <div key={f.label} className="health-fact">
          <dt>{f.label}</dt>
          <dd data-testid={f.testId} className={f.bad ? 'amount-bad' : undefined}>
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
