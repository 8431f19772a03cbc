import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { PageHeader } from '../../components/PageHeader'
import type { ChainCheck } from '../../domain/einvoice/verifactu'
import { errorMessage } from '../../lib/errors'
import { useFormat } from '../../lib/format'
import { checkFiscalChains, useFiscalCheck } from './check'
import { ExportCard } from './ExportCard'
import { useFiscalSummary } from './hooks'
import './fiscal.css'

function ChainStatus({ label, check, testId }: { label: string; check: ChainCheck; testId: string }) {
  const { t } = useTranslation('fiscal')
  return check.ok ? (
    <Alert tone="success" title={label}>
      <span data-testid={testId} data-ok="true">
        {t('check.ok', { count: check.checked })}
      </span>
    </Alert>
  ) : (
    <Alert tone="error" title={label}>
      <span data-testid={testId} data-ok="false">
        {t('check.broken', { seq: check.firstBroken })} {t(`check.reason.${check.reason}`)}
      </span>
    </Alert>
  )
}

/** Spain: the invoice records and event log Cobro keeps, their check, and the files for an inspection. */
export function FiscalPage() {
  const { t } = useTranslation('fiscal')
  const fmt = useFormat()
  const summary = useFiscalSummary()
  const check = useFiscalCheck()
  return (
    <div className="fiscal-page">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button variant="primary" busy={check.running} onClick={() => void checkFiscalChains('manual')} data-testid="fiscal-verify">
            {t('check.button')}
          </Button>
        }
      />
      <Card title={t('about.title')}>
        <p>{t('about.what')}</p>
        <p>{t('about.offline')}</p>
        <p className="muted">{t('about.notCertified')}</p>
      </Card>
      {check.result ? (
        <div className="fiscal-status">
          <ChainStatus label={t('check.records')} check={check.result.records} testId="fiscal-records-status" />
          <ChainStatus label={t('check.events')} check={check.result.events} testId="fiscal-events-status" />
        </div>
      ) : null}
      {check.error ? <Alert tone="error">{errorMessage(t, check.error)}</Alert> : null}
      <ExportCard />
      <Card title={t('latest.title', { count: summary?.records ?? 0 })}>
        <table className="table" data-testid="fiscal-records">
          <thead>
            <tr>
              <th>{t('latest.seq')}</th>
              <th>{t('latest.number')}</th>
              <th>{t('latest.type')}</th>
              <th>{t('latest.date')}</th>
              <th className="num">{t('latest.total')}</th>
              <th>{t('latest.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {(summary?.latest ?? []).map((r) => (
              <tr key={r.seq}>
                <td className="muted">{r.seq}</td>
                <td>{r.number}</td>
                <td>
                  {r.tipo} · {t(`kinds.${r.kind}`)}
                </td>
                <td>{fmt.date(r.issueDate)}</td>
                <td className="num">{fmt.money(r.total)}</td>
                <td>
                  <code className="fiscal-hash">{r.hash.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {summary && summary.records === 0 ? <p className="muted">{t('latest.empty')}</p> : null}
      </Card>
      <Card title={t('events.title', { count: summary?.events ?? 0 })}>
        <ul className="fiscal-events">
          {(summary?.latestEvents ?? []).map((e) => (
            <li key={e.seq}>
              <span className="muted">{new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(e.createdAt))}</span>{' '}
              <strong>{t(`events.types.${e.type}`)}</strong> {e.detail ? <span className="muted">· {e.detail}</span> : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  )
}
