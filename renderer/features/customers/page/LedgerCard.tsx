import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { Button } from '../../../components/Button'
import { Card } from '../../../components/Card'
import { VirtualTable, type Column } from '../../../components/VirtualTable'
import { customerStatementModel } from '../../../db/repos/reports/exports'
import type { LedgerRow } from '../../../db/repos/statement'
import type { StatementPage } from '../../../db/repos/statementPage'
import { cobro, hasBridge } from '../../../lib/bridge'
import { ctx, today } from '../../../lib/ctx'
import { errorMessage } from '../../../lib/errors'
import { useFormat } from '../../../lib/format'
import { useToasts } from '../../../stores/toasts'
import { useCompany } from '../../settings/hooks'
import { StatementXlsxButton } from '../../reports/exports/StatementXlsxButton'
import type { Statement } from '../hooks'

function documentHref(row: LedgerRow): string | null {
  if (row.kind === 'invoice') return `#/invoices/${row.documentId}`
  if (row.kind === 'creditNote') return `#/credit-notes/${row.documentId}`
  return null
}

/**
 * Period picker (default: 1 January of the current year to today), "Export statement PDF" and the same statement as
 * an Excel sheet: builds the customer's statement for the period (ledger, opening balance, aging as of the period
 * end) and has main save it in the customer's language through a save dialog.
 */
function StatementExport({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers')
  const company = useCompany()
  const [to, setTo] = useState(() => today())
  const [from, setFrom] = useState(() => `${today().slice(0, 4)}-01-01`)
  const [busy, setBusy] = useState(false)
  const validPeriod = from !== '' && to !== '' && from <= to

  async function exportPdf() {
    const toasts = useToasts.getState()
    if (!hasBridge()) {
      toasts.push('error', t('common:errors.bridgeUnavailable'))
      return
    }
    if (!company || !validPeriod) return
    setBusy(true)
    try {
      const statement = await customerStatementModel(ctx, company, customerId, { from, to })
      if (!statement) return
      const result = await cobro().saveStatementPdf({ statement, company, mode: 'ask', open: false })
      if (result.status === 'saved') toasts.push('success', t('statement.saved', { path: result.path }))
    } catch (err) {
      toasts.push('error', errorMessage(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="statement-export" style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
      <label className="field">
        <span className="small">{t('statement.from')}</span>
        <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} data-testid="customer-statement-from" />
      </label>
      <label className="field">
        <span className="small">{t('statement.to')}</span>
        <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} data-testid="customer-statement-to" />
      </label>
      <Button busy={busy} disabled={!validPeriod || !company} onClick={() => void exportPdf()} data-testid="customer-statement-pdf">
        {t('statement.exportPdf')}
      </Button>
      <StatementXlsxButton customerId={customerId} from={from} to={to} disabled={!validPeriod} />
    </div>
  )
}

/** The row closing the rows read so far: the balance before them (the earlier movements are not read yet). */
function broughtForward(page: StatementPage): LedgerRow | null {
  const first = page.rows[0]
  if (!first || (page.next === null && page.opening === 0)) return null
  return { date: first.date, kind: 'opening', documentId: '', reference: '', dueDate: '', debit: 0, credit: 0, balance: page.opening }
}

/**
 * Statement-style history, newest first: invoices (debit), credit notes, payments and discounts (credit), running
 * balance. Only the latest movements are read; earlier ones come a key page at a time (the button under the table),
 * the balance before them shown as the last row.
 */
export function LedgerCard({ statement, customerId }: { statement: Statement; customerId?: string }) {
  const { t } = useTranslation('customers')
  const params = useParams()
  const id = customerId ?? params.id ?? ''
  const fmt = useFormat()
  const { page, loadEarlier, loadingEarlier } = statement
  const newestFirst = useMemo(() => {
    if (!page) return []
    const opening = broughtForward(page)
    return [...page.rows].reverse().concat(opening ? [opening] : [])
  }, [page])
  const amount = (c: number) => (c ? fmt.money(c) : '')
  const columns: Column<LedgerRow>[] = [
    { key: 'date', header: t('ledger.date'), width: '110px', render: (r) => fmt.date(r.date) },
    {
      key: 'document',
      header: t('ledger.document'),
      width: 'minmax(200px, 2fr)',
      render: (r) => {
        if (r.kind === 'opening') return <span className="muted">{t('ledger.broughtForward')}</span>
        const href = documentHref(r)
        return (
          <span>
            <span className="muted">{t(`ledger.kinds.${r.kind}`)}</span>{' '}
            {href ? <a href={href}>{r.reference}</a> : r.reference}
          </span>
        )
      },
    },
    { key: 'due', header: t('ledger.dueDate'), width: '110px', render: (r) => fmt.date(r.dueDate) },
    { key: 'debit', header: t('ledger.debit'), width: '120px', align: 'right', render: (r) => amount(r.debit) },
    { key: 'credit', header: t('ledger.credit'), width: '120px', align: 'right', render: (r) => amount(r.credit) },
    { key: 'balance', header: t('ledger.balance'), width: '130px', align: 'right', render: (r) => <strong>{fmt.money(r.balance)}</strong> },
  ]
  const first = page?.rows[0]
  return (
    <Card title={t('ledger.title')} actions={<span className="muted small">{t('ledger.newestFirst')}</span>}>
      {id ? <StatementExport customerId={id} /> : null}
      <div className="ledger-table" data-testid="customer-ledger">
        <VirtualTable
          rows={newestFirst}
          columns={columns}
          rowKey={(r) => `${r.kind}-${r.documentId}-${r.reference}-${r.date}`}
          height={Math.min(360, Math.max(80, newestFirst.length * 36))}
          rowHeight={36}
          label={t('ledger.title')}
          empty={page === undefined ? t('common:app.loading') : t('ledger.empty')}
        />
      </div>
      {page?.next && first ? (
        <div className="ledger-more" data-testid="customer-ledger-more">
          <span className="muted small">{t('ledger.since', { date: fmt.date(first.date) })}</span>
          <Button onClick={loadEarlier} busy={loadingEarlier} data-testid="customer-ledger-earlier">
            {t('ledger.loadEarlier')}
          </Button>
        </div>
      ) : null}
    </Card>
  )
}
