import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { daysOverdue } from '../../../domain/invoiceStatus'
import type { TodayInvoice } from '../../../db/repos/collections/todayRows'
import type { IsoDate } from '../../../domain/types'
import { useFormat } from '../../../lib/format'
import { openInvoicesOf } from './invoiceList'

/** The invoices a letter or call covers: number (to the invoice), due date, days late and what is still open. */
export function InvoiceChips({ ids, invoices, today }: { ids: string[]; invoices: ReadonlyMap<string, TodayInvoice>; today: IsoDate }) {
  const { t } = useTranslation('collections')
  const fmt = useFormat()
  const list = openInvoicesOf(ids, invoices)
  if (list.length === 0) return null
  return (
    <ul className="q-invoices">
      {list.map((inv) => {
        const late = daysOverdue(inv.dueDate, today)
        return (
          <li key={inv.id} className={late > 0 ? 'is-late' : ''}>
            <Link to={`/invoices/${inv.id}`} className="q-inv-number">
              {inv.fullNumber}
            </Link>
            <span className="q-inv-amount">{fmt.money(inv.openAmount, inv.currency)}</span>
            <span className="muted">{late > 0 ? t('today.daysLate', { count: late }) : t('today.dueOn', { date: fmt.date(inv.dueDate) })}</span>
          </li>
        )
      })}
    </ul>
  )
}
