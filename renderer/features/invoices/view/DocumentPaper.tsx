import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CompanySettings, CurrencyCode, InvoiceLine, InvoiceTotals, PartySnapshot } from '../../../domain/types'
import { lineAmount } from '../../../domain/tax'
import { useFormat } from '../../../lib/format'
import { addressLine } from '../../../lib/termsText'
import { TotalsPanel } from '../editor/TotalsPanel'

export interface DocumentPaperProps {
  /** "Invoice", "Credit note" */
  kind: string
  /** The printed number, or a placeholder for drafts. */
  number: ReactNode
  seller: PartySnapshot
  company: CompanySettings
  buyer: PartySnapshot
  /** Label / value pairs next to the number (dates, references). */
  meta: Array<[string, ReactNode]>
  /** A second block next to the buyer (delivery), optional. */
  aside?: { title: string; rows: Array<[string, ReactNode]> } | null
  lines: InvoiceLine[]
  totals: InvoiceTotals
  currency: CurrencyCode
  /** Terms, payment instructions, notes: under the lines, left of the totals. */
  footer?: ReactNode
  totalTestId?: string
  /** Label of the grand total ("Invoice total", "Credit note total"). */
  totalLabel?: string
}

function Party({ title, party }: { title: string; party: PartySnapshot }) {
  const { t } = useTranslation('invoices')
  return (
    <div className="paper-party">
      <h3>{title}</h3>
      <strong>{party.legalName}</strong>
      <div>
        {t('doc.taxId')}: {party.taxId}
      </div>
      {party.tradeRegister ? (
        <div>
          {t('doc.tradeRegister')}: {party.tradeRegister}
        </div>
      ) : null}
      <div>{addressLine(party.address)}</div>
    </div>
  )
}

/** A document laid out like the paper it prints to: parties, lines, totals by rate, terms. */
export function DocumentPaper(props: DocumentPaperProps) {
  const { t } = useTranslation('invoices')
  const fmt = useFormat()
  const money = (c: number) => fmt.money(c, props.currency)
  return (
    <article className="paper" aria-label={props.kind}>
      <header className="paper-head">
        <div className="paper-seller">
          {props.company.logoDataUrl ? <img className="paper-logo" src={props.company.logoDataUrl} alt="" /> : null}
          <strong className="paper-seller-name">{props.seller.legalName}</strong>
          <div>
            {t('doc.taxId')}: {props.seller.taxId}
          </div>
          {props.seller.tradeRegister ? (
            <div>
              {t('doc.tradeRegister')}: {props.seller.tradeRegister}
            </div>
          ) : null}
          <div>{addressLine(props.seller.address)}</div>
          <div className="muted">{[props.company.phone, props.company.email].filter(Boolean).join(' · ')}</div>
        </div>
        <div className="paper-title">
          <div className="paper-kind">{props.kind}</div>
          <div className="paper-number">{props.number}</div>
          <dl className="paper-meta">
            {props.meta.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </div>
      </header>
      <section className="paper-parties">
        <Party title={t('doc.billTo')} party={props.buyer} />
        {props.aside && props.aside.rows.length > 0 ? (
          <div className="paper-party">
            <h3>{props.aside.title}</h3>
            <dl className="paper-meta">
              {props.aside.rows.map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
      </section>
      <table className="table paper-lines">
        <thead>
          <tr>
            <th>{t('lines.code')}</th>
            <th>{t('lines.description')}</th>
            <th className="num">{t('lines.quantity')}</th>
            <th>{t('lines.unit')}</th>
            <th className="num">{t('lines.unitPrice')}</th>
            <th className="num">{t('lines.discount')}</th>
            <th className="num">{t('lines.vatRate')}</th>
            <th className="num">{t('lines.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.map((l, i) => (
            <tr key={i}>
              <td className="muted">{l.code}</td>
              <td>{l.description}</td>
              <td className="num">{fmt.number(l.quantity)}</td>
              <td>{l.unit}</td>
              <td className="num">{money(l.unitPrice)}</td>
              <td className="num">{l.discount ? fmt.percent(l.discount) : ''}</td>
              <td className="num">{fmt.percent(l.vatRate)}</td>
              <td className="num">{money(lineAmount(l))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="paper-bottom">
        <div className="paper-footer">{props.footer}</div>
        <div className="paper-totals">
          <TotalsPanel totals={props.totals} currency={props.currency} testId={props.totalTestId} totalLabel={props.totalLabel} />
        </div>
      </section>
    </article>
  )
}
