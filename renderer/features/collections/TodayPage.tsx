import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Alert, EmptyState } from '../../components/Alert'
import { Button } from '../../components/Button'
import { PageHeader } from '../../components/PageHeader'
import { daysBetween } from '../../domain/dates'
import type { WorkQueueItem } from '../../domain/collections/queue'
import { useFormat } from '../../lib/format'
import { useCompany } from '../settings/hooks'
import { bankImportStale } from './explain'
import { useBusinessDate, useProfiles, useToday, type TodayData } from './hooks'
import { BrokenPromiseRow, CallRow, NoContactRow, OverLimitRow, PromiseDueRow } from './today/CallRows'
import { LetterRow, type RowActions } from './today/LetterRow'
import { OutcomeDialog } from './today/OutcomeDialog'
import { PausedRow } from './today/PausedRow'
import { PrintConfirmDialog } from './today/PrintConfirmDialog'
import { SnoozeDialog } from './today/SnoozeDialog'
import { SECTION_NEEDS, sectionsOf } from './today/sections'
import { TodaySection } from './today/TodaySection'
import { usePrintLetters } from './today/usePrintLetters'
import './collections.css'

function BankWarning({ data }: { data: TodayData }) {
  const { t } = useTranslation('collections')
  return (
    <div data-testid="today-bank-warning">
      <Alert tone="warn" title={t('bank.title')}>
        {bankWarningText(t, data)} <Link to="/collections/settings?tab=settings">{t('bank.settings')}</Link>
      </Alert>
    </div>
  )
}

function bankWarningText(t: ReturnType<typeof useTranslation>['t'], data: TodayData): string {
  const { lastBankImportOn, bankImportMaxAgeDays } = data.settings
  if (!lastBankImportOn) return t('bank.never')
  return t('bank.old', { count: daysBetween(lastBankImportOn, data.date), max: bankImportMaxAgeDays })
}

/**
 * /today — the day's collection work: promises, letters to print, calls to make, and what is on hold. Counts, stats
 * and printing cover every item of the queue; each section renders (and reads the data of) a page of rows at a time.
 */
export function TodayPage() {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const date = useBusinessDate()
  const data = useToday(date)
  const company = useCompany()
  const profiles = useProfiles()
  const [outcomeFor, setOutcomeFor] = useState<WorkQueueItem | null>(null)
  const [snoozeFor, setSnoozeFor] = useState<WorkQueueItem | null>(null)
  const sections = useMemo(() => sectionsOf(data?.items ?? []), [data])
  const stale = data ? bankImportStale(data.settings, date) : false
  const printer = usePrintLetters(date, stale)
  const printable = sections.letters.filter((i) => i.letters[0]?.step.channel !== 'email')
  const country = company?.country ?? 'ES'
  const profileOf = (id: string) => profiles?.find((p) => p.id === id)

  const actions: RowActions = {
    print: (item) => printer.request([item]),
    logCall: setOutcomeFor,
    snooze: setSnoozeFor,
    busyCustomerId: printer.busy,
  }
  const weekday = new Intl.DateTimeFormat(fmt.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))
  const work = sections.broken.length + sections.dueToday.length + sections.letters.length + sections.calls.length + sections.noContact.length + sections.overLimit.length
  const overdue = (data?.items ?? []).reduce((s, i) => s + i.overdue, 0)

  return (
    <div className="today-page" data-testid="today-page">
      <PageHeader
        title={t('today.title')}
        subtitle={weekday}
        actions={
          <>
            <Link to="/collections/settings" className="btn btn-ghost">
              {t('today.settings')}
            </Link>
            <Button variant="primary" disabled={printable.length === 0} busy={printer.busy === 'all'} onClick={() => printer.request(printable)} data-testid="today-print-all">
              {t('today.printAll', { n: printable.length })}
            </Button>
          </>
        }
      />
      {data === undefined ? (
        <p className="muted" role="status">
          {t('common:app.loading')}
        </p>
      ) : (
        <>
          {stale && sections.letters.length > 0 ? <BankWarning data={data} /> : null}
          <div className="grid-4 q-stats">
            <Stat label={t('today.stats.letters')} value={sections.letters.length} />
            <Stat label={t('today.stats.calls')} value={sections.calls.length} />
            <Stat label={t('today.stats.promises')} value={sections.broken.length + sections.dueToday.length} bad={sections.broken.length > 0} />
            <Stat label={t('today.stats.overdue')} value={fmt.money(overdue)} bad={overdue > 0} />
          </div>
          {work === 0 ? (
            <div className="card" data-testid="today-empty">
              <EmptyState>
                <strong>{t('today.empty')}</strong>
                <br />
                <span className="muted">{t('today.emptyHint')}</span>
              </EmptyState>
            </div>
          ) : null}
          <TodaySection
            id="broken"
            title={t('sections.broken')}
            hint={t('sections.brokenHint')}
            items={sections.broken}
            needs={SECTION_NEEDS.broken}
            date={data.date}
            row={(item, rows) => <BrokenPromiseRow item={item} data={rows} actions={actions} />}
          />
          <TodaySection
            id="dueToday"
            title={t('sections.dueToday')}
            hint={t('sections.dueTodayHint')}
            items={sections.dueToday}
            needs={SECTION_NEEDS.dueToday}
            date={data.date}
            row={(item, rows) => <PromiseDueRow item={item} data={rows} actions={actions} />}
          />
          <TodaySection
            id="letters"
            title={t('sections.letters')}
            hint={t('sections.lettersHint')}
            items={sections.letters}
            needs={SECTION_NEEDS.letters}
            date={data.date}
            row={(item, rows) => <LetterRow item={item} data={rows} profile={profileOf(item.profileId)} actions={actions} />}
          />
          <TodaySection
            id="calls"
            title={t('sections.calls')}
            hint={t('sections.callsHint')}
            items={sections.calls}
            needs={SECTION_NEEDS.calls}
            date={data.date}
            row={(item, rows) => <CallRow item={item} data={rows} profile={profileOf(item.profileId)} actions={actions} />}
          />
          <TodaySection
            id="noContact"
            title={t('sections.noContact', { count: data.settings.noContactDays })}
            hint={t('sections.noContactHint')}
            items={sections.noContact}
            needs={SECTION_NEEDS.noContact}
            date={data.date}
            row={(item, rows) => <NoContactRow item={item} data={rows} actions={actions} />}
          />
          <TodaySection
            id="overLimit"
            title={t('sections.overLimit')}
            hint={t('sections.overLimitHint')}
            items={sections.overLimit}
            needs={SECTION_NEEDS.overLimit}
            date={data.date}
            row={(item, rows) => <OverLimitRow item={item} data={rows} />}
          />
          <TodaySection
            id="paused"
            title={t('sections.paused')}
            hint={t('sections.pausedHint')}
            items={sections.paused}
            needs={SECTION_NEEDS.paused}
            date={data.date}
            collapsed
            row={(item, rows) => <PausedRow item={item} data={rows} country={country} />}
          />
          {printer.pending ? (
            <PrintConfirmDialog
              letters={printer.pending.items.length}
              demands={printer.pending.demands}
              bankStale={stale}
              bankWarning={bankWarningText(t, data)}
              country={country}
              onCancel={printer.cancel}
              onConfirm={printer.confirm}
            />
          ) : null}
          {outcomeFor ? (
            <OutcomeDialog item={outcomeFor} today={date} onClose={() => setOutcomeFor(null)} />
          ) : null}
          {snoozeFor ? <SnoozeDialog item={snoozeFor} today={date} onClose={() => setSnoozeFor(null)} /> : null}
        </>
      )}
    </div>
  )
}

function Stat({ label, value, bad = false }: { label: string; value: string | number; bad?: boolean }) {
  return (
    <div className="card card-body stat">
      <span className="stat-label">{label}</span>
      <span className={`stat-value ${bad ? 'is-bad' : ''}`}>{value}</span>
    </div>
  )
}
