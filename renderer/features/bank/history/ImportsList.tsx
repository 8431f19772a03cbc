import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/Alert'
import type { BankImport } from '../../../db/repos/bank/tables'
import { formatIban } from '../../../domain/iban'
import { useFormat } from '../../../lib/format'
import { formatDateTime } from '../messages'

/** The last statement files imported: when, which accounts and period, how many movements were new. */
export function ImportsList({ imports }: { imports: BankImport[] | undefined }) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  if (imports === undefined) return null
  if (imports.length === 0) {
    return (
      <div className="card">
        <EmptyState>{t('imports.empty')}</EmptyState>
      </div>
    )
  }
  return (
    <div className="card" data-testid="bank-imports">
      <table className="table bank-imports">
        <thead>
          <tr>
            <th>{t('imports.when')}</th>
            <th>{t('imports.file')}</th>
            <th>{t('imports.accounts')}</th>
            <th>{t('imports.period')}</th>
            <th className="num">{t('imports.new')}</th>
            <th className="num">{t('imports.known')}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((imp) => (
            <tr key={imp.id}>
              <td className="nowrap">{formatDateTime(fmt.locale, imp.importedAt)}</td>
              <td>
                {imp.fileName} <span className="muted small">{t(`formats.${imp.format}`)}</span>
              </td>
              <td className="bank-iban">
                {imp.accountIbans.map((iban) => (
                  <div key={iban}>{formatIban(iban)}</div>
                ))}
              </td>
              <td className="nowrap">{imp.from === imp.to ? fmt.date(imp.from) : t('preview.range', { from: fmt.date(imp.from), to: fmt.date(imp.to) })}</td>
              <td className="num">{fmt.number(imp.linesNew)}</td>
              <td className="num muted">{fmt.number(imp.linesKnown)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
