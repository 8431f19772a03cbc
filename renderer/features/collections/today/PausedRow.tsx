import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import { cancelSnooze } from '../../../db/repos/collections/snoozes'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { Country } from '../../../domain/types'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import type { TodayRows } from '../../../db/repos/collections/todayRows'
import { numbersOf } from './invoiceList'
import { CustomerCell, QueueRow } from './QueueRow'

/** Why nothing is proposed for a customer today: a promise, a snooze, disputed invoices, or a demand already sent. */
export function PausedRow({ item, data, country }: { item: WorkQueueItem; data: TodayRows; country: Country }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const [busy, setBusy] = useState(false)
  const snooze = data.snoozes.get(item.customerId)

  async function wake() {
    if (!snooze) return
    setBusy(true)
    try {
      await cancelSnooze(ctx, snooze.id)
      useToasts.getState().push('success', t('today.snoozeEnded'))
    } catch (err) {
      useToasts.getState().push('error', errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <QueueRow
      testId={`today-paused-${item.customerCode}`}
      customer={<CustomerCell item={item} customer={data.customers.get(item.customerId)} />}
      actions={
        snooze ? (
          <Button busy={busy} data-testid={`today-wake-${item.customerCode}`} onClick={() => void wake()}>
            {t('today.wake')}
          </Button>
        ) : null
      }
    >
      {item.pausedUntil ? <p className="q-why">{t('today.paused.promise', { date: fmt.date(item.pausedUntil) })}</p> : null}
      {item.snoozedUntil ? (
        <p className="q-why">
          {t('today.paused.snoozed', { date: fmt.date(item.snoozedUntil) })}
          {snooze?.reason ? <span className="muted">{` — ${snooze.reason}`}</span> : null}
        </p>
      ) : null}
      {item.disputedInvoiceIds.map((id) => {
        const d = data.disputes.get(id)
        return (
          <p key={id} className="q-why">
            {t('today.paused.disputed', { invoice: numbersOf(t, [id], data.invoices) || id })}
            {d ? <span className="muted">{` — ${[t(`disputeReasons.${d.reason}`), d.text].filter(Boolean).join(': ')}`}</span> : null}
          </p>
        )
      })}
      {item.demandsSent.map((d) => (
        <p key={d.invoiceId} className="q-why">
          {t(`today.paused.demandSent.${country}`, { date: fmt.date(d.sentOn), invoice: numbersOf(t, [d.invoiceId], data.invoices) || d.invoiceId })}
        </p>
      ))}
    </QueueRow>
  )
}
