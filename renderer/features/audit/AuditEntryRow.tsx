import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AuditEntry } from '../../domain/types'
import type { Formatters } from '../../lib/format'
import { changedFields, entityLabel, entityLink, type FieldChange } from './diff'

const COLUMNS = 6

function formatValue(v: unknown, c: FieldChange, fmt: Formatters, yes: string, no: string): string {
  if (v === undefined || v === null || v === '') return '—'
  if (c.money && typeof v === 'number') return fmt.money(v)
  if (c.percent && typeof v === 'number') return fmt.percent(v)
  if (typeof v === 'boolean') return v ? yes : no
  if (typeof v === 'number') return fmt.number(v)
  if (typeof v === 'string') return v
  const text = JSON.stringify(v)
  return text.length > 140 ? `${text.slice(0, 139)}…` : text
}

function DiffTable({ changes, fmt }: { changes: FieldChange[]; fmt: Formatters }) {
  const { t } = useTranslation('audit')
  const show = (v: unknown, c: FieldChange) => formatValue(v, c, fmt, t('values.yes'), t('values.no'))
  if (changes.length === 0) return <p className="muted">{t('diff.none')}</p>
  return (
    <table className="table audit-diff">
      <thead>
        <tr>
          <th>{t('diff.field')}</th>
          <th>{t('diff.before')}</th>
          <th>{t('diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path} data-field={c.path}>
            <td className="audit-field">{t(`fields.${c.path.replace(/\./g, '_')}`, { defaultValue: c.path })}</td>
            <td className="audit-before">{show(c.before, c)}</td>
            <td className="audit-after">{show(c.after, c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** One audit entry: when, who, what, on which record; the changed fields open underneath. */
export function AuditEntryRow({ entry, fmt, broken }: { entry: AuditEntry; fmt: Formatters; broken: boolean }) {
  const { t } = useTranslation('audit')
  const [open, setOpen] = useState(false)
  const id = entry.id ?? 0
  const link = entityLink(entry)
  const label = entityLabel(entry)
  const when = new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(entry.at))
  return (
    <>
      <tr data-testid={`audit-row-${id}`} className={broken ? 'audit-broken' : undefined}>
        <td className="muted num">{id}</td>
        <td>{when}</td>
        {/* Before passwords are turned on everyone works as the owner, logged as 'owner'. */}
        <td>{entry.user === 'owner' ? t('users:roles.owner') : entry.user}</td>
        <td>
          <span className={`badge audit-action-${entry.action}`}>{t(`actions.${entry.action}`)}</span>
        </td>
        <td>
          <span className="muted">{t(`entities.${entry.entity}`)}</span> {link ? <Link to={link}>{label}</Link> : label}
        </td>
        <td className="num">
          <button type="button" className="btn btn-ghost audit-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('diff.hide') : t('diff.show')}
          </button>
        </td>
      </tr>
      {open ? (
        <tr className="audit-detail" data-testid={`audit-detail-${id}`}>
          <td colSpan={COLUMNS}>
            <DiffTable changes={changedFields(entry)} fmt={fmt} />
          </td>
        </tr>
      ) : null}
    </>
  )
}
