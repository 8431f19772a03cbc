import type { ReactNode } from 'react'

export function Card({ title, actions, children, className = '' }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`card ${className}`}>
      {title || actions ? (
        <div className="card-header">
          {title ? <h2>{title}</h2> : <span />}
          {actions ? <div className="card-actions">{actions}</div> : null}
        </div>
      ) : null}
      <div className="card-body">{children}</div>
    </section>
  )
}

/** Label / value pairs, e.g. a customer's details. */
export function DetailList({ items }: { items: Array<[ReactNode, ReactNode]> }) {
  return (
    <dl className="detail-list">
      {items.map(([k, v], i) => (
        <div key={i} className="detail-row">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  )
}
