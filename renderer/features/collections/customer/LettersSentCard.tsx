import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { Badge } from '../../../components/StatusBadge'
import { markDelivery, stepRecordsOf } from '../../../db/repos/collections/steps'
import type { DeliveryMethod, StepRecord } from '../../../domain/collections/types'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { stepName } from '../explain'
import '../collections.css'

export const DELIVERY_METHODS: DeliveryMethod[] = ['burofax', 'registeredPost', 'hand', 'post', 'email', 'print']

/** One letter sent: the step records written with one timeline entry (the firmest step first). */
interface SentLetter {
  interactionId: string
  records: StepRecord[]
  main: StepRecord
}

const FIRMNESS: Record<StepRecord['kind'], number> = { demand: 3, reminder: 2, courtesy: 1, confirmReceipt: 0 }

function groupLetters(records: StepRecord[]): SentLetter[] {
  const by = new Map<string, StepRecord[]>()
  for (const r of records) {
    if (r.channel === 'call') continue
    const list = by.get(r.interactionId) ?? []
    list.push(r)
    by.set(r.interactionId, list)
  }
  return [...by.entries()]
    .map(([interactionId, list]) => {
      const sorted = [...list].sort((a, b) => FIRMNESS[b.kind] - FIRMNESS[a.kind])
      return { interactionId, records: sorted, main: sorted[0] as StepRecord }
    })
    .sort((a, b) => b.main.doneOn.localeCompare(a.main.doneOn))
}

function DeliveryRow({ letter }: { letter: SentLetter }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const { main } = letter
  const [method, setMethod] = useState<DeliveryMethod>(main.deliveryMethod || (main.kind === 'demand' ? 'burofax' : 'post'))
  const [proof, setProof] = useState(main.proofRef)
  const [busy, setBusy] = useState(false)
  const dirty = method !== main.deliveryMethod || proof.trim() !== main.proofRef
  const invoiceCount = new Set(letter.records.flatMap((r) => r.invoiceIds)).size

  async function save() {
    setBusy(true)
    try {
      for (const r of letter.records) await markDelivery(ctx, r.id, method, proof.trim())
      useToasts.getState().push('success', t('letters.deliverySaved'))
    } catch (err) {
      useToasts.getState().push('error', errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <tr data-testid={`letter-sent-${main.id}`}>
      <td>{fmt.date(main.doneOn)}</td>
      <td>
        <div className="strong">{stepName(t, { id: main.stepId, kind: main.kind })}</div>
        <div className="muted small coll-doc" title={main.documentName}>
          {t('letters.invoices', { count: invoiceCount })}
          {main.documentName ? ` · ${main.documentName}` : ''}
        </div>
      </td>
      <td>
        <select value={method} onChange={(e) => setMethod(e.target.value as DeliveryMethod)} aria-label={t('letters.method')} data-testid="letter-delivery-method">
          {DELIVERY_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`delivery.${m}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input value={proof} onChange={(e) => setProof(e.target.value)} placeholder={t('letters.proofPlaceholder')} aria-label={t('letters.proof')} data-testid="letter-proof-ref" />
        {main.kind === 'demand' && !main.proofRef ? (
          <div className="coll-awaiting">
            <Badge tone="warn">{t('letters.awaitingProof')}</Badge>
          </div>
        ) : null}
      </td>
      <td>
        <Button className="btn-small" busy={busy} disabled={!dirty} onClick={() => void save()} data-testid="letter-delivery-save">
          {t('common:actions.save')}
        </Button>
      </td>
    </tr>
  )
}

/**
 * Letters sent to the customer with how each went out and its delivery proof (burofax or registered-post receipt
 * number), to be filled in when the proof arrives.
 */
export function LettersSentCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation('collections')
  const records = useLiveQuery(() => stepRecordsOf(ctx, customerId), [customerId])
  const letters = records ? groupLetters(records) : []
  if (letters.length === 0) return null
  return (
    <Card title={t('letters.title')}>
      <div className="table-scroll">
        <table className="table coll-letters" data-testid="customer-letters">
          <thead>
            <tr>
              <th>{t('letters.date')}</th>
              <th>{t('letters.letter')}</th>
              <th>{t('letters.method')}</th>
              <th>{t('letters.proof')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {letters.map((l) => (
              <DeliveryRow key={`${l.interactionId}-${l.main.deliveryMethod}-${l.main.proofRef}`} letter={l} />
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  )
}
