import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Alert, EmptyState } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { PageHeader } from '../../../components/PageHeader'
import type { DashboardData } from '../../../db/repos/reports/dashboard'
import { today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { AgingChart } from './AgingChart'
import { CeiChart } from './CeiChart'
import { DsoChart } from './DsoChart'
import { KpiCards } from './KpiCards'
import { TopDebtors } from './TopDebtors'
import { useDashboard } from './hooks'
import './dashboard.css'

const MONTHS = 12

/** True when nothing was ever owed or sold in the period (a new company): there is nothing to chart. */
function isBlank(data: DashboardData): boolean {
  return data.openingReceivable === 0 && data.months.every((m) => m.receivable === 0 && m.sales === 0)
}

/** The owner's receivables at a glance: what is owed and late, how fast it comes in, and who owes most. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard')
  const fmt = useFormat()
  const navigate = useNavigate()
  const asOf = today()
  const state = useDashboard(asOf, MONTHS)
  const data = state?.data

  return (
    <div className="dash-page">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle', { date: fmt.date(asOf), count: MONTHS })}
        actions={
          <Button onClick={() => navigate('/reports/aging')} data-testid="dashboard-open-aging">
            {t('openAging')}
          </Button>
        }
      />
      {state?.error ? <Alert tone="error">{errorMessage(t, state.error)}</Alert> : null}
      {!state ? (
        <div className="card" aria-busy="true" data-testid="dashboard-loading">
          <EmptyState>{t('loading')}</EmptyState>
        </div>
      ) : !data ? null : isBlank(data) ? (
        <div className="card" data-testid="dashboard-empty">
          <EmptyState
            action={
              <Button variant="primary" onClick={() => navigate('/invoices/new')}>
                {t('newInvoice')}
              </Button>
            }
          >
            {t('empty')}
          </EmptyState>
        </div>
      ) : (
        <>
          <KpiCards data={data} />
          <AgingChart data={data} />
          <div className="dash-charts-row">
            <DsoChart data={data} />
            <CeiChart data={data} />
          </div>
          <TopDebtors debtors={data.topDebtors} total={data.topDebtors[0]?.open ?? 0} />
        </>
      )}
    </div>
  )
}
