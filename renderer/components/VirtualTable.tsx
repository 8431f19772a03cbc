import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type ReactNode } from 'react'

export interface Column<T> {
  key: string
  header: ReactNode
  /** CSS grid track, e.g. '1fr' or '120px'. */
  width: string
  align?: 'left' | 'right' | 'center'
  render: (row: T) => ReactNode
}

export interface VirtualTableProps<T> {
  rows: T[]
  columns: Column<T>[]
  rowKey: (row: T) => string
  onRowClick?: (row: T) => void
  /** Called when the last rendered row is near the end: load the next key page. */
  onEndReached?: () => void
  height?: number | string
  rowHeight?: number
  label: string
  empty?: ReactNode
}

/** A table that renders only the visible rows (lists of any length stay fast). */
export function VirtualTable<T>({ rows, columns, rowKey, onRowClick, onEndReached, height = '100%', rowHeight = 40, label, empty }: VirtualTableProps<T>) {
  const parentRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => parentRef.current, estimateSize: () => rowHeight, overscan: 10 })
  const items = virtualizer.getVirtualItems()
  const template = columns.map((c) => c.width).join(' ')
  const last = items[items.length - 1]
  useEffect(() => {
    if (onEndReached && last && last.index >= rows.length - 5) onEndReached()
  }, [last, rows.length, onEndReached])

  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={rows.length}>
      <div className="vtable-head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <div key={c.key} role="columnheader" className={`vtable-cell align-${c.align ?? 'left'}`}>
            {c.header}
          </div>
        ))}
      </div>
      {rows.length === 0 && empty ? <div className="vtable-empty">{empty}</div> : null}
      <div ref={parentRef} className="vtable-scroll" style={{ height }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index] as T
            return (
              <div
                key={rowKey(row)}
                role="row"
                className={`vtable-row ${onRowClick ? 'is-clickable' : ''} ${item.index % 2 ? 'is-odd' : ''}`}
                style={{ gridTemplateColumns: template, height: item.size, transform: `translateY(${item.start}px)` }}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
                onKeyDown={onRowClick ? (e) => (e.key === 'Enter' ? onRowClick(row) : undefined) : undefined}
                tabIndex={onRowClick ? 0 : undefined}
              >
                {columns.map((c) => (
                  <div key={c.key} role="cell" className={`vtable-cell align-${c.align ?? 'left'}`}>
                    {c.render(row)}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
