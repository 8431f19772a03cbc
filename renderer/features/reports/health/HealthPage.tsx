import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, EmptyState } from '../../../components/Alert'
import { PageHeader } from '../../../components/PageHeader'
import { today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { CreditNotesCard } from './CreditNotesCard'
import { DeliveryCard } from './DeliveryCard'
import { DisputesCard } from './DisputesCard'
import { HealthSummary } from './HealthSummary'
import { useHealthReport } from './hooks'
import { PeriodPicker, type Period } from './PeriodPicker'
import { PoCard } from './PoCard'
import { quickPeriod } from './periods'
import { TermsCard } from './TermsCard'
import './health.css'

/**
 * Process-health signals: what in the company's own invoicing makes customers pay late (credit notes, late
 * invoices, deals outside the agreed terms, missing POs, disputes), for a period, each with the documents behind it.
 */
export function HealthPage() {
  const { t } = useTranslation('health')
  const fmt = useFormat()
  const todayIso = today()
  const [period, setPeriod] = useState<Period>(() => quickPeriod('last12', todayIso))
  const { report, loading, error } = useHealthReport(period.from, period.to, todayIso)

  return (
    <div className="health-page">
      <PageHeader title={t('title')} subtitle={t('subtitle', { from: fmt.date(period.from), to: fmt.date(period.to) })} />
      <PeriodPicker value={period} today={todayIso} onChange={setPeriod} />
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {!report ? (
        <EmptyState>{t('common:app.loading')}</EmptyState>
      ) : (
        <div className={`health-results ${loading ? 'is-loading' : ''}`} aria-busy={loading || undefined} data-testid="health-results">
          {report.creditNotes.invoiceCount === 0 && report.disputes.count === 0 ? (
            <Alert tone="info">{t('empty')}</Alert>
          ) : null}
          <HealthSummary report={report} />
          <CreditNotesCard s={report.creditNotes} />
          <DeliveryCard s={report.delivery} />
          <TermsCard s={report.terms} />
          <PoCard s={report.po} />
          <DisputesCard s={report.disputes} />
        </div>
      )}
    </div>
  )
}
