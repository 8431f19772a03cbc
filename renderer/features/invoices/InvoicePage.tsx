import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { Alert } from '../../components/Alert'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { PageHeader } from '../../components/PageHeader'
import { StatusBadge } from '../../components/StatusBadge'
import { deleteDraft } from '../../db/repos/invoices'
import { fiscalQrOf } from '../../db/repos/fiscal/records'
import { EFacturaButton, invoiceDoc } from './view/EFacturaButton'
import { daysOverdue, invoiceStatus } from '../../domain/invoiceStatus'
import type { CompanySettings, Invoice } from '../../domain/types'
import { cobro } from '../../lib/bridge'
import { ctx, today } from '../../lib/ctx'
import { errorMessage } from '../../lib/errors'
import { useFormat } from '../../lib/format'
import { useToasts } from '../../stores/toasts'
import { useCompany } from '../settings/hooks'
import { useInvoice, useInvoiceAllocations, useInvoiceCreditNotes } from './hooks'
import { usePdfActions } from './usePdfActions'
import { CreditNoteDialog } from './view/CreditNoteDialog'
import { CancelInvoiceDialog } from './view/CancelInvoiceDialog'
import { can } from '../../domain/users/rights'
import { useRole } from '../users/session'
import { DisputePanel } from './view/DisputePanel'
import { InvoiceActivity } from './view/InvoiceActivity'
import { InvoicePaper } from './view/InvoicePaper'
import './invoices.css'

/** /invoices/:id — the invoice as its paper, its status and what was paid or credited. */
export function InvoicePage() {
  const { t } = useTranslation('invoices')
  const { id } = useParams()
  const invoice = useInvoice(id)
  const company = useCompany()
  if (invoice === undefined || company === undefined) {
    return (
      <div className="inv-page">
        <p className="muted">{t('common:app.loading')}</p>
      </div>
    )
  }
  if (invoice === null) {
    return (
      <div className="inv-page">
        <PageHeader title={t('view.notFoundTitle')} />
        <Alert tone="error">{t('view.notFound')}</Alert>
        <Link to="/invoices">{t('view.backToList')}</Link>
      </div>
    )
  }
  return invoice.lifecycle === 'draft' ? <DraftView invoice={invoice} company={company} /> : <IssuedView invoice={invoice} company={company} />
}

function DraftView({ invoice, company }: { invoice: Invoice; company: CompanySettings }) {
  const { t } = useTranslation('invoices')
  const navigate = useNavigate()
  const [confirm, setConfirm] = useState(false)
  async function remove() {
    try {
      await deleteDraft(ctx, invoice.id)
      useToasts.getState().push('success', t('view.draftDeleted'))
      void navigate('/invoices')
    } catch (err) {
      useToasts.getState().push('error', errorMessage(t, err))
    }
  }
  return (
    <div className="inv-page">
      <PageHeader
        title={t('view.draftTitle')}
        subtitle={invoice.customer.legalName}
        actions={
          <>
            <Button variant="danger" data-testid="invoice-delete-draft" onClick={() => setConfirm(true)}>
              {t('view.deleteDraft')}
            </Button>
            <Button variant="primary" data-testid="invoice-edit" onClick={() => void navigate(`/invoices/${invoice.id}/edit`)}>
              {t('common:actions.edit')}
            </Button>
          </>
        }
      />
      <div className="status-strip">
        <span data-testid="invoice-status" data-status="draft">
          <StatusBadge status="draft" />
        </span>
        <span className="muted">{t('view.draftHint')}</span>
      </div>
      <InvoicePaper invoice={invoice} company={company} />
      <Dialog
        open={confirm}
        onClose={() => setConfirm(false)}
        title={t('view.deleteDraftTitle')}
        footer={
          <>
            <Button variant="ghost" onClick={() => setConfirm(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button variant="danger" data-testid="invoice-delete-confirm" onClick={() => void remove()}>
              {t('view.deleteDraft')}
            </Button>
          </>
        }
      >
        <p>{t('view.deleteDraftBody')}</p>
      </Dialog>
    </div>
  )
}

function IssuedView({ invoice, company }: { invoice: Invoice; company: CompanySettings }) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const navigate = useNavigate()
  const allocations = useInvoiceAllocations(invoice.id)
  const creditNotes = useInvoiceCreditNotes(invoice.id)
  const [crediting, setCrediting] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const role = useRole()
  const asOf = today()
  const status = invoiceStatus(invoice, asOf)
  const late = daysOverdue(invoice.dueDate, asOf)
  const pdf = usePdfActions(async (mode, open) => cobro().saveInvoicePdf({ invoice, company, mode, open, ...(await fiscalQrOf(ctx, invoice.id)) }))
  const money = (c: number) => fmt.money(c, invoice.currency)
  const cancelled = invoice.lifecycle === 'cancelled'
  const canCredit = !cancelled && invoice.creditedAmount < invoice.totals.total
  // Offered where it can succeed (the repository refuses the rest with the reason): a Spanish company's invoice
  // nothing has been paid, discounted or credited on, to the owner.
  const canCancel =
    invoice.lifecycle === 'issued' && company.country === 'ES' && can(role, 'invoices.cancel') &&
    invoice.paidAmount === 0 && invoice.discountTaken === 0 && invoice.creditedAmount === 0
  return (
    <div className="inv-page">
      <PageHeader
        title={t('view.title', { number: invoice.fullNumber })}
        subtitle={<Link to={`/customers/${invoice.customerId}`}>{invoice.customer.legalName}</Link>}
        actions={
          <>
            <Button data-testid="invoice-export-pdf" busy={pdf.busy === 'export'} onClick={pdf.exportPdf}>
              {t('common:actions.exportPdf')}
            </Button>
            <Button data-testid="invoice-print" busy={pdf.busy === 'print'} onClick={pdf.printPdf}>
              {t('common:actions.print')}
            </Button>
            {company.country === 'RO' ? <EFacturaButton doc={invoiceDoc(invoice, company)} /> : null}
            {canCredit ? (
              <Button data-testid="invoice-credit-note" onClick={() => setCrediting(true)}>
                {t('view.creditNote')}
              </Button>
            ) : null}
            {canCancel ? (
              <Button variant="danger" data-testid="invoice-cancel" onClick={() => setCancelling(true)}>
                {t('cancel.action')}
              </Button>
            ) : null}
            {invoice.openAmount > 0 ? (
              <Button
                variant="primary"
                data-testid="invoice-record-payment"
                onClick={() => void navigate(`/payments/new?customer=${encodeURIComponent(invoice.customerId)}&invoice=${encodeURIComponent(invoice.id)}`)}
              >
                {t('view.recordPayment')}
              </Button>
            ) : null}
          </>
        }
      />
      {cancelled ? (
        <Alert tone="error">
          <span data-testid="invoice-cancelled-note">
            {t('cancel.banner', { date: invoice.cancelledAt ? fmt.date(invoice.cancelledAt.slice(0, 10)) : '', reason: invoice.cancelReason ?? '' })}
          </span>
        </Alert>
      ) : null}
      <div className="grid-4 invoice-stats">
        <div className="card card-body stat">
          <span className="stat-label">{t('view.status')}</span>
          <span className="stat-value" data-testid="invoice-status" data-status={status}>
            <StatusBadge status={status} />
          </span>
          {late > 0 && invoice.openAmount > 0 ? <span className="muted">{t('view.daysLate', { count: late })}</span> : null}
        </div>
        <div className="card card-body stat">
          <span className="stat-label">{t('view.total')}</span>
          <span className="stat-value">{money(invoice.totals.total)}</span>
        </div>
        <div className="card card-body stat">
          <span className="stat-label">{t('view.openAmount')}</span>
          <span className={`stat-value ${status === 'overdue' ? 'is-bad' : ''}`} data-testid="invoice-open-amount">
            {money(invoice.openAmount)}
          </span>
        </div>
        <div className="card card-body stat">
          <span className="stat-label">{t('view.dueDate')}</span>
          <span className="stat-value">{fmt.date(invoice.dueDate)}</span>
        </div>
      </div>
      <div className="invoice-layout">
        <InvoicePaper invoice={invoice} company={company} />
        <aside className="invoice-side">
          <DisputePanel invoice={invoice} />
          <InvoiceActivity invoice={invoice} allocations={allocations ?? []} creditNotes={creditNotes ?? []} />
        </aside>
      </div>
      {crediting ? <CreditNoteDialog invoice={invoice} open={crediting} onClose={() => setCrediting(false)} /> : null}
      {cancelling ? <CancelInvoiceDialog invoice={invoice} company={company} open={cancelling} onClose={() => setCancelling(false)} /> : null}
    </div>
  )
}
