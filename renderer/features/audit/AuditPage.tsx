import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, EmptyState } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { PageHeader } from '../../components/PageHeader'
import type { AuditFilter } from '../../db/repos/auditLog'
import type { AuditEntry } from '../../domain/types'
import { errorMessage } from '../../lib/errors'
import { useFormat } from '../../lib/format'
import { AuditEntryRow } from './AuditEntryRow'
import { AUDIT_ENTITIES, useAuditPages, useVerifyAudit } from './hooks'
import './audit.css'

function HeadResult({ head }: { head: ReturnType<typeof useVerifyAudit>['head'] }) {
  const { t, i18n } = useTranslation('audit')
  if (!head || head.ok) return null
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(head.backupAt))
  return (
    <div data-testid="audit-head-result">
      <Alert tone="error" title={t(`verify.head.${head.reason}`, { id: head.id })}>
        {t('verify.head.explain', { when })}
      </Alert>
    </div>
  )
}

function VerifyResult({ result }: { result: ReturnType<typeof useVerifyAudit>['result'] }) {
  const { t } = useTranslation('audit')
  if (!result) return null
  const unsealed = result.unsealed > 0 ? t('verify.unsealed', { count: result.unsealed }) : null
  return (
    <div data-testid="audit-verify-result" data-ok={result.ok ? 'true' : 'false'}>
      {result.ok ? (
        <Alert tone="success" title={t('verify.ok', { count: result.checked })}>
          {unsealed}
        </Alert>
      ) : (
        <Alert tone="error" title={t('verify.broken', { id: result.firstBrokenId })}>
          {t(`verify.reason.${result.reason}`)} {t('verify.checkedBefore', { count: result.checked })} {unsealed}
        </Alert>
      )}
    </div>
  )
}

/** The audit trail: who changed what and when, filtered and paged newest first, and the integrity check. */
export function AuditPage() {
  const { t } = useTranslation('audit')
  const fmt = useFormat()
  const [filter, setFilter] = useState<AuditFilter>({})
  const { rows, complete, loadMore } = useAuditPages(filter)
  const verify = useVerifyAudit()
  const brokenId = verify.result && !verify.result.ok ? verify.result.firstBrokenId : null
  const set = (patch: Partial<AuditFilter>) => {
    const next: AuditFilter = { ...filter, ...patch }
    for (const k of Object.keys(next) as Array<keyof AuditFilter>) if (!next[k]) delete next[k]
    setFilter(next)
  }
  return (
    <div className="audit-page">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button variant="primary" data-testid="audit-verify" busy={verify.busy} onClick={() => void verify.run()}>
            {t('verify.button')}
          </Button>
        }
      />
      <VerifyResult result={verify.result} />
      <HeadResult head={verify.head} />
      {verify.error ? <Alert tone="error">{errorMessage(t, verify.error)}</Alert> : null}
      <div className="card audit-filters">
        <Field label={t('filter.entity')}>
          <select data-testid="audit-filter-entity" value={filter.entity ?? ''} onChange={(e) => set({ entity: (e.target.value || undefined) as AuditEntry['entity'] | undefined })}>
            <option value="">{t('filter.all')}</option>
            {AUDIT_ENTITIES.map((en) => (
              <option key={en} value={en}>
                {t(`entities.${en}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('filter.user')}>
          <input data-testid="audit-filter-user" value={filter.user ?? ''} onChange={(e) => set({ user: e.target.value.trim() })} />
        </Field>
        <Field label={t('filter.from')}>
          <input type="date" data-testid="audit-filter-from" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value })} />
        </Field>
        <Field label={t('filter.to')}>
          <input type="date" data-testid="audit-filter-to" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value })} />
        </Field>
        <Field label={t('filter.record')} hint={t('filter.recordHint')}>
          <input data-testid="audit-filter-record" value={filter.entityId ?? ''} onChange={(e) => set({ entityId: e.target.value.trim() })} />
        </Field>
      </div>
      <div className="card audit-list">
        {rows && rows.length === 0 ? (
          <EmptyState>{t('empty')}</EmptyState>
        ) : (
          <table className="table" aria-label={t('title')}>
            <thead>
              <tr>
                <th className="num">{t('col.id')}</th>
                <th>{t('col.at')}</th>
                <th>{t('col.user')}</th>
                <th>{t('col.action')}</th>
                <th>{t('col.entity')}</th>
                <th className="num">{t('col.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {(rows ?? []).map((e) => (
                <AuditEntryRow key={e.id} entry={e} fmt={fmt} broken={e.id === brokenId} />
              ))}
            </tbody>
          </table>
        )}
        {rows === undefined ? <p className="muted">{t('common:app.loading')}</p> : null}
        {!complete ? (
          <div className="audit-more">
            <Button data-testid="audit-load-more" onClick={loadMore}>
              {t('common:actions.loadMore')}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  )
}
