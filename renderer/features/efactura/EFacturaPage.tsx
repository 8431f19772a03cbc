import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Dialog } from '../../components/Dialog'
import { PageHeader } from '../../components/PageHeader'
import { markExported, unreported } from '../../db/repos/einvoice/reports'
import type { Problem } from '../../domain/einvoice/efactura'
import { cobro } from '../../lib/bridge'
import { ctx } from '../../lib/ctx'
import { useFormat } from '../../lib/format'
import { useAction } from '../../lib/useAction'
import { useToasts } from '../../stores/toasts'
import { useCompany } from '../settings/hooks'
import { planBatch } from './exportBatch'
import { ReportRow } from './ReportRow'
import './efactura.css'

/** Romania: what is not yet reported in e-Factura, most urgent first; XML of the chosen ones into a folder. */
export function EFacturaPage() {
  const { t } = useTranslation('efactura')
  const fmt = useFormat()
  const company = useCompany()
  const rows = useLiveQuery(() => unreported(ctx), [])
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [refused, setRefused] = useState<{ number: string; problems: Problem[] }[]>([])
  const { busy, error, run } = useAction('efactura')
  const chosen = (rows ?? []).filter((r) => selected.has(r.documentId))

  const exportChosen = () =>
    run(async () => {
      if (!company) return
      const plan = await planBatch(ctx, company, chosen)
      setRefused(plan.refused)
      if (plan.files.length === 0) return
      const saved = await cobro().saveXmlBatch({ title: t('page.folderTitle'), files: plan.files.map(({ fileName, xml }) => ({ fileName, xml })) })
      if (saved.status === 'cancelled') return
      await markExported(ctx, plan.files.map((f) => f.documentId))
      setSelected(new Set())
      useToasts.getState().push('success', t('page.exportedTo', { count: saved.paths.length, dir: saved.dir }))
    })

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    setSelected(next)
  }

  return (
    <div className="efactura-page">
      <PageHeader
        title={t('page.title')}
        subtitle={t('page.subtitle')}
        actions={
          <Button variant="primary" busy={busy} disabled={chosen.length === 0} onClick={() => void exportChosen()} data-testid="efactura-export">
            {t('page.export', { count: chosen.length })}
          </Button>
        }
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Card title={t('page.listTitle', { count: rows?.length ?? 0 })}>
        {rows && rows.length > 0 ? (
          <table className="table" data-testid="efactura-list">
            <thead>
              <tr>
                <th>
                  <input type="checkbox" checked={chosen.length === rows.length} onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.documentId)) : new Set())} aria-label={t('page.selectAll')} data-testid="efactura-select-all" />
                </th>
                <th>{t('page.number')}</th>
                <th>{t('page.customer')}</th>
                <th>{t('page.issued')}</th>
                <th>{t('page.deadline')}</th>
                <th>{t('page.state')}</th>
                <th>{t('page.index')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <ReportRow key={r.documentId} report={r} fmt={fmt} selected={selected.has(r.documentId)} onSelect={(on) => toggle(r.documentId, on)} />
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{rows ? t('page.allReported') : t('common:app.loading')}</p>
        )}
        <p className="muted">{t('page.howTo')}</p>
      </Card>
      <Dialog open={refused.length > 0} title={t('page.refusedTitle', { count: refused.length })} onClose={() => setRefused([])} footer={<Button onClick={() => setRefused([])}>{t('common:actions.close')}</Button>}>
        <ul className="efactura-problems" data-testid="efactura-refused">
          {refused.map((d) => (
            <li key={d.number}>
              <strong>{d.number}</strong>
              <ul>
                {d.problems.map((p, i) => (
                  <li key={i}>{t('problem', { message: t(`rules.${p.rule}`, p.params), rule: p.rule })}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <p className="muted">{t('ui.fixHint')}</p>
      </Dialog>
    </div>
  )
}
