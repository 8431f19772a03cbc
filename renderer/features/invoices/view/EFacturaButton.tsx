import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Dialog } from '../../../components/Dialog'
import { Button } from '../../../components/Button'
import { creditNoteRulesFor, creditNoteXml, invoiceXml, rulesFor, type Problem } from '../../../domain/einvoice/efactura'
import type { CompanySettings, CreditNote, Invoice } from '../../../domain/types'
import { markExported } from '../../../db/repos/einvoice/reports'
import { cobro } from '../../../lib/bridge'
import { ctx } from '../../../lib/ctx'
import { useAction } from '../../../lib/useAction'
import { useToasts } from '../../../stores/toasts'

/** A document that has an e-Factura XML: an invoice, or a credit note with the invoice it corrects. */
export interface EFacturaDoc {
  id: string
  fullNumber: string
  check: () => Problem[]
  xml: () => string
}

export const invoiceDoc = (invoice: Invoice, company: CompanySettings): EFacturaDoc => ({
  id: invoice.id,
  fullNumber: invoice.fullNumber,
  check: () => rulesFor(invoice, company),
  xml: () => invoiceXml(invoice, company),
})

export const creditNoteDoc = (note: CreditNote, original: Invoice, company: CompanySettings): EFacturaDoc => ({
  id: note.id,
  fullNumber: note.fullNumber,
  check: () => creditNoteRulesFor(note, original, company),
  xml: () => creditNoteXml(note, original, company),
})

/**
 * Romania: the document's e-Factura XML (UBL 2.1, CIUS-RO) saved where the person chooses, to upload to the SPV
 * portal (it then counts as exported on the e-Factura page). The rules ANAF applies that can be checked here run
 * first; a failing document lists each rule and field.
 */
export function EFacturaButton({ doc, testId = 'invoice-efactura' }: { doc: EFacturaDoc; testId?: string }) {
  const { t } = useTranslation('efactura')
  const [problems, setProblems] = useState<Problem[]>([])
  const { busy, error, run } = useAction('efactura')

  const save = () =>
    run(async () => {
      const found = doc.check()
      setProblems(found)
      if (found.length > 0) return
      const saved = await cobro().saveXml({
        fileName: `efactura-${doc.fullNumber}.xml`,
        xml: doc.xml(),
        title: t('ui.dialogTitle'),
        filterName: t('ui.filterName'),
      })
      if (saved.status !== 'saved') return
      await markExported(ctx, [doc.id])
      useToasts.getState().push('success', t('ui.saved', { path: saved.path }))
    })

  return (
    <>
      <Button data-testid={testId} busy={busy} onClick={() => void save()}>
        {t('ui.button')}
      </Button>
      <Dialog open={problems.length > 0} title={t('ui.refused', { count: problems.length })} onClose={() => setProblems([])} footer={<Button onClick={() => setProblems([])}>{t('common:actions.close')}</Button>}>
        <ul className="efactura-problems" data-testid="efactura-problems">
          {problems.map((p, i) => (
            <li key={i}>{t('problem', { message: t(`rules.${p.rule}`, p.params), rule: p.rule })}</li>
          ))}
        </ul>
        <p className="muted">{t('ui.fixHint')}</p>
      </Dialog>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  )
}
