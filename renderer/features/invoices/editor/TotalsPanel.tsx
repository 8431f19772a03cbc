import { useTranslation } from 'react-i18next'
import type { CurrencyCode, InvoiceTotals } from '../../../domain/types'
import { useFormat } from '../../../lib/format'

/** Base, VAT and recargo per rate and the total, as they will be printed. */
export function TotalsPanel({ totals, currency, testId, totalLabel }: { totals: InvoiceTotals; currency: CurrencyCode; testId?: string; totalLabel?: string }) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const money = (c: number) => fmt.money(c, currency)
  return (
    <table className="totals-table">
      <tbody>
        <tr>
          <th scope="row">{t('totals.base')}</th>
          <td className="num">{money(totals.base)}</td>
        </tr>
        {totals.byRate.map((r) => (
          <tr key={`vat-${r.vatRate}`}>
            <th scope="row">
              {t('totals.vatAt', { rate: fmt.percent(r.vatRate) })}
              <span className="muted totals-on"> {t('totals.on', { base: money(r.base) })}</span>
            </th>
            <td className="num">{money(r.vat)}</td>
          </tr>
        ))}
        {totals.byRate
          .filter((r) => r.recargoRate > 0)
          .map((r) => (
            <tr key={`re-${r.vatRate}`}>
              <th scope="row">
                {t('totals.recargoAt', { rate: fmt.percent(r.recargoRate) })}
                <span className="muted totals-on"> {t('totals.on', { base: money(r.base) })}</span>
              </th>
              <td className="num">{money(r.recargo)}</td>
            </tr>
          ))}
        <tr className="totals-grand">
          <th scope="row">{totalLabel ?? t('totals.total')}</th>
          <td className="num" data-testid={testId}>
            {money(totals.total)}
          </td>
        </tr>
      </tbody>
    </table>
  )
}
