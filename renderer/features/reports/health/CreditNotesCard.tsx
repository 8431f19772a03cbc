import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/format'
import { CREDIT_NOTE_THRESHOLDS, type CreditNoteSignal } from '../../../domain/reports/health'
import { Facts, MoreRows, SignalCard } from './SignalCard'
import { MonthBars } from './MonthBars'

const ID = 'health-credit-notes'

/** Signal 1: credit notes against what was invoiced, by reason, customer and month, with the notes themselves. */
export function CreditNotesCard({ s }: { s: CreditNoteSignal }) {
  const { t } = useTranslation('health')
  const fmt = useFormat()
  const pct = (bp: number | null) => (bp === null ? '–' : fmt.percent(bp))
  return (
    <SignalCard
      testId={ID}
      title={t('creditNotes.title')}
      level={s.level}
      headline={t('creditNotes.headline', { share: pct(s.shareBp) })}
      sub={t('creditNotes.sub', { count: s.noteCount, amount: fmt.money(s.noteAmount), invoiced: fmt.money(s.invoiceAmount) })}
      figures={
        <Facts
          items={[
            { label: t('creditNotes.invoices'), value: fmt.number(s.invoiceCount) },
            { label: t('creditNotes.notes'), value: fmt.number(s.noteCount), testId: `${ID}-count` },
            { label: t('creditNotes.countShare'), value: pct(s.countShareBp) },
          ]}
        />
      }
      why={t('creditNotes.why')}
      target={t('creditNotes.target', { warn: fmt.percent(CREDIT_NOTE_THRESHOLDS.warnAt) })}
      count={s.noteCount}
    >
      <div className="health-split">
        <div>
          <h3>{t('creditNotes.byReason')}</h3>
          <table className="table health-table">
            <thead>
              <tr>
                <th>{t('col.reason')}</th>
                <th className="num">{t('col.count')}</th>
                <th className="num">{t('col.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byReason.slice(0, 8).map((r) => (
                <tr key={r.reason}>
                  <td className="health-wrap">{r.reason}</td>
                  <td className="num">{r.count}</td>
                  <td className="num">{fmt.money(r.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('creditNotes.byCustomer')}</h3>
          <table className="table health-table">
            <thead>
              <tr>
                <th>{t('col.customer')}</th>
                <th className="num">{t('col.notes')}</th>
                <th className="num">{t('col.amount')}</th>
                <th className="num">{t('col.share')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byCustomer.slice(0, 8).map((c) => (
                <tr key={c.customerId}>
                  <td className="health-wrap">
                    <Link to={`/customers/${c.customerId}`}>{c.customerName}</Link>
                  </td>
                  <td className="num">{c.noteCount}</td>
                  <td className="num">{fmt.money(c.noteAmount)}</td>
                  <td className="num">{pct(c.shareBp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <h3>{t('creditNotes.byMonth')}</h3>
      <MonthBars months={s.byMonth} />
      <h3>{t('creditNotes.list')}</h3>
      <table className="table health-table" data-testid={`${ID}-list`}>
        <thead>
          <tr>
            <th>{t('col.creditNote')}</th>
            <th>{t('col.date')}</th>
            <th>{t('col.invoice')}</th>
            <th>{t('col.customer')}</th>
            <th>{t('col.reason')}</th>
            <th className="num">{t('col.amount')}</th>
          </tr>
        </thead>
        <MoreRows
          rows={s.notes}
          columns={6}
          testId={ID}
          render={(n) => (
            <tr key={n.creditNoteId} data-testid={`${ID}-row-${n.creditNoteId}`}>
              <td>
                <Link to={`/credit-notes/${n.creditNoteId}`}>{n.number}</Link>
              </td>
              <td>{fmt.date(n.issueDate)}</td>
              <td>
                <Link to={`/invoices/${n.invoiceId}`}>{n.invoiceNumber}</Link>
              </td>
              <td className="health-wrap">
                <Link to={`/customers/${n.customerId}`}>{n.customerName}</Link>
              </td>
              <td className="health-wrap muted">{n.reason}</td>
              <td className="num">{fmt.money(n.amount)}</td>
            </tr>
          )}
        />
      </table>
    </SignalCard>
  )
}
