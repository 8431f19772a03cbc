import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { PageHeader } from '../../components/PageHeader'
import { useFormat } from '../../lib/format'
import { useCompany } from '../settings/hooks'
import { DecidedList } from './history/DecidedList'
import { ImportsList } from './history/ImportsList'
import { useDecidedLines, useImports, useQueue } from './hooks'
import { ImportPanel } from './import/ImportPanel'
import { useStatementImport } from './import/useStatementImport'
import { formatDateTime } from './messages'
import { QueueList } from './queue/QueueList'
import './bank.css'

type Tab = 'queue' | 'decided' | 'imports'
const TABS: Tab[] = ['queue', 'decided', 'imports']
const PAGE = 30

/** /bank — import the bank's statements and turn its incoming credits into customer payments. */
export function BankPage() {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const company = useCompany()
  const flow = useStatementImport()
  const [tab, setTab] = useState<Tab>('queue')
  const [limit, setLimit] = useState(PAGE)
  const queue = useQueue(limit)
  const decided = useDecidedLines(20)
  const imports = useImports(10)
  const last = imports?.[0]
  const counts: Record<Tab, number | undefined> = { queue: queue?.total, decided: undefined, imports: undefined }

  return (
    <div className="bank-page" data-testid="bank-page">
      <PageHeader
        title={t('page.title')}
        subtitle={last ? t('page.lastImport', { date: formatDateTime(fmt.locale, last.importedAt), file: last.fileName }) : t('page.neverImported')}
        actions={
          <Button variant="primary" busy={flow.busy === 'open'} onClick={() => void flow.open()} data-testid="bank-import">
            {t('import.open')}
          </Button>
        }
      />
      <ImportPanel
        key={flow.state.step === 'preview' ? `${flow.state.file.fileName}|${flow.state.file.size}` : 'idle'}
        flow={flow}
        defaults={{ accountIban: company?.iban ?? '', currency: company?.currency ?? 'EUR' }}
      />
      <div className="bank-tabs" role="tablist" aria-label={t('page.title')}>
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={`bank-tab ${tab === k ? 'is-active' : ''}`}
            onClick={() => setTab(k)}
            data-testid={`bank-tab-${k}`}
          >
            {t(`tabs.${k}`)}
            {counts[k] !== undefined ? <span className="bank-tab-count">{fmt.number(counts[k] ?? 0)}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'queue' ? <QueueList data={queue} onMore={() => setLimit((n) => n + PAGE)} /> : null}
        {tab === 'decided' ? <DecidedList rows={decided} /> : null}
        {tab === 'imports' ? <ImportsList imports={imports} /> : null}
      </div>
    </div>
  )
}
