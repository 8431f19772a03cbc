import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, EmptyState } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { PageHeader } from '../../components/PageHeader'
import { today } from '../../lib/ctx'
import { errorMessage } from '../../lib/errors'
import { useFormat } from '../../lib/format'
import { bucketRanges, DEFAULT_BUCKETS, type BucketBounds } from '../../domain/reports/aging'
import { AgingSummary } from './AgingSummary'
import { AgingTable, sortAgingRows, type AgingSort } from './AgingTable'
import { AgingExportButton } from './exports/AgingExportButton'
import { bucketLabel, bucketText, parseBucketText } from './buckets'
import { useAgingReport } from './hooks'
import './aging.css'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Who owes what and since when, as of any date up to today, by customer with the invoices behind each figure. */
export function AgingPage() {
  const { t } = useTranslation('reports')
  const fmt = useFormat()
  const todayIso = today()
  const [asOfText, setAsOfText] = useState(todayIso)
  const [asOf, setAsOf] = useState(todayIso)
  const [bucketInput, setBucketInput] = useState(() => bucketText(DEFAULT_BUCKETS))
  const [buckets, setBuckets] = useState<BucketBounds>(DEFAULT_BUCKETS)
  const [sort, setSort] = useState<AgingSort>('total')
  const { report, loading, error } = useAgingReport(asOf, buckets)

  const asOfProblem = !ISO_DATE.test(asOfText) ? t('aging.asOf.invalid') : asOfText > todayIso ? t('aging.asOf.future') : null
  const parsed = useMemo(() => parseBucketText(bucketInput), [bucketInput])
  const bucketProblem = parsed.ok
    ? null
    : parsed.problem === 'count'
      ? t('aging.buckets.invalidCount', { max: 12 })
      : t('aging.buckets.invalid', { index: parsed.index })

  const onAsOf = (value: string) => {
    setAsOfText(value)
    if (ISO_DATE.test(value) && value <= todayIso) setAsOf(value)
  }
  const onBuckets = (value: string) => {
    setBucketInput(value)
    const next = parseBucketText(value)
    if (next.ok && next.bounds.join(',') !== buckets.join(',')) setBuckets(next.bounds)
  }
  const screenRows = useMemo(() => (report ? sortAgingRows(report.rows, sort, fmt.locale) : []), [report, sort, fmt.locale])
  const labels = report ? bucketRanges(report.bounds).map((range, i) => bucketLabel(t, range, i)) : []
  const isPast = report !== undefined && report.asOf < todayIso

  return (
    <div className="aging-page">
      <PageHeader
        title={t('aging.title')}
        subtitle={t('aging.subtitle', { date: fmt.date(asOf) })}
        actions={<AgingExportButton report={loading ? undefined : report} rows={screenRows} />}
      />

      <div className="card aging-controls">
        <Field label={t('aging.asOf.label')} error={asOfProblem ?? undefined} className="aging-asof-field">
          <input type="date" value={asOfText} max={todayIso} onChange={(e) => onAsOf(e.target.value)} data-testid="aging-asof" />
        </Field>
        <Field
          label={t('aging.buckets.label')}
          error={bucketProblem ?? undefined}
          hint={t('aging.buckets.hint')}
          className="aging-buckets-field"
        >
          <input
            type="text"
            inputMode="numeric"
            value={bucketInput}
            onChange={(e) => onBuckets(e.target.value)}
            data-testid="aging-buckets"
          />
        </Field>
        <div className="aging-control-actions">
          {asOf !== todayIso ? (
            <Button variant="ghost" onClick={() => onAsOf(todayIso)} data-testid="aging-today">
              {t('aging.asOf.today')}
            </Button>
          ) : null}
          {bucketInput !== bucketText(DEFAULT_BUCKETS) ? (
            <Button variant="ghost" onClick={() => onBuckets(bucketText(DEFAULT_BUCKETS))} data-testid="aging-buckets-reset">
              {t('aging.buckets.reset')}
            </Button>
          ) : null}
        </div>
      </div>

      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}

      {report && isPast && report.method === 'reconstructed' ? (
        <div data-testid="aging-reconstructed">
          <Alert tone="info">{t('aging.reconstructed', { date: fmt.date(report.asOf) })}</Alert>
        </div>
      ) : null}

      {!report ? (
        <EmptyState>{t('common:app.loading')}</EmptyState>
      ) : (
        <div className={`aging-results ${loading ? 'is-loading' : ''}`} aria-busy={loading || undefined}>
          <AgingSummary report={report} labels={labels} />
          <div className="card">
            <div className="card-header">
              <h2>{t('aging.table.title')}</h2>
              <div className="card-actions aging-sort" role="group" aria-label={t('aging.sort.label')}>
                <Button variant={sort === 'total' ? 'primary' : 'secondary'} aria-pressed={sort === 'total'} onClick={() => setSort('total')} data-testid="aging-sort-total">
                  {t('aging.sort.total')}
                </Button>
                <Button variant={sort === 'name' ? 'primary' : 'secondary'} aria-pressed={sort === 'name'} onClick={() => setSort('name')} data-testid="aging-sort-name">
                  {t('aging.sort.name')}
                </Button>
              </div>
            </div>
            {report.rows.length === 0 ? (
              <EmptyState>{t('aging.empty', { date: fmt.date(report.asOf) })}</EmptyState>
            ) : (
              <AgingTable report={report} labels={labels} sort={sort} />
            )}
          </div>
        </div>
      )}
    </div>
  )
}
