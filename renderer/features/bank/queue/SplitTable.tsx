import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { MatchInvoice } from '../../../domain/bank/matching'
import { formatAmount } from '../../../domain/money'
import { earlyDiscountFor } from '../../../domain/terms'
import type { IsoDate } from '../../../domain/types'
import { useFormat } from '../../../lib/format'
import { moneyIn } from '../messages'
import type { SplitRow, SplitRows } from './split'

export interface SplitTableProps {
  invoices: readonly MatchInvoice[]
  rows: SplitRows
  invalid: string[]
  date: IsoDate
  currency: string
  onRow: (invoiceId: string, row: SplitRow) => void
}

/** The customer's open invoices, oldest due first: tick the ones paid and how much goes to each. */
export function SplitTable({ invoices, rows, invalid, date, currency, onRow }: SplitTableProps) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const money = (c: number) => moneyIn(fmt, c, currency)
  return (
    <div className="bank-split-scroll">
      <table className="table bank-split-table">
        <thead>
          <tr>
            <th />
            <th>{t('split.invoice')}</th>
            <th>{t('split.due')}</th>
            <th className="num">{t('split.open')}</th>
            <th>{t('split.discount')}</th>
            <th className="num">{t('split.apply')}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((inv) => {
            const row = rows[inv.id] ?? { ticked: false, amount: '', discount: false }
            const available = earlyDiscountFor(inv, date)
            const late = inv.dueDate < date
            const bad = invalid.includes(inv.id)
            const tick = (ticked: boolean) =>
              onRow(inv.id, ticked ? { ...row, ticked, amount: row.amount || formatAmount(inv.openAmount, fmt.locale) } : { ticked, amount: '', discount: false })
            return (
              <tr key={inv.id} className={row.ticked ? 'is-allocated' : ''}>
                <td>
                  <input type="checkbox" checked={row.ticked} onChange={(e) => tick(e.target.checked)} aria-label={t('split.tick', { number: inv.fullNumber })} data-testid={`bank-split-tick-${inv.fullNumber}`} />
                </td>
                <td>
                  <Link to={`/invoices/${inv.id}`} className="bank-inv-number">
                    {inv.fullNumber}
                  </Link>
                </td>
                <td className={late ? 'is-late' : ''}>{fmt.date(inv.dueDate)}</td>
                <td className="num">{money(inv.openAmount)}</td>
                <td>
                  {available > 0 ? (
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={row.discount}
                        onChange={(e) =>
                          onRow(inv.id, { ticked: true, discount: e.target.checked, amount: formatAmount(e.target.checked ? inv.openAmount - available : inv.openAmount, fmt.locale) })
                        }
                      />
                      <span>{t('split.takeDiscount', { amount: money(available) })}</span>
                    </label>
                  ) : null}
                </td>
                <td className="num">
                  <input
                    className={`num bank-split-input ${bad ? 'is-invalid' : ''}`}
                    inputMode="decimal"
                    placeholder="0"
                    value={row.amount}
                    aria-invalid={bad || undefined}
                    aria-label={t('split.applyTo', { number: inv.fullNumber })}
                    onChange={(e) => onRow(inv.id, { ...row, ticked: e.target.value.trim() !== '', amount: e.target.value })}
                    data-testid={`bank-split-alloc-${inv.fullNumber}`}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
