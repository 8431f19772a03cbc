import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { errorMessage } from '../../lib/errors'
import type { Country } from '../../domain/types'
import { startDemoLoad, useDemoLoad } from './demoStore'

const COUNTRIES: Country[] = ['ES', 'RO']
const LABEL_KEY: Record<Country, string> = { ES: 'demo.spain', RO: 'demo.romania' }

/** "Just looking?": fills the app with a realistic Spanish or Romanian wholesaler (the same generator as the tests). */
export function DemoCompanyCard() {
  const { t } = useTranslation('setup')
  const { status, country, error } = useDemoLoad()
  const loading = status === 'loading'
  return (
    <section className="card demo-card" aria-labelledby="demo-title" aria-busy={loading}>
      <div className="demo-text">
        <h2 id="demo-title">{t('demo.title')}</h2>
        <p>{t('demo.body')}</p>
      </div>
      <div className="demo-actions">
        {COUNTRIES.map((c) => (
          <Button
            key={c}
            variant="primary"
            busy={loading && country === c}
            disabled={loading}
            onClick={() => void startDemoLoad(c)}
            data-testid={`demo-${c.toLowerCase()}`}
          >
            <span className="demo-flag" aria-hidden="true">
              {c}
            </span>
            {t(LABEL_KEY[c])}
          </Button>
        ))}
      </div>
      {loading && country ? <DemoProgress /> : null}
      {status === 'failed' ? <Alert tone="error">{t('demo.failed', { reason: errorMessage(t, error) })}</Alert> : null}
    </section>
  )
}

/** "Creating the demo company… 20 / 40 customers", while the demo load runs (also shown on the home page). */
export function DemoProgress() {
  const { t } = useTranslation('setup')
  const { status, country, done, total } = useDemoLoad()
  if (status !== 'loading' || !country) return null
  return (
    <div className="demo-progress" role="status" data-testid="demo-progress">
      <span className="spinner" aria-hidden="true" />
      <span>
        {t('demo.loading', { country: t(`common:countries.${country}`) })}
        {total > 0 ? ` ${t('demo.progress', { done, total })}` : ''}
      </span>
    </div>
  )
}
