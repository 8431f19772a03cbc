import { Fragment, useMemo, useState } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../lib/format'
import type { AgingCustomerRow, AgingReport } from '../../domain/reports/aging'

export type AgingSort = 'total' | 'name'

/** The customer rows in the order the table shows them (the Excel export keeps it). */
export function sortAgingRows(rows: readonly AgingCustomerRow[], sort: AgingSort, locale: string): AgingCustomerRow[] {
  const byName = (a: AgingCustomerRow, b: AgingCustomerRow) => a.name.localeCompare(b.name, locale)
  return [...rows].sort(sort === 'total' ? (a, b) => b.total - a.total || byName(a, b) : byName)
}

/** Customers with what they owe per bucket; a row opens to the invoices behind it. */
export function AgingTable({ report, labels, sort }: { report: AgingReport; labels: string[]; sort: AgingSort }) {
  const { t } = useTranslation('reports')
  const fmt = useFormat()
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const rows = useMemo(() => sortAgingRows(report.rows, sort, fmt.locale), [report.rows, sort, fmt.locale])
  const columns = labels.length + 4
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  return (
    <div className="aging-table-wrap">
      <table className="table aging-table" data-testid="aging-table">
        <thead>
          <tr>
            <th className="aging-expand-col" aria-label={t('aging.table.details')} />
            <th>{t('aging.table.customer')}</th>
            {labels.map((label, i) => (
              <th key={i} className="num">
                {label}
              </th>
            ))}
            <th className="num">{t('aging.table.total')}</th>
            <th className="num">{t('aging.table.oldest')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isOpen = open.has(row.customerId)
            return (
              <Fragment key={row.customerId}>
                <tr className={`is-clickable ${isOpen ? 'is-open' : ''}`} onClick={() => toggle(row.customerId)} data-testid={`aging-row-${row.customerId}`}>
                  <td className="aging-expand-col">
                    <button
                      type="button"
                      className="aging-expand"
                      aria-expanded={isOpen}
                      aria-label={isOpen ? t('aging.table.collapse', { name: row.name }) : t('aging.table.expand', { name: row.name })}
                      onClick={(e) => {
                        e.stopPropagation()
                        toggle(row.customerId)
                      }}
                      data-testid={`aging-expand-${row.customerId}`}
                    >
                      {isOpen ? '▾' : '▸'}
                    </button>
                  </td>
                  <td className="aging-name">
                    <Link to={`/customers/${row.customerId}`} onClick={(e) => e.stopPropagation()}>
                      {row.name}
                    </Link>
                    <span className="aging-count">{t('aging.table.invoices', { count: row.invoices.length })}</span>
                  </td>
                  {row.buckets.map((amount, i) => (
                    <td key={i} className={`num ${amount === 0 ? 'muted' : ''}`}>
                      {amount === 0 ? '–' : fmt.money(amount)}
                    </td>
                  ))}
                  <td className="num strong" data-testid={`aging-row-total-${row.customerId}`}>
                    {fmt.money(row.total)}
                  </td>
                  <td className={`num ${row.oldestDaysPastDue > 0 ? 'amount-bad' : 'muted'}`}>
                    {row.oldestDaysPastDue > 0 ? t('aging.table.days', { count: row.oldestDaysPastDue }) : t('aging.table.notDue')}
                  </td>
                </tr>
                {isOpen ? (
                  <tr className="aging-detail">
                    <td />
                    <td colSpan={columns - 1}>
                      <InvoiceList row={row} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td className="strong">{t('aging.table.totals')}</td>
            {report.totals.map((amount, i) => (
              <td key={i} className="num strong">
                {fmt.money(amount)}
              </td>
            ))}
            <td className="num strong">{fmt.money(report.grandTotal)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** The open invoices of one customer as of the report date, oldest due first. */
function InvoiceList({ row }: { row: AgingCustomerRow }) {
  const { t } = useTranslation('reports')
  const fmt = useFormat()
  return (
    <table className="table aging-invoices" data-testid={`aging-invoices-${row.customerId}`}>
      <thead>
        <tr>
          <th>{t('aging.invoices.number')}</th>
          <th>{t('aging.invoices.issueDate')}</th>
          <th>{t('aging.invoices.dueDate')}</th>
          <th className="num">{t('aging.invoices.daysPastDue')}</th>
          <th className="num">{t('aging.invoices.open')}</th>
        </tr>
      </thead>
      <tbody>
        {row.invoices.map((inv) => (
          <tr key={inv.invoiceId} data-testid={`aging-invoice-${inv.invoiceId}`}>
            <td>
              <Link to={`/invoices/${inv.invoiceId}`}>{inv.number}</Link>
            </td>
            <td>{fmt.date(inv.issueDate)}</td>
            <td>{fmt.date(inv.dueDate)}</td>
            <td className={`num ${inv.daysPastDue > 0 ? 'amount-bad' : 'muted'}`}>
              {inv.daysPastDue > 0 ? inv.daysPastDue : t('aging.table.notDue')}
            </td>
            <td className="num strong">{fmt.money(inv.open)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
