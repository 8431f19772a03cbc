import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from '../../../components/Field'
import { isValidIsoDate } from '../../../domain/dates'
import { matchingQuickPeriod, QUICK_PERIODS, quickPeriod } from './periods'

export interface Period {
  from: string
  to: string
}

/**
 * From / to dates and quick picks. The period only changes when both dates are complete and in order; until then
 * the fields say what is wrong and the report shown stays the last valid one.
 */
export function PeriodPicker({ value, today, onChange }: { value: Period; today: string; onChange: (p: Period) => void }) {
  const { t } = useTranslation('health')
  const [text, setText] = useState<Period>(value)
  const fromProblem = !isValidIsoDate(text.from) ? t('period.invalid') : null
  const toProblem = !isValidIsoDate(text.to) ? t('period.invalid') : !fromProblem && text.from > text.to ? t('period.order') : null
  const edit = (next: Period) => {
    setText(next)
    if (isValidIsoDate(next.from) && isValidIsoDate(next.to) && next.from <= next.to) onChange(next)
  }
  const pick = (p: Period) => {
    setText(p)
    onChange(p)
  }
  const active = matchingQuickPeriod(value.from, value.to, today)
  return (
    <div className="card health-controls">
      <Field label={t('period.from')} error={fromProblem ?? undefined} className="health-date">
        <input type="date" value={text.from} onChange={(e) => edit({ ...text, from: e.target.value })} data-testid="health-period-from" />
      </Field>
      <Field label={t('period.to')} error={toProblem ?? undefined} className="health-date">
        <input type="date" value={text.to} onChange={(e) => edit({ ...text, to: e.target.value })} data-testid="health-period-to" />
      </Field>
      <div className="health-quick" role="group" aria-label={t('period.quick')}>
        {QUICK_PERIODS.map((k) => (
          <button
            key={k}
            type="button"
            className={`btn ${active === k ? 'btn-primary' : 'btn-secondary'}`}
            aria-pressed={active === k}
            onClick={() => pick(quickPeriod(k, today))}
            data-testid={`health-period-${k}`}
          >
            {t(`period.${k}`)}
          </button>
        ))}
      </div>
    </div>
  )
}
