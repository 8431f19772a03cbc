import { Fragment, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/Button'
import type { RowNeeds, TodayRows } from '../../../db/repos/collections/todayRows'
import type { WorkQueueItem } from '../../../domain/collections/queue'
import type { IsoDate } from '../../../domain/types'
import { TODAY_PAGE } from './sections'
import { usePageRows } from './useTodayRows'
import './today.css'

interface SectionProps {
  id: string
  title: ReactNode
  hint?: ReactNode
  /** Every item of the section (the count says how many); rows are rendered a page at a time. */
  items: readonly WorkQueueItem[]
  date: IsoDate
  /** What the rows show besides the item (what is read for them). */
  needs: RowNeeds
  /** The paused section starts collapsed, and reads its rows only once opened. */
  collapsed?: boolean
  pageSize?: number
  /** One row (an <li>) of an item, with the data read for its page. */
  row: (item: WorkQueueItem, rows: TodayRows) => ReactNode
}

/** A titled block of Today with its count and its first rows; "Show more" adds the next page. */
export function TodaySection(props: SectionProps) {
  if (props.items.length === 0) return null
  return <SectionBody {...props} />
}

function SectionBody({ id, title, hint, items, date, needs, collapsed = false, pageSize = TODAY_PAGE, row }: SectionProps) {
  const [limit, setLimit] = useState(pageSize)
  // A collapsed section reads nothing until it is first opened.
  const [opened, setOpened] = useState(!collapsed)
  const shown = opened ? Math.min(limit, items.length) : 0
  // One page per component: "Show more" reads the next page only, the pages shown stay as they are.
  const pages: Array<readonly WorkQueueItem[]> = []
  for (let start = 0; start < shown; start += pageSize) pages.push(items.slice(start, Math.min(start + pageSize, shown)))
  const head = (
    <>
      <h2>{title}</h2>
      <span className="q-count" data-testid={`today-count-${id}`}>
        {items.length}
      </span>
      {hint ? <span className="muted q-hint">{hint}</span> : null}
    </>
  )
  const body = (
    <>
      <ul className="q-list">
        {pages.map((page, k) => (
          <PageRows key={k} items={page} date={date} needs={needs} row={row} />
        ))}
      </ul>
      {shown > 0 && shown < items.length ? (
        <MoreRows id={id} shown={shown} total={items.length} next={Math.min(pageSize, items.length - shown)} onMore={() => setLimit(shown + pageSize)} />
      ) : null}
    </>
  )
  if (collapsed) {
    return (
      <details className="card q-section" data-testid={`today-section-${id}`} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary className="q-section-head">{head}</summary>
        {body}
      </details>
    )
  }
  return (
    <section className="card q-section" data-testid={`today-section-${id}`}>
      <div className="q-section-head">{head}</div>
      {body}
    </section>
  )
}

/** One page of rows, shown once its data is read. */
function PageRows({ items, date, needs, row }: { items: readonly WorkQueueItem[]; date: IsoDate; needs: RowNeeds; row: SectionProps['row'] }) {
  const rows = usePageRows(items, date, needs)
  if (!rows) return null
  return items.map((item) => <Fragment key={item.customerId}>{row(item, rows)}</Fragment>)
}

/** "Showing 20 of 1,077" and the button that shows the next page. */
function MoreRows({ id, shown, total, next, onMore }: { id: string; shown: number; total: number; next: number; onMore: () => void }) {
  const { t } = useTranslation('collections')
  return (
    <div className="q-more">
      <span className="muted" data-testid={`today-shown-${id}`}>
        {t('today.shown', { shown, total })}
      </span>
      <Button onClick={onMore} data-testid={`today-more-${id}`}>
        {t('today.showMore', { n: next, count: total - shown })}
      </Button>
    </div>
  )
}
