import type { ReactNode } from 'react'

/** A titled block of Today with its count; the paused one starts collapsed. */
export function TodaySection({ id, title, hint, count, collapsed = false, children }: { id: string; title: ReactNode; hint?: ReactNode; count: number; collapsed?: boolean; children: ReactNode }) {
  if (count === 0) return null
  const head = (
    <>
      <h2>{title}</h2>
      <span className="q-count" data-testid={`today-count-${id}`}>
        {count}
      </span>
      {hint ? <span className="muted q-hint">{hint}</span> : null}
    </>
  )
  if (collapsed) {
    return (
      <details className="card q-section" data-testid={`today-section-${id}`}>
        <summary className="q-section-head">{head}</summary>
        <ul className="q-list">{children}</ul>
      </details>
    )
  }
  return (
    <section className="card q-section" data-testid={`today-section-${id}`}>
      <div className="q-section-head">{head}</div>
      <ul className="q-list">{children}</ul>
    </section>
  )
}
