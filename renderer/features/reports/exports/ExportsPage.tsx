import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import i18next from 'i18next'
import type { ExportFormat } from '../../../../electron/contract/exports'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Field } from '../../../components/Field'
import { PageHeader } from '../../../components/PageHeader'
import {
  agingSource,
  creditNotesSource,
  customersSource,
  paymentsSource,
  salesRegisterSource,
} from '../../../db/repos/reports/exports'
import { isValidIsoDate } from '../../../domain/dates'
import { bucketRanges, DEFAULT_BUCKETS } from '../../../domain/reports/aging'
import type { CompanySettings, Customer, Language } from '../../../domain/types'
import { ctx, today } from '../../../lib/ctx'
import { makeFormatters, useFormat } from '../../../lib/format'
import { describeTerms } from '../../../lib/termsText'
import { useCompany } from '../../settings/hooks'
import { bucketLabel } from '../buckets'
import { ChoiceList, type Choice } from './ChoiceList'
import { ExportProgressBar } from './ExportProgressBar'
import { exportRequest, isPeriodKind, REGISTER_KINDS, type RegisterKind } from './exportTexts'
import { PeriodFields } from './PeriodFields'
import { quickPeriod, type DatePeriod } from './periods'
import { useExportRunner, type PrepareExport } from './useExportRunner'
import './exports.css'

function uiLanguage(lang: string): Language {
  return lang === 'es' || lang === 'ro' || lang === 'en' ? lang : 'en'
}

interface ExportChoice {
  kind: RegisterKind
  format: ExportFormat
  period: DatePeriod
  asOf: string
}

/** Reads the chosen report for the chosen dates and names it, in `language` (headers, title, file name). */
function prepareFor(company: CompanySettings, choice: ExportChoice, language: Language): PrepareExport<RegisterKind> {
  return async () => {
    const { kind, format, period, asOf } = choice
    const base = { kind, language, format, company }
    const currency = company.currency
    switch (kind) {
      case 'salesRegister':
        return { source: await salesRegisterSource(ctx, period, currency), request: exportRequest({ ...base, ...period }) }
      case 'payments':
        return { source: await paymentsSource(ctx, period), request: exportRequest({ ...base, ...period }) }
      case 'creditNotes':
        return { source: await creditNotesSource(ctx, period, currency), request: exportRequest({ ...base, ...period }) }
      case 'aging':
        return { source: await agingSource(ctx, asOf, DEFAULT_BUCKETS), request: exportRequest({ ...base, asOf }) }
      case 'customers': {
        const t = i18next.getFixedT(language)
        const fmt = makeFormatters(language, currency)
        const texts = {
          terms: (c: Customer) => describeTerms(t, fmt, c.terms, c.paymentDays, c.earlyDiscount),
          profile: (c: Customer) => t(`common:profiles.${c.collectionProfile}`, { defaultValue: c.collectionProfile }),
        }
        const date = today()
        return { source: await customersSource(ctx, date, texts), request: exportRequest({ ...base, asOf: date }) }
      }
    }
  }
}

/** Exports for the accountant: which report, which dates, which format; then a file through main's save dialog. */
export function ExportsPage() {
  const { t, i18n } = useTranslation('exports')
  const { t: tReports } = useTranslation('reports')
  const fmt = useFormat()
  const company = useCompany()
  const todayIso = today()
  const [kind, setKind] = useState<RegisterKind>('salesRegister')
  const [format, setFormat] = useState<ExportFormat>('xlsx')
  const [period, setPeriod] = useState<DatePeriod>(() => quickPeriod('lastQuarter', todayIso))
  const [asOf, setAsOf] = useState(todayIso)
  const [open, setOpen] = useState(false)
  const { state, run, cancel } = useExportRunner()
  const busy = state.phase !== 'idle'

  const periodError =
    isValidIsoDate(period.from) && isValidIsoDate(period.to) && period.from <= period.to ? null : t('period.invalid')
  const asOfError = isValidIsoDate(asOf) ? null : t('asOf.invalid')
  const inputError = kind === 'aging' ? asOfError : isPeriodKind(kind) ? periodError : null
  const bucketsText = useMemo(
    () => bucketRanges(DEFAULT_BUCKETS).map((r, i) => bucketLabel(tReports, r, i)).join(', '),
    [tReports],
  )

  const dates = isPeriodKind(kind)
    ? periodError
      ? ''
      : t('title.period', { from: fmt.date(period.from), to: fmt.date(period.to) })
    : t('title.asOf', { date: fmt.date(kind === 'aging' && !asOfError ? asOf : todayIso) })
  const summaryLine = [dates, t(`format.${format}.name`)].filter(Boolean).join(' · ')

  const kinds: Choice<RegisterKind>[] = REGISTER_KINDS.map((k) => ({
    value: k,
    label: t(`reports.${k}.name`),
    description: t(`reports.${k}.description`),
  }))
  const formats: Choice<ExportFormat>[] = (['xlsx', 'csv'] as const).map((f) => ({
    value: f,
    label: t(`format.${f}.name`),
    description: t(`format.${f}.description`),
  }))

  const onExport = () => {
    if (!company || inputError) return
    void run(prepareFor(company, { kind, format, period, asOf }, uiLanguage(i18n.language)), { open })
  }

  return (
    <div className="exports-page" data-testid="exports-page">
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <div className="exports-layout">
        <Card title={t('what.title')}>
          <ChoiceList name="export-kind" label={t('what.title')} choices={kinds} value={kind} onChange={setKind} testIdPrefix="export-kind" disabled={busy} />
        </Card>
        <div className="exports-side">
          {isPeriodKind(kind) ? (
            <Card title={t('period.title')}>
              <PeriodFields period={period} onChange={setPeriod} today={todayIso} error={periodError} disabled={busy} />
            </Card>
          ) : kind === 'aging' ? (
            <Card title={t('asOf.title')}>
              <Field label={t('asOf.label')} error={asOfError ?? undefined}>
                <input type="date" value={asOf} disabled={busy} onChange={(e) => setAsOf(e.target.value)} data-testid="export-asof" />
              </Field>
              <p className="export-note">{t('asOf.buckets', { buckets: bucketsText })}</p>
            </Card>
          ) : (
            <Card title={t('asOf.title')}>
              <p className="export-note">{t('asOf.customers', { date: fmt.date(todayIso) })}</p>
            </Card>
          )}
          <Card title={t('format.title')}>
            <ChoiceList name="export-format" label={t('format.title')} choices={formats} value={format} onChange={setFormat} testIdPrefix="export-format" disabled={busy} />
            <label className="export-open">
              <input type="checkbox" checked={open} disabled={busy} onChange={(e) => setOpen(e.target.checked)} data-testid="export-open" />
              {t('format.open')}
            </label>
          </Card>
          <Card>
            <div className="export-actions">
              <div className="export-actions-row">
                <Button variant="primary" busy={busy} disabled={!company || inputError !== null} onClick={onExport} data-testid="export-run">
                  {busy ? t('action.exporting') : t('action.export')}
                </Button>
                <span className="export-summary" data-testid="export-summary">
                  <strong>{t(`reports.${kind}.name`)}</strong>
                  <span>{summaryLine}</span>
                </span>
              </div>
              <ExportProgressBar state={state} onCancel={cancel} />
              {state.error ? (
                <div data-testid="export-error">
                  <Alert tone="error">{state.error}</Alert>
                </div>
              ) : null}
              {state.saved && !busy ? (
                <div data-testid="export-result" className="export-result">
                  <Alert tone="success">{t('result.saved', { count: state.saved.rows, path: state.saved.path })}</Alert>
                </div>
              ) : null}
            </div>
          </Card>
        </div>
      </div>
    </div>
  )
}
