import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { PageHeader } from '../../components/PageHeader'
import { Badge } from '../../components/StatusBadge'
import { VirtualTable, type Column } from '../../components/VirtualTable'
import { useFormat } from '../../lib/format'
import { VAT_RATES } from '../../domain/tax'
import type { Product } from '../../domain/types'
import { useCompany } from '../settings/hooks'
import { useDebouncedValue } from '../customers/useDebouncedValue'
import { useProductList } from './hooks'
import { ProductDialog } from './ProductDialog'
import '../settings/forms/forms.css'
import './products.css'

const PAGE = 100

/** The product catalog: search, add and edit (price, unit, VAT rate of the company's country, active). */
export function ProductsPage() {
  const { t } = useTranslation('products')
  const fmt = useFormat()
  const company = useCompany()
  const [search, setSearch] = useState('')
  const query = useDebouncedValue(search, 150)
  const [limit, setLimit] = useState(PAGE)
  const rows = useProductList(query, limit)
  const [editing, setEditing] = useState<Product | null | 'new'>(null)
  const vatRates = VAT_RATES[company?.country ?? 'ES']

  const columns: Column<Product>[] = [
    { key: 'code', header: t('fields.code'), width: '110px', render: (p) => <span className="code">{p.code}</span> },
    { key: 'name', header: t('fields.name'), width: 'minmax(240px, 3fr)', render: (p) => <span className={p.active ? 'strong' : 'muted'}>{p.name}</span> },
    { key: 'unit', header: t('fields.unit'), width: '90px', render: (p) => p.unit },
    { key: 'price', header: t('fields.unitPrice'), width: '130px', align: 'right', render: (p) => fmt.money(p.unitPrice) },
    { key: 'vat', header: t('fields.vatRate'), width: '90px', align: 'right', render: (p) => fmt.percent(p.vatRate) },
    {
      key: 'active',
      header: t('fields.active'),
      width: '110px',
      align: 'center',
      render: (p) => (p.active ? <Badge tone="good">{t('active')}</Badge> : <Badge>{t('inactive')}</Badge>),
    },
  ]

  return (
    <div className="products-page">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button variant="primary" onClick={() => setEditing('new')} data-testid="products-new">
            {t('new')}
          </Button>
        }
      />
      <div className="toolbar">
        <input
          type="search"
          className="search-input"
          placeholder={t('searchPlaceholder')}
          aria-label={t('common:actions.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value)
            setLimit(PAGE)
          }}
          data-testid="products-search"
        />
      </div>
      <VirtualTable
        rows={rows ?? []}
        columns={columns}
        rowKey={(p) => p.id}
        onRowClick={(p) => setEditing(p)}
        onEndReached={() => {
          if (rows && rows.length >= limit) setLimit((n) => n + PAGE)
        }}
        label={t('title')}
        empty={rows === undefined ? t('common:app.loading') : query.trim() ? t('noMatch', { query: query.trim() }) : t('empty')}
      />
      {editing !== null ? <ProductDialog product={editing === 'new' ? null : editing} vatRates={vatRates} onClose={() => setEditing(null)} /> : null}
    </div>
  )
}
