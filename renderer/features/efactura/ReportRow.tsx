import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { workingDaysLeft, type EInvoiceReport } from '../../domain/einvoice/efactura'
import { recordUploadIndex } from '../../db/repos/einvoice/reports'
import { ctx, today } from '../../lib/ctx'
import type { Formatters } from '../../lib/format'
import { useAction } from '../../lib/useAction'

/** One unreported document: its deadline in working days, and where to type the upload index SPV returned. */
export function ReportRow({ report, fmt, selected, onSelect }: { report: EInvoiceReport; fmt: Formatters; selected: boolean; onSelect: (on: boolean) => void }) {
  const { t } = useTranslation('efactura')
  const [index, setIndex] = useState('')
  const { busy, error, run } = useAction('efactura')
  const left = workingDaysLeft(today(), report.deadline)
  const tone = left < 0 ? 'is-late' : left <= 1 ? 'is-urgent' : ''
  return (
    <tr data-testid="efactura-row" data-number={report.number}>
      <td>
        <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={t('page.select', { number: report.number })} />
      </td>
      <td>
        {report.number}
        {report.documentKind === 'creditNote' ? <span className="muted"> · {t('page.creditNote')}</span> : null}
      </td>
      <td>{report.customerName}</td>
      <td>{fmt.date(report.issueDate)}</td>
      <td className={`efactura-left ${tone}`}>
        {fmt.date(report.deadline)} · {left < 0 ? t('page.late', { count: -left }) : t('page.left', { count: left })}
      </td>
      <td>{report.state === 'exported' ? t('page.exported') : t('page.pending')}</td>
      <td>
        <form
          className="efactura-index"
          onSubmit={(e) => {
            e.preventDefault()
            void run(async () => {
              await recordUploadIndex(ctx, report.documentId, index)
            })
          }}
        >
          <input value={index} inputMode="numeric" onChange={(e) => setIndex(e.target.value)} placeholder={t('page.indexPlaceholder')} aria-label={t('page.indexFor', { number: report.number })} />
          <Button type="submit" busy={busy}>
            {t('page.saveIndex')}
          </Button>
        </form>
        {error ? <div className="field-error" role="alert">{error}</div> : null}
      </td>
    </tr>
  )
}
