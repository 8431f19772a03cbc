import { useTranslation } from 'react-i18next'
import { Alert } from '../../../components/Alert'
import { Badge } from '../../../components/StatusBadge'
import type { ImportPreview } from '../../../db/repos/bank/imports'
import { formatIban } from '../../../domain/iban'
import { useFormat } from '../../../lib/format'
import { moneyIn } from '../messages'

type Ready = Extract<ImportPreview, { kind: 'ready' }>

/** Lines listed in the preview (the import takes them all). */
const SHOWN_LINES = 200

/** What the file holds, per account, and which of its movements are new: nothing is written yet. */
export function PreviewSummary({ preview }: { preview: Ready }) {
  const { t } = useTranslation('bankUi')
  const fmt = useFormat()
  const lines = preview.lines.slice(0, SHOWN_LINES)
  return (
    <div className="bank-preview" data-testid="bank-preview">
      <p className="bank-preview-headline" data-testid="bank-preview-counts">
        <strong>{t('preview.counts', { count: preview.newLines, known: preview.knownLines })}</strong>{' '}
        <span className="muted">{t('preview.credits', { count: preview.credits, amount: fmt.money(preview.creditTotal) })}</span>
      </p>
      {preview.newLines === 0 ? <Alert tone="info">{t('preview.allKnown')}</Alert> : null}
      <table className="table bank-accounts">
        <thead>
          <tr>
            <th>{t('preview.account')}</th>
            <th>{t('preview.period')}</th>
            <th className="num">{t('preview.opening')}</th>
            <th className="num">{t('preview.creditsCol')}</th>
            <th className="num">{t('preview.debitsCol')}</th>
            <th className="num">{t('preview.closing')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.statements.map((s) => (
            <tr key={`${s.accountIban}-${s.from}`}>
              <td className="bank-iban">
                {formatIban(s.accountIban)} <span className="muted">{s.currency}</span>
              </td>
              <td>{s.from === s.to ? fmt.date(s.from) : t('preview.range', { from: fmt.date(s.from), to: fmt.date(s.to) })}</td>
              <td className="num">{s.openingBalance === null ? '—' : moneyIn(fmt, s.openingBalance, s.currency)}</td>
              <td className="num">
                <span className="bank-in">{moneyIn(fmt, s.creditTotal, s.currency)}</span>
                <div className="muted small">{t('preview.movements', { count: s.credits })}</div>
              </td>
              <td className="num">
                <span className="bank-out">{moneyIn(fmt, -Math.abs(s.debitTotal), s.currency)}</span>
                <div className="muted small">{t('preview.movements', { count: s.debits })}</div>
              </td>
              <td className="num">
                <strong>{s.closingBalance === null ? '—' : moneyIn(fmt, s.closingBalance, s.currency)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="bank-lines-scroll">
        <table className="table bank-lines">
          <thead>
            <tr>
              <th>{t('line.date')}</th>
              <th>{t('line.party')}</th>
              <th>{t('line.remittance')}</th>
              <th className="num">{t('line.amount')}</th>
              <th>{t('preview.state')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id} className={l.known ? 'is-known' : ''}>
                <td className="nowrap">{fmt.date(l.bookingDate)}</td>
                <td className="bank-party">{l.counterpartyName || <span className="muted">{t('line.noName')}</span>}</td>
                <td className="bank-remittance">{l.remittance}</td>
                <td className={`num nowrap ${l.amount > 0 ? 'bank-in' : 'bank-out'}`}>{moneyIn(fmt, l.amount, l.currency)}</td>
                <td>{l.known ? <Badge>{t('preview.known')}</Badge> : <Badge tone="info">{t('preview.new')}</Badge>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {preview.lines.length > SHOWN_LINES ? <p className="muted small">{t('preview.moreLines', { count: preview.lines.length - SHOWN_LINES })}</p> : null}
      </div>
    </div>
  )
}
