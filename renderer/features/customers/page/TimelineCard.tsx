import { useTranslation } from 'react-i18next'
import { Card } from '../../../components/Card'
import { EmptyState } from '../../../components/Alert'
import { useFormat } from '../../../lib/format'
import { todayIso } from '../../../domain/dates'
import type { Interaction } from '../../../domain/types'
import { TimelineForm } from './TimelineForm'

function When({ at }: { at: string }) {
  const fmt = useFormat()
  const d = new Date(at)
  if (Number.isNaN(d.getTime())) return <span>{at}</span>
  const time = new Intl.DateTimeFormat(fmt.locale, { hour: '2-digit', minute: '2-digit' }).format(d)
  return (
    <span>
      {fmt.date(todayIso(d))}
      <br />
      {time}
    </span>
  )
}

/** Calls, letters, notes and promises, newest first, with the quick form on top. */
export function TimelineCard({ customerId, items }: { customerId: string; items: Interaction[] | undefined }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  return (
    <Card title={t('timeline.title')}>
      <TimelineForm customerId={customerId} />
      {items === undefined ? null : items.length === 0 ? (
        <EmptyState>{t('timeline.empty')}</EmptyState>
      ) : (
        <ul className="timeline" data-testid="customer-timeline">
          {items.map((it) => (
            <li key={it.id} className={`timeline-item type-${it.type}`}>
              <div className="timeline-when">
                <When at={it.at} />
              </div>
              <div className="timeline-what">
                <div className="timeline-head">
                  <span className={`timeline-type type-${it.type}`}>{t(`common:interactionTypes.${it.type}`)}</span>
                  {it.outcome && it.type !== 'promise' ? <span className="muted">{t(`common:callOutcomes.${it.outcome}`)}</span> : null}
                  {it.promiseDate ? (
                    <span className="promise">
                      {t('timeline.promiseSummary', {
                        amount: it.promiseAmount === null ? '' : fmt.money(it.promiseAmount),
                        date: fmt.date(it.promiseDate),
                      })}
                    </span>
                  ) : null}
                </div>
                {it.text ? <p className="timeline-text">{it.text}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
