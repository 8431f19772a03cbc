import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { PageHeader } from '../../components/PageHeader'
import type { CompanySettings, CreditNote, Invoice } from '../../domain/types'
import { fiscalQrOf } from '../../db/repos/fiscal/records'
import { ctx } from '../../lib/ctx'
import { cobro } from '../../lib/bridge'
import { useFormat } from '../../lib/format'
import { useCompany } from '../settings/hooks'
import { usePdfActions } from '../invoices/usePdfActions'
import { DocumentPaper } from '../invoices/view/DocumentPaper'
import { creditNoteDoc, EFacturaButton } from '../invoices/view/EFacturaButton'
import { useCreditNote, useOriginalInvoice } from './hooks'
import '../invoices/invoices.css'

/** /credit-notes/:id — a credit note (rectificativa / storno) as its paper, with a link to the invoice it corrects. */
export function CreditNotePage() {
  const { t } = useTranslation('creditNotes')
  const { id } = useParams()
  const note = useCreditNote(id)
  const company = useCompany()
  const original = useOriginalInvoice(note?.invoiceId)
  if (note === undefined || company === undefined || (note && original === undefined)) {
    return (
      <div className="inv-page">
        <p className="muted">{t('common:app.loading')}</p>
      </div>
    )
  }
  if (note === null) {
    return (
      <div className="inv-page">
        <PageHeader title={t('notFoundTitle')} />
        <Alert tone="error">{t('notFound')}</Alert>
        <Link to="/invoices">{t('backToInvoices')}</Link>
      </div>
    )
  }
  return <CreditNoteView note={note} company={company} original={original ?? null} />
}

function CreditNoteView({ note, company, original }: { note: CreditNote; company: CompanySettings; original: Invoice | null }) {
  const { t } = useTranslation('creditNotes')
  const fmt = useFormat()
  const pdf = usePdfActions(async (mode, open) =>
    cobro().saveCreditNotePdf({
      creditNote: note,
      company,
      ...(original ? { originalInvoiceDate: original.issueDate } : {}),
      ...(await fiscalQrOf(ctx, note.id)),
      mode,
      open,
    }),
  )
  const meta: Array<[string, string]> = [[t('issueDate'), fmt.date(note.issueDate)]]
  meta.push([t('corrects'), note.invoiceNumber + (original ? ` (${fmt.date(original.issueDate)})` : '')])
  if (note.exchangeRate) meta.push([t('exchangeRate'), `1 EUR = ${fmt.number(note.exchangeRate)} RON`])
  return (
    <div className="inv-page">
      <PageHeader
        title={t('title', { number: note.fullNumber })}
        subtitle={<Link to={`/customers/${note.customerId}`}>{note.customer.legalName}</Link>}
        actions={
          <>
            <Link className="btn btn-secondary" to={`/invoices/${note.invoiceId}`} data-testid="creditnote-invoice-link">
              {t('openInvoice', { number: note.invoiceNumber })}
            </Link>
            <Button variant="primary" data-testid="creditnote-export-pdf" busy={pdf.busy === 'export'} onClick={pdf.exportPdf}>
              {t('common:actions.exportPdf')}
            </Button>
            <Button data-testid="creditnote-print" busy={pdf.busy === 'print'} onClick={pdf.printPdf}>
              {t('common:actions.print')}
            </Button>
            {company.country === 'RO' && original ? <EFacturaButton doc={creditNoteDoc(note, original, company)} testId="creditnote-efactura" /> : null}
          </>
        }
      />
      <div className="invoice-layout single">
        <DocumentPaper
          kind={t('kind')}
          number={note.fullNumber}
          seller={note.seller}
          company={company}
          buyer={note.customer}
          meta={meta}
          lines={note.lines}
          totals={note.totals}
          currency={note.currency}
          totalTestId="creditnote-total"
          totalLabel={t('total')}
          footer={
            <div className="paper-terms">
              <div>
                <strong>{t('reason')}:</strong> <span data-testid="creditnote-reason-text">{note.reason}</span>
              </div>
              <div className="muted">{t('legalNote', { number: note.invoiceNumber })}</div>
            </div>
          }
        />
      </div>
    </div>
  )
}
