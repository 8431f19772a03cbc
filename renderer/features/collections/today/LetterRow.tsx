import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/StatusBadge'
import { Button } from '../../../components/Button'
import { REMINDERS_BEFORE_DEMAND } from '../../../domain/collections/profiles'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { CollectionProfile } from '../../../domain/collections/types'
import { useFormat } from '../../../lib/format'
import type { TodayRows } from '../../../db/repos/collections/todayRows'
import { kindTone, stepName, stepNameById } from '../explain'
import { InvoiceChips } from './InvoiceChips'
import { openInvoicesOf } from './invoiceList'
import { CustomerCell, QueueRow } from './QueueRow'

export interface RowActions {
  print: (item: WorkQueueItem) => void
  logCall: (item: WorkQueueItem) => void
  snooze: (item: WorkQueueItem) => void
  busyCustomerId: string | null
}

/**
 * One letter to print for a customer, in words: which step and why, the invoices it covers and what they add up to,
 * the steps missed meanwhile (shown, never sent), and a demand held back for lack of reminders.
 */
export function LetterRow({ item, data, profile, actions }: { item: WorkQueueItem; data: TodayRows; profile: CollectionProfile | undefined; actions: RowActions }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const letter = item.letters[0]
  if (!letter) return null
  const code = item.customerCode
  const step = letter.step
  const covered = openInvoicesOf(letter.invoiceIds, data.invoices)
  const total = covered.reduce((s, i) => s + i.openAmount, 0)
  const isEmail = step.channel === 'email'
  const alsoDone = item.letterSteps.slice(1)
  return (
    <QueueRow
      testId={`today-letter-${code}`}
      tone={step.kind === 'demand' ? 'bad' : undefined}
      customer={<CustomerCell item={item} customer={data.customers.get(item.customerId)} />}
      actions={
        <>
          <Button variant="primary" data-testid={`today-print-${code}`} busy={actions.busyCustomerId === item.customerId} onClick={() => actions.print(item)}>
            {isEmail ? t('today.copyEmail') : step.kind === 'demand' ? t('today.printDemand') : t('today.printLetter')}
          </Button>
          <Button data-testid={`today-snooze-${code}`} onClick={() => actions.snooze(item)}>
            {t('today.snooze')}
          </Button>
        </>
      }
    >
      <div className="q-headline">
        <Badge tone={kindTone(step.kind)}>{stepName(t, step)}</Badge>
        <span>
          {t(isEmail ? 'today.letter.email' : 'today.letter.covers', { count: covered.length, amount: fmt.money(total) })}
        </span>
        <span className="muted">{t('today.letter.language', { language: t(`common:language.${item.language}`) })}</span>
      </div>
      <p className="q-why">
        {step.kind === 'courtesy'
          ? t('today.why.courtesy', { date: fmt.date(letter.dueOn) })
          : step.kind === 'demand'
            ? t('today.why.demand', { count: item.remindersSent })
            : t('today.why.reminder', { date: fmt.date(letter.dueOn), sent: item.remindersSent })}
      </p>
      <InvoiceChips ids={letter.invoiceIds} invoices={data.invoices} today={data.date} />
      {alsoDone.length > 0 ? (
        <p className="q-note muted">{t('today.letter.alsoRecords', { steps: alsoDone.map((s) => stepName(t, s.step)).join(', ') })}</p>
      ) : null}
      {letter.missed.length > 0 ? (
        <div className="q-missed" data-testid={`today-missed-${code}`}>
          <strong>{t('today.missed.title', { count: letter.missed.length })}</strong>{' '}
          {letter.missed.map((m) => t('today.missed.step', { step: stepNameById(t, m.stepId, profile), date: fmt.date(m.dueOn) })).join(' · ')}
          <span className="muted"> {t('today.missed.explain')}</span>
        </div>
      ) : null}
      {letter.demandHeldBack ? (
        <div className="q-held" data-testid={`today-held-${code}`}>
          {t('today.held', { sent: Math.max(item.heldBackRemindersSent, 0), required: REMINDERS_BEFORE_DEMAND })}
        </div>
      ) : null}
    </QueueRow>
  )
}
