/**
 * The blocks of a balance confirmation letter below its text: the open documents, the banded totals (open,
 * unapplied credit, balance) and the reply slip under a dashed cut line (reference, customer, "agreed with the
 * balance of X as of D" / "disagree: per our books the balance is ____", name, signature and stamp, date).
 * Pure functions of the model returning pdfmake content; amounts as the domain computed them (the contract checks
 * that they add up).
 */
import type { Content, TableCell } from 'pdfmake/interfaces'
import type { BalanceConfirmationModel } from '../../../../renderer/domain/reports/confirmationTypes'
import type { CompanySettings } from '../../../../renderer/domain/types'
import type { DocFormat } from './i18n'
import { bandedTotalsTable, COLORS } from './layout'

const PAGE_CONTENT_WIDTH = 595.28 - 2 * (20 * 72) / 25.4

/** Up to this many documents, one table across the page; more go in two tables side by side (to keep one page). */
export const SINGLE_TABLE_MAX = 6

function table(rows: BalanceConfirmationModel['documents'], fmt: DocFormat, compact: boolean): Content {
  const th = (key: string, right = false): TableCell => ({ text: fmt.t(`confirmation.table.${key}`), style: 'th', alignment: right ? 'right' : 'left' })
  const body: TableCell[][] = rows.map((d) => [
    { text: d.number, bold: true },
    { text: fmt.date(d.issueDate), noWrap: true },
    { text: fmt.date(d.dueDate), noWrap: true },
    { text: fmt.amount(d.open), alignment: 'right', noWrap: true },
  ])
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: compact ? ['*', 42, 46, 52] : ['*', 62, 70, 92],
      body: [[th('number'), th('issueDate'), th(compact ? 'dueShort' : 'dueDate'), th(compact ? 'openShort' : 'open', true)], ...body],
    },
    layout: {
      hLineWidth: (i, node) => (i === 1 || i === node.table.body.length ? 0.8 : 0),
      vLineWidth: () => 0,
      hLineColor: () => COLORS.accent,
      fillColor: (row) => (row === 0 ? COLORS.accent : row % 2 === 0 ? COLORS.zebra : null),
      paddingTop: () => (compact ? 2 : 2.5),
      paddingBottom: () => (compact ? 2 : 2.5),
      paddingLeft: () => (compact ? 4 : 5),
      paddingRight: () => (compact ? 4 : 5),
    },
    fontSize: compact ? 7.5 : 8.5,
  }
}

/**
 * Number, issue date, due date and amount open of each document, zebra rows under an accent header; more than
 * SINGLE_TABLE_MAX documents are split in two tables side by side (the first half on the left).
 */
export function documentsTable(m: BalanceConfirmationModel, fmt: DocFormat): Content {
  const docs = m.documents
  const half = Math.ceil(docs.length / 2)
  const tables: Content =
    docs.length <= SINGLE_TABLE_MAX
      ? table(docs, fmt, false)
      : { columnGap: 12, columns: [{ width: '*', stack: [table(docs.slice(0, half), fmt, true)] }, { width: '*', stack: [table(docs.slice(half), fmt, true)] }] }
  return {
    margin: [0, 4, 0, 0],
    stack: [tables, { text: fmt.t('confirmation.table.amountsIn', { currency: m.currency }), style: 'small', alignment: 'right', margin: [0, 2, 0, 0] }],
  }
}

/** Total open, less the unapplied credit (when any), and the balance on the accent band (262 pt wide). */
export function totalsTable(m: BalanceConfirmationModel, fmt: DocFormat): Content {
  const open = m.documents.reduce((s, d) => s + d.open, 0)
  const row = (label: string, value: string): TableCell[] => [
    { text: label, color: COLORS.muted },
    { text: value, alignment: 'right', noWrap: true },
  ]
  const body: TableCell[][] = []
  if (m.documents.length > 0) body.push(row(fmt.t('confirmation.totals.open'), fmt.money(open)))
  if (m.unappliedCredit > 0) body.push(row(fmt.t('confirmation.totals.credit'), fmt.money(-m.unappliedCredit)))
  const band = { bold: true, color: '#FFFFFF', fontSize: 10.5 }
  const label = m.balance < 0 ? 'confirmation.totals.balanceCredit' : 'confirmation.totals.balance'
  body.push([
    { text: fmt.t(label, { date: fmt.date(m.asOf) }), ...band },
    { text: fmt.money(Math.abs(m.balance)), ...band, alignment: 'right', noWrap: true },
  ])
  return bandedTotalsTable(body)
}

function checkbox(text: string): Content {
  return {
    columns: [
      { width: 16, canvas: [{ type: 'rect', x: 0, y: 1, w: 9, h: 9, lineWidth: 0.9, lineColor: COLORS.text }] },
      { width: '*', text },
    ],
    margin: [0, 4, 0, 0],
  }
}

function labelled(label: string, height: number): Content {
  return {
    stack: [
      { text: label.toUpperCase(), style: 'label', margin: [0, 0, 0, 2] },
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 152, h: height, lineWidth: 0.6, lineColor: COLORS.line, r: 2 }] },
    ],
  }
}

/** The reply slip, under a dashed cut line; never split across pages. */
export function replySlip(m: BalanceConfirmationModel, company: CompanySettings, fmt: DocFormat): Content {
  const amount = fmt.money(Math.abs(m.balance))
  const date = fmt.date(m.asOf)
  const agreed = fmt.t(m.balance < 0 ? 'confirmation.slip.agreedCredit' : 'confirmation.slip.agreed', { amount, date })
  const contact = [company.email, company.phone].filter((s) => s.trim() !== '').join(' · ')
  const customerIds = [m.customer.legalName, m.customer.taxId.trim() ? `${fmt.t('letters.parties.taxId')} ${m.customer.taxId}` : '']
    .filter((s) => s !== '')
    .join(' · ')
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    stack: [
      {
        canvas: [{ type: 'line', x1: -20, y1: 0, x2: PAGE_CONTENT_WIDTH + 20, y2: 0, lineWidth: 0.7, dash: { length: 4, space: 3 }, lineColor: COLORS.muted }],
      },
      { text: fmt.t('confirmation.slip.cut'), style: 'small', alignment: 'center', italics: true, margin: [0, 1, 0, 5] },
      {
        columns: [
          { width: '*', text: fmt.t('confirmation.slip.title').toUpperCase(), bold: true, color: COLORS.accent, fontSize: 10.5, characterSpacing: 0.4 },
          {
            width: 'auto',
            text: [{ text: `${fmt.t('confirmation.slip.reference')}: `, color: COLORS.muted }, { text: m.reference, bold: true }],
          },
        ],
      },
      {
        text: [fmt.t('confirmation.slip.returnTo', { company: company.legalName }), contact ? ` · ${contact}` : ''],
        style: 'small',
        margin: [0, 1, 0, 3],
      },
      { text: [{ text: `${fmt.t('confirmation.slip.customer')}: `, color: COLORS.muted }, { text: customerIds, bold: true }] },
      checkbox(agreed),
      checkbox(fmt.t('confirmation.slip.disputed')),
      {
        margin: [0, 8, 0, 0],
        columnGap: 12,
        columns: [
          { width: 'auto', stack: [labelled(fmt.t('confirmation.slip.name'), 28)] },
          { width: 'auto', stack: [labelled(fmt.t('confirmation.slip.signature'), 28)] },
          { width: '*', stack: [labelled(fmt.t('confirmation.slip.date'), 28)] },
        ],
      },
    ],
  }
}
