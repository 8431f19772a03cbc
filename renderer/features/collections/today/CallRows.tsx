import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/StatusBadge'
import { Button } from '../../../components/Button'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { CollectionProfile } from '../../../domain/collections/types'
import { useFormat } from '../../../lib/format'
import type { TodayRows } from '../../../db/repos/collections/todayRows'
import { stepName, stepNameById } from '../explain'
import { InvoiceChips } from './InvoiceChips'
import { numbersOf } from './invoiceList'
import type { RowActions } from './LetterRow'
import { CustomerCell, QueueRow } from './QueueRow'

interface RowProps {
  item: WorkQueueItem
  data: TodayRows
  actions: RowActions
}

function SnoozeButton({ item, actions }: { item: WorkQueueItem; actions: RowActions }) {
  const { t } = useTranslation('collections')
  return <Button onClick={() => actions.snooze(item)}>{t('today.snooze')}</Button>
}

/** A call to make: which call and why, the invoices, the numbers to dial. */
export function CallRow({ item, data, actions, profile }: RowProps & { profile: CollectionProfile | undefined }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const call = item.calls[0]
  if (!call) return null
  return (
    <QueueRow
      customer={<CustomerCell item={item} customer={data.customers.get(item.customerId)} showPhone />}
      actions={
        <>
          <Button variant="primary" data-testid={`today-call-${item.customerCode}`} onClick={() => actions.logCall(item)}>
            {t('today.logCall')}
          </Button>
          <SnoozeButton item={item} actions={actions} />
        </>
      }
    >
      <div className="q-headline">
        <Badge tone="info">{stepName(t, call.step)}</Badge>
        <span>{t(`today.callWhy.${call.step.kind === 'confirmReceipt' ? 'confirm' : 'followUp'}`, { date: fmt.date(call.dueOn) })}</span>
      </div>
      <InvoiceChips ids={call.invoiceIds} invoices={data.invoices} today={data.date} />
      {call.missed.length > 0 ? (
        <div className="q-missed">
          <strong>{t('today.missed.title', { count: call.missed.length })}</strong>{' '}
          {call.missed.map((m) => t('today.missed.step', { step: stepNameById(t, m.stepId, profile), date: fmt.date(m.dueOn) })).join(' · ')}
        </div>
      ) : null}
    </QueueRow>
  )
}

/** A promise whose date (plus grace days) passed without the money: call again. */
export function BrokenPromiseRow({ item, data, actions }: RowProps) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  return (
    <QueueRow
      testId={`today-broken-${item.customerCode}`}
      tone="bad"
      customer={<CustomerCell item={item} customer={data.customers.get(item.customerId)} showPhone />}
      actions={
        <>
          <Button variant="primary" data-testid={`today-broken-call-${item.customerCode}`} onClick={() => actions.logCall(item)}>
            {t('today.logCall')}
          </Button>
          <SnoozeButton item={item} actions={actions} />
        </>
      }
    >
      {item.brokenPromises.map((p) => (
        <p key={p.interactionId} className="q-why">
          {t('today.broken', { amount: fmt.money(p.promiseAmount), date: fmt.date(p.promiseDate), paid: fmt.money(p.paidSince) })}
        </p>
      ))}
    </QueueRow>
  )
}

/** A promise due today: check the bank, call if nothing came in. */
export function PromiseDueRow({ item, data, actions }: RowProps) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  return (
    <QueueRow
      testId={`today-promise-${item.customerCode}`}
      customer={<CustomerCell item={item} customer={data.customers.get(item.customerId)} showPhone />}
      actions={
        <Button data-testid={`today-promise-call-${item.customerCode}`} onClick={() => actions.logCall(item)}>
          {t('today.logCall')}
        </Button>
      }
    >
      {item.promisesDueToday.map((p) => (
        <p key={p.interactionId} className="q-why">
          {t('today.promiseDue', { amount: fmt.money(p.promiseAmount) })}
        </p>
      ))}
    </QueueRow>
  )
}

/** Invoices past the no-contact age with nobody having talked to the customer since they were issued. */
export function NoContactRow({ item, data, actions }: RowProps) {
  const { t } = useTranslation('collections')
  return (
    <QueueRow
      testId={`today-nocontact-${item.customerCode}`}
      customer={<CustomerCell item={item} customer={data.customers.get(item.customerId)} showPhone />}
      actions={
        <>
          <Button data-testid={`today-nocontact-call-${item.customerCode}`} onClick={() => actions.logCall(item)}>
            {t('today.logCall')}
          </Button>
          <SnoozeButton item={item} actions={actions} />
        </>
      }
    >
      <p className="q-why">
        {t('today.noContact', { count: item.noContact.length, list: numbersOf(t, item.noContact, data.invoices) })}
      </p>
    </QueueRow>
  )
}

/** The customer's balance is above the credit limit agreed: no new deliveries on credit. */
export function OverLimitRow({ item, data }: Omit<RowProps, 'actions'>) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const customer = data.customers.get(item.customerId)
  return (
    <QueueRow testId={`today-overlimit-${item.customerCode}`} tone="warn" customer={<CustomerCell item={item} customer={customer} />} actions={null}>
      <p className="q-why">
        {t('today.overLimit', { balance: fmt.money(item.balance), limit: fmt.money(customer?.creditLimit ?? 0) })}
      </p>
    </QueueRow>
  )
}
