import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLiveQuery } from 'dexie-react-hooks'
import { Alert } from '../../../components/Alert'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { customerInterest, interestTotals, openInvoiceInterest } from '../../../db/repos/collections/interest'
import { halfYearStart } from '../../../domain/collections/rates'
import type { Customer } from '../../../domain/types'
import { ctx, today } from '../../../lib/ctx'
import { useFormat } from '../../../lib/format'
import { useInterestNote } from './useInterestNote'
import './interest.css'

/** "2026 H2" for a half-year's first day. */
function halfYearLabel(t: (k: string, o?: Record<string, unknown>) => string, from: string): string {
  return t('interest.halfYear', { year: from.slice(0, 4), half: from.slice(5, 7) === '07' ? 2 : 1 })
}

/**
 * Late-payment interest and fixed compensation the customer owes: per invoice overdue or paid late, days late,
 * interest at the rate used, compensation, and the total that can be claimed. Warns when a half-year has no rate.
 * Up front only the invoices still unpaid (from the customer's open items); the invoices paid late, which take the
 * whole history to find, are computed when the user asks, and the totals then cover both (as the interest note).
 */
export function InterestCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const asOf = today()
  const [withPaidLate, setWithPaidLate] = useState(false)
  const upFront = useLiveQuery(() => openInvoiceInterest(ctx, customer.id, asOf).catch(() => null), [customer.id, asOf])
  const all = useLiveQuery(
    async () => (withPaidLate ? await customerInterest(ctx, customer.id, asOf).catch(() => null) : undefined),
    [customer.id, asOf, withPaidLate],
  )
  const note = useInterestNote(customer.id, asOf)
  if (upFront === undefined || upFront === null) return null
  if (upFront.rows.length === 0 && upFront.closedInvoices === 0) return null
  const full = withPaidLate && all !== undefined && all !== null
  const rows = full ? all : upFront.rows
  const totals = interestTotals(rows)
  const claimable = totals.claimableInterest + totals.compensation
  const money = (c: number, currency = rows[0]?.currency) => fmt.money(c, currency)
  const outstanding = rows.reduce((s, r) => s + r.outstanding, 0)
  const contractual = customer.contractualRate ?? null
  const rates = [...new Set(rows.map((r) => r.maxRate).filter((r) => r > 0))].sort((a, b) => a - b)
  // Before the paid-late invoices are computed, a note may still have something to claim on them.
  const nothingToClaim = full && claimable === 0
  // What the rows (and totals) cover; with no row, only whether the paid-late invoices are still to be computed.
  const scopeText = rows.length > 0 ? t(full ? 'interest.scopeAll' : 'interest.scopeOpen') : full ? '' : t('interest.paidLateHint')
  const scope = (
    <div className="interest-scope">
      <p className="muted small" data-testid="customer-interest-scope">
        {scopeText}
      </p>
      {upFront.closedInvoices > 0 ? (
        <Button
          className="btn-small"
          busy={withPaidLate && all === undefined}
          onClick={() => setWithPaidLate((v) => !v)}
          aria-pressed={withPaidLate}
          data-testid="customer-interest-paid-late"
        >
          {withPaidLate ? t('interest.hidePaidLate') : t('interest.showPaidLate')}
        </Button>
      ) : null}
    </div>
  )
  if (rows.length === 0) {
    return (
      <Card title={t('interest.title')} className="interest-card">
        <div className="form-section" data-testid="customer-interest">
          <p className="muted">{full ? t('interest.noneLate') : t('interest.noneOpen')}</p>
          {scope}
        </div>
      </Card>
    )
  }
  return (
    <Card title={t('interest.title')} className="interest-card">
      <div className="form-section" data-testid="customer-interest">
        <p className="muted small">
          {contractual !== null
            ? t('interest.contractual', { rate: fmt.percent(contractual) })
            : t('interest.statutory', { rates: rates.map((r) => fmt.percent(r)).join(', ') || fmt.percent(0) })}
        </p>
        {totals.missingRatePeriods.length > 0 ? (
          <Alert tone="warn" title={t('interest.missingTitle')}>
            {t('interest.missing', { periods: totals.missingRatePeriods.map((p) => halfYearLabel(t, halfYearStart(p))).join(', ') })}{' '}
            <Link to="/collections/settings?tab=rates" data-testid="customer-interest-rates">
              {t('interest.addRate')}
            </Link>
          </Alert>
        ) : null}
        {scope}
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('interest.invoice')}</th>
                <th>{t('interest.dueDate')}</th>
                <th className="num">{t('interest.daysLate')}</th>
                <th className="num">{t('interest.outstanding')}</th>
                <th className="num">{t('interest.rate')}</th>
                <th className="num">{t('interest.interest')}</th>
                <th className="num">{t('interest.compensation')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.invoiceId} className={r.open ? '' : 'is-paid-late'}>
                  <td>
                    <Link to={`/invoices/${r.invoiceId}`}>{r.fullNumber}</Link>
                    {!r.open ? <div className="muted small">{t('interest.paidLate')}</div> : null}
                  </td>
                  <td>{fmt.date(r.dueDate)}</td>
                  <td className="num">{r.daysLate}</td>
                  <td className="num">{money(r.outstanding, r.currency)}</td>
                  <td className="num">{r.maxRate > 0 ? fmt.percent(r.maxRate) : '—'}</td>
                  <td className="num">{money(r.claimableInterest, r.currency)}</td>
                  <td className="num">{money(r.compensation, r.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="interest-totals">
          <div>
            <dt>{t('interest.totalInterest')}</dt>
            <dd data-testid="customer-interest-total">{money(totals.claimableInterest)}</dd>
          </div>
          <div>
            <dt>{t('interest.totalCompensation')}</dt>
            <dd>{money(totals.compensation)}</dd>
          </div>
          <div className="is-total">
            <dt>{t('interest.totalClaimable')}</dt>
            <dd data-testid="customer-interest-claimable">{money(claimable)}</dd>
          </div>
          <div>
            <dt>{t('interest.withPrincipal')}</dt>
            <dd>{money(outstanding + claimable)}</dd>
          </div>
        </dl>
        <p className="muted small">{t('interest.basis')}</p>
        <div className="interest-actions">
          <Button
            onClick={() => void note.print()}
            busy={note.busy}
            disabled={nothingToClaim}
            title={nothingToClaim ? t('interest.noteNothing') : undefined}
            data-testid="customer-interest-note"
          >
            {t('interest.noteButton')}
          </Button>
        </div>
      </div>
    </Card>
  )
}
