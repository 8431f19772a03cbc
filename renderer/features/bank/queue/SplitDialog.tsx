import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { confirmMatch } from '../../../db/repos/bank/match'
import { getCustomer } from '../../../db/repos/customers'
import { MATCH_DEFAULTS, type MatchIndex } from '../../../domain/bank/matching'
import { payersOf } from '../../../domain/bank/match/evidence'
import type { Customer } from '../../../domain/types'
import { ctx } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { CustomerPicker } from '../../invoices/components/CustomerPicker'
import type { QueueItem } from '../hooks'
import { moneyIn } from '../messages'
import { MismatchDecision, mismatchReady, type MismatchState } from './MismatchDecision'
import { figuresOf, initialRows, writeOffOf, type SplitRow, type SplitRows } from './split'
import { SplitTable } from './SplitTable'

const THRESHOLD = MATCH_DEFAULTS.writeOffThreshold

/** Decide by hand: which customer paid, which of its open invoices and how much each; the rest stays as credit. */
export function SplitDialog({ item, index, onClose }: { item: QueueItem; index: MatchIndex; onClose: () => void }) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const { line } = item
  const currency = String(line.currency)
  const money = (c: number) => moneyIn(fmt, c, currency)
  const date = line.valueDate || line.bookingDate
  const suggestedId = item.proposals[0]?.customerId ?? null
  const suggested = useLiveQuery(async () => (suggestedId ? ((await getCustomer(ctx, suggestedId)) ?? null) : null), [suggestedId])
  const [chosen, setChosen] = useState<Customer | null>(null)
  const customer = chosen ?? suggested ?? null
  const invoices = customer ? (index.openByCustomer.get(customer.id) ?? []).filter((i) => i.currency === currency.toUpperCase()) : []

  const [rowsState, setRowsState] = useState<{ key: string; rows: SplitRows }>({ key: '', rows: {} })
  const [writeOffId, setWriteOffId] = useState('')
  const [writeOffReason, setWriteOffReason] = useState<'bankCharges' | 'other'>('bankCharges')
  const [writeOffText, setWriteOffText] = useState('')
  const [decision, setDecision] = useState<MismatchState>({ allowed: false, note: '' })
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  let rows = rowsState.rows
  const key = customer?.id ?? ''
  if (customer && rowsState.key !== key) {
    const proposal = item.proposals.find((p) => p.customerId === customer.id) ?? null
    rows = initialRows(invoices, line.amount, date, fmt.locale, proposal)
    setRowsState({ key, rows })
  }
  const figures = figuresOf(rows, invoices, line.amount, date, fmt.locale, THRESHOLD)

  const identified = payersOf(index, line)
  const payers = [...new Set([...identified.ibanIds, ...identified.taxIds])]
  const mismatch = customer !== null && payers.length > 0 && !payers.includes(customer.id)
  const payerName = payers.map((id) => index.customers.get(id)?.legalName ?? id).join(', ')
  const writeOffCandidate = figures.writeOffCandidates.find((c) => c.invoiceId === writeOffId)

  function setRow(invoiceId: string, row: SplitRow) {
    setRowsState((s) => ({ ...s, rows: { ...s.rows, [invoiceId]: row } }))
  }

  async function submit() {
    setError('')
    if (!customer) return setError(t('split.errors.customer'))
    if (figures.invalid.length > 0) return setError(t('split.errors.amounts'))
    if (figures.remainder < 0) return setError(t('split.errors.tooMuch', { amount: money(-figures.remainder) }))
    if (mismatch && !mismatchReady(decision)) return setError(t('mismatch.confirmDisabled'))
    const reason = writeOffReason === 'bankCharges' ? 'bankCharges' : writeOffText.trim()
    if (writeOffCandidate && !reason) return setError(t('split.errors.writeOffReason'))
    setBusy(true)
    try {
      const writeOff = writeOffCandidate ? writeOffOf(figures, writeOffCandidate.invoiceId, reason) : null
      await confirmMatch(ctx, line.id, { customerId: customer.id, allocations: figures.lines, writeOff }, { allowPayerMismatch: mismatch && decision.allowed, note: decision.note.trim() })
      useToasts.getState().push('success', t('queue.confirmed', { amount: money(line.amount), customer: customer.legalName }))
      onClose()
    } catch (err) {
      setError(errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title={t('split.title', { amount: money(line.amount), date: fmt.date(date) })}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="primary" busy={busy} disabled={!customer || (mismatch && !mismatchReady(decision))} onClick={() => void submit()} data-testid="bank-split-submit">
            {t('split.submit')}
          </Button>
        </>
      }
    >
      <div className="bank-split" data-testid="bank-split-dialog">
        <p className="bank-split-line">
          <strong>{line.counterpartyName || t('line.noName')}</strong>
          {line.remittance ? <span className="muted">{` · ${line.remittance}`}</span> : null}
        </p>
        {error ? <Alert tone="error">{error}</Alert> : null}
        {suggested !== undefined ? (
          <Field label={t('split.customer')}>
            <CustomerPicker value={customer} onChange={setChosen} testId="bank-split-customer" autoFocus={!customer} />
          </Field>
        ) : null}
        {mismatch && customer ? <MismatchDecision payer={payerName} customer={customer.legalName} value={decision} onChange={setDecision} /> : null}
        {customer ? (
          invoices.length > 0 ? (
            <SplitTable invoices={invoices} rows={rows} invalid={figures.invalid} date={date} currency={currency} onRow={setRow} />
          ) : (
            <p className="muted">{t('split.noInvoices')}</p>
          )
        ) : null}
        {customer ? (
          <dl className="bank-split-totals">
            <div>
              <dt>{t('split.lineAmount')}</dt>
              <dd>{money(line.amount)}</dd>
            </div>
            <div>
              <dt>{t('split.allocated')}</dt>
              <dd data-testid="bank-split-allocated">{money(figures.allocated)}</dd>
            </div>
            <div className={figures.remainder < 0 ? 'is-bad' : ''}>
              <dt>{figures.remainder < 0 ? t('split.tooMuch') : t('split.credit')}</dt>
              <dd data-testid="bank-split-credit">{money(Math.abs(figures.remainder))}</dd>
            </div>
          </dl>
        ) : null}
        {figures.writeOffCandidates.length > 0 ? (
          <fieldset className="bank-fieldset bank-writeoff">
            <legend>{t('split.writeOff.title', { max: money(THRESHOLD) })}</legend>
            <label className="check">
              <input type="radio" name="writeoff" checked={!writeOffCandidate} onChange={() => setWriteOffId('')} />
              <span>{t('split.writeOff.none')}</span>
            </label>
            {figures.writeOffCandidates.map((c) => (
              <label key={c.invoiceId} className="check">
                <input type="radio" name="writeoff" checked={writeOffId === c.invoiceId} onChange={() => setWriteOffId(c.invoiceId)} data-testid={`bank-split-writeoff-${c.fullNumber}`} />
                <span>{t('split.writeOff.option', { number: c.fullNumber, amount: money(c.amount) })}</span>
              </label>
            ))}
            {writeOffCandidate ? (
              <div className="grid-2">
                <Field label={t('split.writeOff.reason')}>
                  <select value={writeOffReason} onChange={(e) => setWriteOffReason(e.target.value as 'bankCharges' | 'other')}>
                    <option value="bankCharges">{t('bank:match.writeOffReasons.bankCharges')}</option>
                    <option value="other">{t('split.writeOff.other')}</option>
                  </select>
                </Field>
                {writeOffReason === 'other' ? (
                  <Field label={t('split.writeOff.text')}>
                    <input value={writeOffText} onChange={(e) => setWriteOffText(e.target.value)} data-testid="bank-split-writeoff-text" />
                  </Field>
                ) : null}
              </div>
            ) : null}
          </fieldset>
        ) : null}
      </div>
    </Dialog>
  )
}
