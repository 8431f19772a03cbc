import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { Field } from '../../../components/Field'
import { matchingQuickPeriod, QUICK_PERIODS, quickPeriod, type DatePeriod } from './periods'

/** From / to dates with the quick picks (this month ... last year). */
export function PeriodFields(props: { period: DatePeriod; onChange: (p: DatePeriod) => void; today: string; error: string | null; disabled?: boolean }) {
  const { t } = useTranslation('exports')
  const { period, onChange, today, error, disabled } = props
  const active = matchingQuickPeriod(period, today)
  return (
    <div className="export-period">
      <div className="export-quick" role="group" aria-label={t('period.quick')}>
        {QUICK_PERIODS.map((q) => (
          <Button
            key={q}
            variant={active === q ? 'primary' : 'secondary'}
            aria-pressed={active === q}
            disabled={disabled}
            onClick={() => onChange(quickPeriod(q, today))}
            data-testid={`export-quick-${q}`}
          >
            {t(`quick.${q}`)}
          </Button>
        ))}
      </div>
      <div className="export-dates">
        <Field label={t('period.from')}>
          <input type="date" value={period.from} disabled={disabled} onChange={(e) => onChange({ ...period, from: e.target.value })} data-testid="export-from" />
        </Field>
        <Field label={t('period.to')}>
          <input type="date" value={period.to} disabled={disabled} onChange={(e) => onChange({ ...period, to: e.target.value })} data-testid="export-to" />
        </Field>
      </div>
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  )
}
