import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { Button } from '../../components/Button'
import { PageHeader } from '../../components/PageHeader'
import { StatusBadge } from '../../components/StatusBadge'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { invoiceStatus } from '../../domain/invoiceStatus'
import type { Invoice, InvoiceStatus } from '../../domain/types'
import { today } from '../../lib/ctx'
import { useFormat } from '../../lib/format'
import { useInvoicePages, useStatusCounts, type StatusFilter } from './hooks'
import { UnreportedBanner } from '../efactura/UnreportedBanner'
import '../efactura/efactura.css'
import { useCompany } from '../settings/hooks'
import './invoices.css'

const FILTERS: StatusFilter[] = ['all', 'draft', 'open', 'overdue', 'partiallyPaid', 'paid', 'credited', 'cancelled']

function isFilter(s: string | null): s is StatusFilter {
  return s !== null && (FILTERS as string[]).includes(s)
}

/** Every invoice, newest first, filtered by status and searched by number, customer, tax id or PO. */
export function InvoicesPage() {
  const { t } = useTranslation('invoices')
  const company = useCompany()
  const fmt = useFormat()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const statusParam = params.get('status')
  const status: StatusFilter = isFilter(statusParam) ? statusParam : 'all'
  const [searchText, setSearchText] = useState(params.get('q') ?? '')
  const [search, setSearch] = useState(searchText)
  const asOf = today()

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText), 250)
    return () => clearTimeout(timer)
  }, [searchText])

  const { rows, loadMore } = useInvoicePages({ status, search, asOf })
  const counts = useStatusCounts(asOf)
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined

  function setFilter(next: StatusFilter) {
    const p = new URLSearchParams(params)
    if (next === 'all') p.delete('status')
    else p.set('status', next)
    setParams(p, { replace: true })
  }

  const columns: Column<Invoice>[] = [
    {
      key: 'number',
      header: t('list.number'),
      width: '150px',
      render: (inv) => (inv.lifecycle === 'draft' ? <span className="muted">{t('list.draft')}</span> : <strong>{inv.fullNumber}</strong>),
    },
    { key: 'customer', header: t('list.customer'), width: 'minmax(180px, 2fr)', render: (inv) => inv.customer.legalName },
    { key: 'issueDate', header: t('list.issueDate'), width: '110px', render: (inv) => fmt.date(inv.issueDate) },
    { key: 'dueDate', header: t('list.dueDate'), width: '110px', render: (inv) => fmt.date(inv.dueDate) },
    { key: 'total', header: t('list.total'), width: '130px', align: 'right', render: (inv) => fmt.money(inv.totals.total, inv.currency) },
    {
      key: 'open',
      header: t('list.openAmount'),
      width: '130px',
      align: 'right',
      render: (inv) => (inv.lifecycle === 'draft' ? '' : fmt.money(inv.openAmount, inv.currency)),
    },
    { key: 'status', header: t('list.status'), width: '150px', render: (inv) => <StatusBadge status={invoiceStatus(inv, asOf)} /> },
  ]

  return (
    <div className="inv-page inv-page-fill">
      <PageHeader
        title={t('list.title')}
        subtitle={total !== undefined ? t('list.subtitle', { count: total }) : undefined}
        actions={
          <Button variant="primary" data-testid="invoices-new" onClick={() => void navigate('/invoices/new')}>
            {t('list.new')}
          </Button>
        }
      />
      {company?.country === 'RO' ? <UnreportedBanner /> : null}
      <div className="toolbar invoice-toolbar">
        <div className="filter-tabs" role="tablist" aria-label={t('list.filterLabel')}>
          {FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              role="tab"
              aria-selected={status === f}
              className={`filter-tab ${status === f ? 'is-active' : ''}`}
              data-testid={`invoices-filter-${f}`}
              onClick={() => setFilter(f)}
            >
              {f === 'all' ? t('list.all') : t(`common:status.${f}`)}
              {counts ? <span className="filter-count">{f === 'all' ? total : counts[f as InvoiceStatus]}</span> : null}
            </button>
          ))}
        </div>
        <input
          type="search"
          className="invoice-search"
          placeholder={t('list.searchPlaceholder')}
          aria-label={t('list.searchPlaceholder')}
          data-testid="invoices-search"
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value)
            const p = new URLSearchParams(params)
            if (e.target.value) p.set('q', e.target.value)
            else p.delete('q')
            setParams(p, { replace: true })
          }}
        />
      </div>
      <VirtualTable
        label={t('list.title')}
        rows={rows ?? []}
        columns={columns}
        rowKey={(inv) => inv.id}
        onRowClick={(inv) => void navigate(`/invoices/${inv.id}`)}
        onEndReached={loadMore}
        height="calc(100vh - 230px)"
        empty={rows === undefined ? t('common:app.loading') : search ? t('list.noMatch') : t('list.empty')}
      />
    </div>
  )
}
