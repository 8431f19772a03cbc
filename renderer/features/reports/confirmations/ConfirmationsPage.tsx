import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, EmptyState } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Field } from '../../../components/Field'
import { PageHeader } from '../../../components/PageHeader'
import type { ConfirmationRow } from '../../../db/repos/reports/confirmations'
import { parseMoney } from '../../../domain/money'
import { defaultAsOf } from '../../../domain/reports/confirmation'
import { today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { CandidatesTable, isSelectable } from './CandidatesTable'
import { useConfirmationBatch, useConfirmationRows } from './hooks'
import { ReplyDialog } from './ReplyDialog'
import { SentTable } from './SentTable'
import { usePrintConfirmations } from './usePrintConfirmations'
import './confirmations.css'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Balance confirmations (circularización / confirmare de sold): pick the as-of date (default: the end of last month)
 * and an optional minimum, tick customers, print their letters as one PDF (each recorded as sent), then record
 * what each customer answered.
 */
export function ConfirmationsPage() {
  const { t } = useTranslation('confirmations')
  const fmt = useFormat()
  const todayIso = today()
  const [asOf, setAsOf] = useState(() => defaultAsOf(todayIso))
  const [minimumText, setMinimumText] = useState('')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [replyTo, setReplyTo] = useState<ConfirmationRow | null>(null)

  const asOfProblem = !ISO_DATE.test(asOf) ? t('page.asOfInvalid') : asOf > todayIso ? t('page.asOfFuture') : null
  const minimum = minimumText.trim() === '' ? 0 : parseMoney(minimumText, fmt.locale)
  const minimumProblem = minimum === null || minimum < 0 ? t('page.minimumInvalid') : null
  const { batch, loading, error } = useConfirmationBatch(asOfProblem ? null : asOf, todayIso, minimumProblem ? 0 : (minimum ?? 0))
  const rows = useConfirmationRows(asOfProblem ? null : asOf)
  const { print, busy, ready } = usePrintConfirmations()

  const models = useMemo(() => (batch && batch.asOf === asOf ? batch.models : []), [batch, asOf])
  const sent = useMemo(() => new Map((rows ?? []).map((r) => [r.customerId, r])), [rows])
  const selectable = models.filter((m) => isSelectable(m.customer.id, sent))
  const chosen = models.filter((m) => selected.has(m.customer.id) && isSelectable(m.customer.id, sent))
  const allChosen = selectable.length > 0 && chosen.length === selectable.length
  const chosenTotal = chosen.reduce((s, m) => s + m.balance, 0)

  const onAsOf = (value: string) => {
    setAsOf(value)
    setSelected(new Set())
  }
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const toggleAll = () => setSelected(allChosen ? new Set() : new Set(selectable.map((m) => m.customer.id)))

  async function printSelected() {
    if (await print(chosen)) setSelected(new Set())
  }

  const counts = { sent: 0, agreed: 0, disputed: 0 }
  for (const r of rows ?? []) counts[r.status] += 1

  return (
    <div className="cf-page" data-testid="confirmations-page">
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />

      <div className="card cf-controls">
        <Field label={t('page.asOf')} error={asOfProblem ?? undefined} className="cf-asof-field">
          <input type="date" value={asOf} max={todayIso} onChange={(e) => onAsOf(e.target.value)} data-testid="confirm-asof" />
        </Field>
        <Field label={t('page.minimum')} error={minimumProblem ?? undefined} hint={t('page.minimumHint')} className="cf-minimum-field">
          <input inputMode="decimal" value={minimumText} onChange={(e) => setMinimumText(e.target.value)} data-testid="confirm-minimum" />
        </Field>
      </div>

      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {batch?.method === 'reconstructed' && batch.asOf === asOf ? <Alert tone="info">{t('page.reconstructed', { date: fmt.date(asOf) })}</Alert> : null}

      <section className="card">
        <div className="card-header">
          <h2>{t('list.title', { date: fmt.date(asOf) })}</h2>
          <div className="card-actions">
            <label className="check cf-select-all">
              <input type="checkbox" checked={allChosen} disabled={selectable.length === 0} onChange={toggleAll} data-testid="confirm-select-all" />
              <span>{t('list.selectAll')}</span>
            </label>
            <Button variant="primary" busy={busy} disabled={chosen.length === 0 || !ready} onClick={() => void printSelected()} data-testid="confirm-print">
              {t('list.print', { count: chosen.length })}
            </Button>
          </div>
        </div>
        <div className="card-body">
          {!batch || (loading && models.length === 0) ? (
            <EmptyState>{t('page.loading')}</EmptyState>
          ) : models.length === 0 ? (
            <EmptyState>{t('list.empty', { date: fmt.date(asOf) })}</EmptyState>
          ) : (
            <div className={loading ? 'cf-loading' : ''} aria-busy={loading || undefined}>
              <p className="muted cf-summary" data-testid="confirm-summary">
                {t('list.summary', { count: models.length, selected: chosen.length, total: fmt.money(chosenTotal) })}
              </p>
              <CandidatesTable models={models} sent={sent} selected={selected} onToggle={toggle} />
              <p className="muted cf-small cf-hint">{t('list.printHint')}</p>
            </div>
          )}
        </div>
      </section>

      <section className="card">
        <div className="card-header">
          <h2>{t('sent.title', { date: fmt.date(asOf) })}</h2>
          {rows && rows.length > 0 ? <span className="muted">{t('sent.summary', counts)}</span> : null}
        </div>
        <div className="card-body">
          {!rows || rows.length === 0 ? (
            <EmptyState>{t('sent.empty', { date: fmt.date(asOf) })}</EmptyState>
          ) : (
            <SentTable rows={rows} onReply={setReplyTo} />
          )}
        </div>
      </section>

      {replyTo ? <ReplyDialog record={replyTo} customerName={replyTo.customerName} onClose={() => setReplyTo(null)} /> : null}
    </div>
  )
}
