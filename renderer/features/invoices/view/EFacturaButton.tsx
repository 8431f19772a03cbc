import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Dialog } from '../../../components/Dialog'
import { Button } from '../../../components/Button'
import { invoiceXml, rulesFor, type Problem } from '../../../domain/einvoice/efactura'
import type { CompanySettings, Invoice } from '../../../domain/types'
import { cobro } from '../../../lib/bridge'
import { useAction } from '../../../lib/useAction'
import { useToasts } from '../../../stores/toasts'

/**
 * Romania: the invoice's e-Factura XML (UBL 2.1, CIUS-RO) saved where the person chooses, to upload to the SPV
 * portal. The rules ANAF applies that can be checked here run first; a failing invoice lists each rule and field.
 */
export function EFacturaButton({ invoice, company }: { invoice: Invoice; company: CompanySettings }) {
  const { t } = useTranslation('efactura')
  const [problems, setProblems] = useState<Problem[]>([])
  const { busy, error, run } = useAction('efactura')

  const save = () =>
    run(async () => {
      const found = rulesFor(invoice, company)
      setProblems(found)
      if (found.length > 0) return
      const saved = await cobro().saveXml({
        fileName: `efactura-${invoice.fullNumber}.xml`,
        xml: invoiceXml(invoice, company),
        title: t('ui.dialogTitle'),
        filterName: t('ui.filterName'),
      })
      if (saved.status === 'saved') useToasts.getState().push('success', t('ui.saved', { path: saved.path }))
    })

  return (
    <>
      <Button data-testid="invoice-efactura" busy={busy} onClick={() => void save()}>
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
