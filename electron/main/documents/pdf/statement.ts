/**
 * The customer statement PDF (Estado de cuenta / Fișa client / Statement of account) in the customer's language:
 * company header as on the invoice, both parties with tax ids, the period, the opening balance, every document of
 * the period with its running balance, the period totals, the closing balance, the aging of the open invoices as of
 * the period end, and the request to report differences within 15 days. Figures are the model's (checked to add
 * up by the contract schema), so the PDF and the screen cannot disagree.
 */
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { StatementModel } from '../../../../renderer/domain/reports/statement'
import type { CompanySettings, PartySnapshot } from '../../../../renderer/domain/types'
import { docFormat, t, type DocFormat } from './i18n'
import { sellerContactLines } from './invoice'
import { COLORS, footer, headerBlock, pageSetup, partiesBlock } from './layout'

/** Suggested file name, e.g. 'Estado de cuenta - Cliente SL - 2026-01-01 a 2026-11-23.pdf' (sanitized by the writer). */
export function statementFileName(s: StatementModel): string {
  return `${t(s.language, 'statement.fileName', { customer: s.customer.legalName, from: s.from, to: s.to })}.pdf`
}

function companyParty(company: CompanySettings): PartySnapshot {
  return { legalName: company.legalName, taxId: company.taxId, tradeRegister: company.tradeRegister, address: company.address }
}

const ledgerLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 1 || i === node.table.body.length ? 0.8 : 0),
  vLineWidth: () => 0,
  hLineColor: () => COLORS.accent,
  fillColor: (row, node) => {
    const last = node.table.body.length - 1
    if (row === 0 || row === last) return COLORS.accent
    if (row === 1 || row === last - 1) return COLORS.accentSoft
    return row % 2 === 0 ? COLORS.zebra : null
  },
  paddingTop: () => 4,
  paddingBottom: () => 4,
  paddingLeft: () => 4,
  paddingRight: () => 4,
}

function ledgerTable(s: StatementModel, fmt: DocFormat): Content {
  const amount = (c: number) => (c ? fmt.amount(c) : '')
  const th = (key: string, right = false): TableCell => ({ text: fmt.t(`statement.table.${key}`), style: 'th', alignment: right ? 'right' : 'left' })
  const head = [th('date'), th('document'), th('dueDate'), th('debit', true), th('credit', true), th('balance', true)]
  const band = (label: string, debit: string, credit: string, balance: number, white: boolean): TableCell[] => {
    const color = white ? '#FFFFFF' : COLORS.text
    return [
      { text: label, bold: true, colSpan: 3, color },
      { text: '' },
      { text: '' },
      { text: debit, alignment: 'right', bold: true, noWrap: true, color },
      { text: credit, alignment: 'right', bold: true, noWrap: true, color },
      { text: fmt.amount(balance), alignment: 'right', bold: true, noWrap: true, color },
    ]
  }
  const opening = band(`${fmt.t('statement.opening')} (${fmt.date(s.from)})`, '', '', s.opening, false)
  const rows: TableCell[][] = s.rows.map((r) => [
    { text: fmt.date(r.date), noWrap: true },
    { text: [{ text: `${fmt.t(`statement.kinds.${r.kind}`)} `, style: 'muted' }, { text: r.reference, bold: r.kind === 'invoice' }] },
    { text: r.dueDate ? fmt.date(r.dueDate) : '', noWrap: true },
    { text: amount(r.debit), alignment: 'right', noWrap: true },
    { text: amount(r.credit), alignment: 'right', noWrap: true },
    { text: fmt.amount(r.balance), alignment: 'right', noWrap: true },
  ])
  if (rows.length === 0) {
    rows.push([{ text: fmt.t('statement.noMovements'), style: 'muted', italics: true, colSpan: 6 }, '', '', '', '', ''])
  }
  const totals = band(fmt.t('statement.totals'), fmt.amount(s.totalDebit), fmt.amount(s.totalCredit), s.closing, false)
  const closing = band(`${fmt.t('statement.closing')} (${fmt.date(s.to)})`, '', '', s.closing, true)
  return {
    margin: [0, 12, 0, 0],
    stack: [
      { text: fmt.t('statement.table.amountsIn', { currency: s.currency }), style: 'small', alignment: 'right', margin: [0, 0, 0, 3] },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [52, '*', 52, 70, 70, 74], body: [head, opening, ...rows, totals, closing] },
        layout: ledgerLayout,
      },
    ],
  }
}

function bucketLabel(bounds: number[], i: number, fmt: DocFormat): string {
  if (i === 0) return fmt.t('statement.aging.current')
  if (i === bounds.length) return fmt.t('statement.aging.over', { days: bounds[i - 1] ?? 0 })
  return fmt.t('statement.aging.range', { from: (bounds[i - 1] ?? 0) + 1, to: bounds[i] ?? 0 })
}

function agingBlock(s: StatementModel, fmt: DocFormat): Content {
  const { aging } = s
  const title: Content = { text: fmt.t('statement.aging.title', { date: fmt.date(aging.asOf) }).toUpperCase(), style: 'label', margin: [0, 0, 0, 4] }
  if (aging.total === 0) return { margin: [0, 14, 0, 0], unbreakable: true, stack: [title, { text: fmt.t('statement.aging.none'), style: 'muted' }] }
  const head: TableCell[] = [
    ...aging.buckets.map((_, i): TableCell => ({ text: bucketLabel(aging.bounds, i, fmt), style: 'th', alignment: 'right' })),
    { text: fmt.t('statement.aging.total'), style: 'th', alignment: 'right' },
  ]
  const values: TableCell[] = [
    ...aging.buckets.map((b): TableCell => ({ text: fmt.amount(b), alignment: 'right', noWrap: true })),
    { text: fmt.money(aging.total), alignment: 'right', bold: true, noWrap: true },
  ]
  return {
    margin: [0, 14, 0, 0],
    unbreakable: true,
    stack: [
      title,
      {
        table: { widths: [...aging.buckets.map(() => '*'), 80], body: [head, values] },
        layout: {
          hLineWidth: (i, node) => (i === node.table.body.length ? 0.8 : 0),
          vLineWidth: () => 0,
          hLineColor: () => COLORS.accent,
          fillColor: (row) => (row === 0 ? COLORS.accent : COLORS.accentSoft),
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
    ],
  }
}

export function buildStatementDoc(s: StatementModel, company: CompanySettings): TDocumentDefinitions {
  const fmt = docFormat(s.language, s.currency)
  const title = fmt.t('statement.title')
  const seller = companyParty(company)
  const period = fmt.t('statement.periodValue', { from: fmt.date(s.from), to: fmt.date(s.to) })
  const meta: [string, string][] = [[fmt.t('statement.period'), period]]
  if (s.customer.code.trim()) meta.push([fmt.t('statement.customerCode'), s.customer.code])
  const customer: PartySnapshot = {
    legalName: s.customer.legalName,
    taxId: s.customer.taxId,
    tradeRegister: s.customer.tradeRegister,
    address: s.customer.address,
  }
  const closingLabel = s.closing < 0 ? fmt.t('statement.closingInFavour') : fmt.t('statement.closing')
  const content: Content[] = [
    headerBlock({ logoDataUrl: company.logoDataUrl, brand: company.tradeName || company.legalName, title, number: s.customer.legalName, meta }),
    partiesBlock(
      fmt,
      { label: fmt.t('statement.company'), party: seller, extra: sellerContactLines(company) },
      { label: fmt.t('statement.customer'), party: customer },
    ),
    ledgerTable(s, fmt),
    {
      margin: [0, 8, 0, 0],
      columns: [
        { width: '*', text: '' },
        {
          width: 'auto',
          table: {
            body: [
              [
                { text: `${closingLabel} ${fmt.date(s.to)}`, bold: true, color: '#FFFFFF', fontSize: 10.5 },
                { text: fmt.money(s.closing), bold: true, color: '#FFFFFF', fontSize: 10.5, alignment: 'right', noWrap: true },
              ],
            ],
          },
          layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => COLORS.accent, paddingLeft: () => 8, paddingRight: () => 8, paddingTop: () => 6, paddingBottom: () => 6 },
        },
      ],
    },
    agingBlock(s, fmt),
    { text: fmt.t('statement.check'), margin: [0, 16, 0, 0], bold: true },
  ]
  return {
    ...pageSetup(`${title} ${s.customer.legalName} ${s.from} ${s.to}`, company.legalName),
    footer: footer(`${company.legalName} · ${fmt.t('parties.taxId')} ${company.taxId} · ${title} · ${period}`, fmt),
    content,
  }
}
