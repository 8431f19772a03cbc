import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { PageHeader } from '../../components/PageHeader'
import { Badge } from '../../components/StatusBadge'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useFormat } from '../../lib/format'
import type { Customer } from '../../domain/types'
import { useCustomerList } from './hooks'
import { OverdueAmount } from './OverdueAmount'
import { useDebouncedValue } from './useDebouncedValue'
import './customers.css'

/** All customers: indexed prefix search, key-paged list, balance and what is overdue per visible row. */
export function CustomersPage() {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const navigate = useNavigate()
  const [search, setSearch] = useState('')
  const query = useDebouncedValue(search, 150)
  const { rows, loading, loadMore } = useCustomerList(query)

  const columns: Column<Customer>[] = [
    { key: 'code', header: t('list.code'), width: '90px', render: (c) => <span className="code">{c.code}</span> },
    {
      key: 'name',
      header: t('list.name'),
      width: 'minmax(220px, 2.4fr)',
      render: (c) => (
        <div className="name-cell">
          <span className="name-main">{c.legalName}</span>
          {c.tradeName && c.tradeName !== c.legalName ? <span className="name-sub">{c.tradeName}</span> : null}
        </div>
      ),
    },
    { key: 'taxId', header: t('list.taxId'), width: '140px', render: (c) => c.taxId },
    { key: 'city', header: t('list.city'), width: 'minmax(100px, 1fr)', render: (c) => c.address.city },
    {
      key: 'balance',
      header: t('list.balance'),
      width: '130px',
      align: 'right',
      render: (c) => <span className={c.balance < 0 ? 'amount-credit' : ''}>{fmt.money(c.balance)}</span>,
    },
    { key: 'overdue', header: t('list.overdue'), width: '130px', align: 'right', render: (c) => <OverdueAmount customerId={c.id} /> },
    {
      key: 'creditLimit',
      header: t('list.creditLimit'),
      width: '150px',
      align: 'right',
      render: (c) =>
        c.creditLimit === null ? (
          <span className="muted">{t('list.noLimit')}</span>
        ) : c.balance > c.creditLimit ? (
          <Badge tone="bad">{fmt.money(c.creditLimit)}</Badge>
        ) : (
          fmt.money(c.creditLimit)
        ),
    },
  ]

  return (
    <div className="customers-page">
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          <Button variant="primary" onClick={() => navigate('/customers/new')} data-testid="customers-new">
            {t('list.new')}
          </Button>
        }
      />
      <div className="toolbar">
        <input
          type="search"
          className="search-input"
          placeholder={t('list.searchPlaceholder')}
          aria-label={t('common:actions.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="customers-search"
          autoFocus
        />
      </div>
      <VirtualTable
        rows={rows}
        columns={columns}
        rowKey={(c) => c.id}
        onRowClick={(c) => navigate(`/customers/${c.id}`)}
        onEndReached={loadMore}
        rowHeight={48}
        height="100%"
        label={t('list.title')}
        empty={loading ? t('common:app.loading') : query.trim() ? t('list.noMatch', { query: query.trim() }) : t('list.empty')}
      />
    </div>
  )
}
