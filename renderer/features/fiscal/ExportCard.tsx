import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Card } from '../../components/Card'
import { Field } from '../../components/Field'
import { exportEventsXml, exportRecordsXml, type XmlExport } from '../../db/repos/fiscal/export'
import { logFiscalEvent } from '../../db/repos/fiscal/verify'
import { cobro } from '../../lib/bridge'
import { ctx, today } from '../../lib/ctx'
import { errorMessage } from '../../lib/errors'
import { useToasts } from '../../stores/toasts'

/** XML of one year's records, or of the event log, saved where the person chooses; each export is logged. */
export function ExportCard() {
  const { t } = useTranslation('fiscal')
  const [year, setYear] = useState(today().slice(0, 4))
  const [busy, setBusy] = useState<'records' | 'events' | null>(null)
  const [error, setError] = useState<unknown>(null)
  const yearOk = /^\d{4}$/.test(year)

  async function run(kind: 'records' | 'events') {
    setBusy(kind)
    setError(null)
    try {
      const file: XmlExport = kind === 'records' ? await exportRecordsXml(ctx, Number(year)) : await exportEventsXml(ctx)
      const saved = await cobro().saveXml({ fileName: file.fileName, xml: file.xml, title: t('export.dialogTitle'), filterName: t('export.filterName') })
      if (saved.status === 'cancelled') return
      await logFiscalEvent(ctx, kind === 'records' ? 'recordsExported' : 'eventsExported', `${file.fileName} (${file.count})`)
      useToasts.getState().push('success', t('export.saved', { count: file.count, path: saved.path }))
    } catch (err) {
      setError(err)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Card title={t('export.title')}>
      <p className="muted">{t('export.explain')}</p>
      <div className="fiscal-export-row">
        <Field label={t('export.year')} error={yearOk ? undefined : t('export.yearInvalid')}>
          <input inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value.trim())} data-testid="fiscal-year" />
        </Field>
        <Button variant="primary" busy={busy === 'records'} disabled={!yearOk} onClick={() => void run('records')} data-testid="fiscal-export-records">
          {t('export.records')}
        </Button>
        <Button busy={busy === 'events'} onClick={() => void run('events')} data-testid="fiscal-export-events">
          {t('export.events')}
        </Button>
      </div>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
    </Card>
  )
}
