import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '../../../components/Card'
import { VirtualTable, type Column } from '../../../components/VirtualTable'
import { useFormat } from '../../../lib/format'
import type { LedgerRow } from '../../../db/repos/statement'

function documentHref(row: LedgerRow): string | null {
  if (row.kind === 'invoice') return `#/invoices/${row.documentId}`
  if (row.kind === 'creditNote') return `#/credit-notes/${row.documentId}`
  return null
}

/** Statement-style history: invoices (debit), credit notes, payments and discounts (credit), running balance. */
export function LedgerCard({ rows }: { rows: LedgerRow[] | undefined }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const newestFirst = useMemo(() => (rows ? [...rows].reverse() : []), [rows])
  const amount = (c: number) => (c ? fmt.money(c) : '')
  const columns: Column<LedgerRow>[] = [
    { key: 'date', header: t('ledger.date'), width: '110px', render: (r) => fmt.date(r.date) },
    {
      key: 'document',
      header: t('ledger.document'),
      width: 'minmax(200px, 2fr)',
      render: (r) => {
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
  return (
    <Card title={t('ledger.title')} actions={<span className="muted small">{t('ledger.newestFirst')}</span>}>
      <div className="ledger-table" data-testid="customer-ledger">
        <VirtualTable
          rows={newestFirst}
          columns={columns}
          rowKey={(r) => `${r.kind}-${r.documentId}-${r.reference}-${r.date}`}
          height={Math.min(360, Math.max(80, newestFirst.length * 36))}
          rowHeight={36}
          label={t('ledger.title')}
          empty={rows === undefined ? t('common:app.loading') : t('ledger.empty')}
        />
      </div>
    </Card>
  )
}
