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
import { TodaySection } from './today/TodaySection'
import { usePrintLetters } from './today/usePrintLetters'
import './collections.css'

/** The queue split into Today's sections (a snoozed customer shows only among the paused ones). */
function sectionsOf(items: WorkQueueItem[]) {
  const live = items.filter((i) => !i.snoozedUntil)
  return {
    broken: live.filter((i) => i.brokenPromises.length > 0),
    dueToday: live.filter((i) => i.promisesDueToday.length > 0),
    letters: live.filter((i) => i.letters.length > 0),
    calls: live.filter((i) => i.calls.length > 0),
    noContact: live.filter((i) => i.noContact.length > 0),
    overLimit: live.filter((i) => i.overCreditLimit),
    paused: items.filter((i) => i.snoozedUntil || i.pausedUntil || i.disputedInvoiceIds.length > 0 || i.demandsSent.length > 0),
  }
}

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

/** /today — the day's collection work: promises, letters to print, calls to make, and what is on hold. */
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
          <TodaySection id="broken" title={t('sections.broken')} hint={t('sections.brokenHint')} count={sections.broken.length}>
            {sections.broken.map((item) => (
              <BrokenPromiseRow key={item.customerId} item={item} data={data} actions={actions} />
            ))}
          </TodaySection>
          <TodaySection id="dueToday" title={t('sections.dueToday')} hint={t('sections.dueTodayHint')} count={sections.dueToday.length}>
            {sections.dueToday.map((item) => (
              <PromiseDueRow key={item.customerId} item={item} data={data} actions={actions} />
            ))}
          </TodaySection>
          <TodaySection id="letters" title={t('sections.letters')} hint={t('sections.lettersHint')} count={sections.letters.length}>
            {sections.letters.map((item) => (
              <LetterRow key={item.customerId} item={item} data={data} profile={profileOf(item.profileId)} actions={actions} />
            ))}
          </TodaySection>
          <TodaySection id="calls" title={t('sections.calls')} hint={t('sections.callsHint')} count={sections.calls.length}>
            {sections.calls.map((item) => (
              <CallRow key={item.customerId} item={item} data={data} profile={profileOf(item.profileId)} actions={actions} />
            ))}
          </TodaySection>
          <TodaySection id="noContact" title={t('sections.noContact', { count: data.settings.noContactDays })} hint={t('sections.noContactHint')} count={sections.noContact.length}>
            {sections.noContact.map((item) => (
              <NoContactRow key={item.customerId} item={item} data={data} actions={actions} />
            ))}
          </TodaySection>
          <TodaySection id="overLimit" title={t('sections.overLimit')} hint={t('sections.overLimitHint')} count={sections.overLimit.length}>
            {sections.overLimit.map((item) => (
              <OverLimitRow key={item.customerId} item={item} data={data} />
            ))}
          </TodaySection>
          <TodaySection id="paused" title={t('sections.paused')} hint={t('sections.pausedHint')} count={sections.paused.length} collapsed>
            {sections.paused.map((item) => (
              <PausedRow key={item.customerId} item={item} data={data} country={country} />
            ))}
          </TodaySection>
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
            <OutcomeDialog
              item={outcomeFor}
              invoices={[...data.invoices.values()].filter((i) => i.customerId === outcomeFor.customerId)}
              today={date}
              onClose={() => setOutcomeFor(null)}
            />
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
