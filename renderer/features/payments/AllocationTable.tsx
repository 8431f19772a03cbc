import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OpenItem } from '../../domain/allocation'
import { compareDates } from '../../domain/dates'
import type { Cents, Invoice } from '../../domain/types'
import { useFormat } from '../../lib/format'
import type { AllocationRow, AllocationRows } from './paymentForm'

export interface AllocationTableProps {
  invoices: Invoice[]
  items: OpenItem[]
  rows: AllocationRows
  invalid: string[]
  asOf: string
  onRow: (invoiceId: string, row: AllocationRow) => void
  /** Money typed in the input's format, for the discount toggle. */
  formatInput: (c: Cents) => string
}

/** The customer's open invoices with how much of the payment goes to each, and the early discount when offered. */
export function AllocationTable({ invoices, items, rows, invalid, asOf, onRow, formatInput }: AllocationTableProps) {
  const { t } = useTranslation('payments')
  const fmt = useFormat()
  const itemOf = new Map(items.map((i) => [i.invoiceId, i]))
  return (
    <table className="table alloc-table">
      <thead>
        <tr>
          <th>{t('alloc.invoice')}</th>
          <th>{t('alloc.issueDate')}</th>
          <th>{t('alloc.dueDate')}</th>
          <th className="num">{t('alloc.total')}</th>
          <th className="num">{t('alloc.open')}</th>
          <th>{t('alloc.discount')}</th>
          <th className="num alloc-col">{t('alloc.apply')}</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((inv) => {
          const item = itemOf.get(inv.id)
          const row = rows[inv.id] ?? { amount: '', discount: false }
          const late = compareDates(inv.dueDate, asOf) < 0
          const available = item?.discountAvailable ?? 0
          const bad = invalid.includes(inv.id)
          return (
            <tr key={inv.id} className={row.amount.trim() || row.discount ? 'is-allocated' : ''}>
              <td>
                <Link to={`/invoices/${inv.id}`}>{inv.fullNumber}</Link>
              </td>
              <td>{fmt.date(inv.issueDate)}</td>
              <td className={late ? 'is-late' : ''}>{fmt.date(inv.dueDate)}</td>
              <td className="num">{fmt.money(inv.totals.total, inv.currency)}</td>
              <td className="num">{fmt.money(inv.openAmount, inv.currency)}</td>
              <td>
                {available > 0 && inv.earlyDiscount ? (
                  <label className="check discount-offer">
                    <input
                      type="checkbox"
                      data-testid={`payment-discount-${inv.fullNumber}`}
                      checked={row.discount}
                      onChange={(e) =>
                        onRow(inv.id, {
                          discount: e.target.checked,
                          amount: e.target.checked ? formatInput(inv.openAmount - available) : row.amount,
                        })
                      }
                    />
                    <span>
                      {t('alloc.applyDiscount', {
                        percent: fmt.percent(inv.earlyDiscount.percent),
                        amount: fmt.money(-available, inv.currency),
                      })}
                    </span>
                  </label>
                ) : null}
              </td>
              <td className="num">
                <input
                  className={`num alloc-input ${bad ? 'is-invalid' : ''}`}
                  inputMode="decimal"
                  placeholder="0"
                  aria-label={t('alloc.applyTo', { number: inv.fullNumber })}
                  aria-invalid={bad || undefined}
                  title={bad ? t('validation.amount') : undefined}
                  data-testid={`payment-alloc-${inv.fullNumber}`}
                  value={row.amount}
                  onChange={(e) => onRow(inv.id, { ...row, amount: e.target.value })}
                />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
