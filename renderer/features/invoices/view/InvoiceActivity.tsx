import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Card } from '../../../components/Card'
import type { Allocation, CreditNote, Invoice } from '../../../domain/types'
import { useFormat } from '../../../lib/format'

/** What happened to an issued invoice: payments applied to it and credit notes against it. */
export function InvoiceActivity({ invoice, allocations, creditNotes }: { invoice: Invoice; allocations: Allocation[]; creditNotes: CreditNote[] }) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const money = (c: number) => fmt.money(c, invoice.currency)
  return (
    <>
      <Card title={t('view.payments')}>
        {allocations.length === 0 ? (
          <p className="muted">{t('view.noPayments')}</p>
        ) : (
          <table className="table" data-testid="invoice-allocations">
            <thead>
              <tr>
                <th>{t('view.date')}</th>
                <th className="num">{t('view.amount')}</th>
                <th className="num">{t('view.discount')}</th>
              </tr>
            </thead>
            <tbody>
              {allocations.map((a) => (
                <tr key={a.id}>
                  <td>{fmt.date(a.date)}</td>
                  <td className="num">{money(a.amount)}</td>
                  <td className="num">{a.discount ? money(a.discount) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={t('view.creditNotes')}>
        {creditNotes.length === 0 ? (
          <p className="muted">{t('view.noCreditNotes')}</p>
        ) : (
          <table className="table" data-testid="invoice-credit-notes">
            <thead>
              <tr>
                <th>{t('view.number')}</th>
                <th>{t('view.date')}</th>
                <th className="num">{t('view.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {creditNotes.map((n) => (
                <tr key={n.id}>
                  <td>
                    <Link to={`/credit-notes/${n.id}`}>{n.fullNumber}</Link>
                    <div className="muted inv-small">{n.reason}</div>
                  </td>
                  <td>{fmt.date(n.issueDate)}</td>
                  <td className="num">{money(n.totals.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  )
}
