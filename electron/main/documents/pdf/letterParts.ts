/**
 * The blocks of a reminder / formal demand letter below its text: the table of invoices, the totals, the payment
 * details, the legal basis, the parties (demand) and the signature. Pure functions of the LetterModel returning
 * pdfmake content; the amounts are printed as the domain computed them (the contract checks that they add up).
 */
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import type { LetterInvoiceRow, LetterModel } from '../../../../renderer/domain/collections/types'
import type { DocFormat } from './i18n'
import { bandedTotalsTable, box, COLORS, formatIbanGroups, noLines } from './layout'
import { recipientLines } from './letterAddress'

/** Zebra rows under an accent header; the total row, when there is one, on a soft band between two rules. */
function tableLayout(withTotal: boolean): CustomTableLayout {
  return {
    hLineWidth: (i, node) => {
      const rows = node.table.body.length
      return i === 1 || i === rows || (withTotal && i === rows - 1) ? 0.8 : 0
    },
    vLineWidth: () => 0,
    hLineColor: () => COLORS.accent,
    fillColor: (row, node) => {
      if (row === 0) return COLORS.accent
      if (withTotal && row === node.table.body.length - 1) return COLORS.accentSoft
      return row % 2 === 0 ? COLORS.zebra : null
    },
    paddingTop: () => 3,
    paddingBottom: () => 3,
    paddingLeft: () => 5,
    paddingRight: () => 5,
  }
}

/** Number, dates, amount, outstanding, days late and interest of each invoice, with a total row. */
export function invoicesTable(letter: LetterModel, fmt: DocFormat): Content {
  const showDays = letter.invoices.some((r) => r.daysLate > 0)
  const showInterest = letter.interest > 0
  // The total row only when it adds something (two or more invoices).
  const withTotal = letter.invoices.length > 1
  const th = (key: string, right = false): TableCell => ({ text: fmt.t(`letters.table.${key}`), style: 'th', alignment: right ? 'right' : 'left' })
  const num = (s: string, bold = false): TableCell => ({ text: s, alignment: 'right', noWrap: true, bold })
  const head: TableCell[] = [th('number'), th('issueDate'), th('dueDate'), th('amount', true), th('outstanding', true)]
  const widths: (number | string)[] = ['*', 48, 52, 58, 58]
  if (showDays) {
    head.push(th('daysLate', true))
    widths.push(56)
  }
  if (showInterest) {
    head.push(th('interest', true))
    widths.push(54)
  }
  const row = (r: LetterInvoiceRow): TableCell[] => {
    const cells: TableCell[] = [
      { text: r.number, bold: true },
      { text: fmt.date(r.issueDate), noWrap: true },
      { text: fmt.date(r.dueDate), noWrap: true },
      num(fmt.amount(r.total)),
      num(fmt.amount(r.outstanding), true),
    ]
    if (showDays) cells.push(num(r.daysLate > 0 ? String(r.daysLate) : '—'))
    if (showInterest) cells.push(num(fmt.amount(r.interest)))
    return cells
  }
  const total: TableCell[] = [
    { text: fmt.t('letters.table.total'), bold: true, colSpan: 3 },
    {},
    {},
    num(fmt.amount(letter.invoices.reduce((s, r) => s + r.total, 0)), true),
    num(fmt.amount(letter.principal), true),
  ]
  if (showDays) total.push({ text: '' })
  if (showInterest) total.push(num(fmt.amount(letter.interest), true))
  return {
    margin: [0, 10, 0, 0],
    stack: [
      {
        table: { headerRows: 1, dontBreakRows: true, widths, body: [head, ...letter.invoices.map(row), ...(withTotal ? [total] : [])] },
        layout: tableLayout(withTotal),
        fontSize: 8.5,
      },
      { text: fmt.t('letters.table.amountsIn', { currency: letter.currency }), style: 'small', alignment: 'right', margin: [0, 2, 0, 0] },
    ],
  }
}

/** Under the compensation label: "2 facturas × 40,00 €" when several invoices carry the same compensation. */
function compensationDetail(letter: LetterModel, fmt: DocFormat): string {
  const charged = letter.invoices.filter((r) => r.compensation > 0)
  const each = charged[0]?.compensation ?? 0
  if (charged.length > 1 && charged.every((r) => r.compensation === each)) {
    return fmt.t('letters.totals.compensationEach', { count: charged.length, amount: fmt.money(each) }).replace(/ × /g, '\u00a0×\u00a0')
  }
  return ''
}

/** Principal, interest, compensation, fees, the total claimed on an accent band, and the pay-by date. */
export function totalsBox(letter: LetterModel, fmt: DocFormat): Content {
  const row = (label: string, value: string, detail = ''): TableCell[] => [
    { stack: [{ text: label, color: COLORS.muted }, ...(detail ? [{ text: detail, style: 'small' }] : [])] },
    { text: value, alignment: 'right', noWrap: true },
  ]
  const body: TableCell[][] = [row(fmt.t('letters.totals.principal'), fmt.money(letter.principal))]
  if (letter.interest > 0) body.push(row(fmt.t('letters.totals.interest'), fmt.money(letter.interest)))
  if (letter.compensation > 0) {
    body.push(row(fmt.t('letters.totals.compensation'), fmt.money(letter.compensation), compensationDetail(letter, fmt)))
  }
  if (letter.fees > 0) body.push(row(fmt.t('letters.totals.fees'), fmt.money(letter.fees)))
  const band = { bold: true, color: '#FFFFFF', fontSize: 10.5 }
  body.push([
    { text: fmt.t('letters.totals.totalClaimed'), ...band },
    { text: fmt.money(letter.totalClaimed), ...band, alignment: 'right', noWrap: true },
  ])
  return {
    stack: [
      bandedTotalsTable(body),
      {
        text: fmt.t('letters.totals.payBy', { date: fmt.date(letter.payBy) }),
        bold: true,
        color: COLORS.accent,
        alignment: 'right',
        margin: [0, 4, 0, 0],
      },
    ],
  }
}

/** What to write in the transfer: the invoice numbers when few, else the customer's name. */
function paymentReference(letter: LetterModel): string {
  if (letter.invoices.length <= 4) return letter.invoices.map((r) => r.number).join(', ')
  return letter.customer.legalName
}

/** Beneficiary, IBAN in groups of four, bank, reference to quote and whom to ask. */
export function paymentBox(letter: LetterModel, fmt: DocFormat): Content {
  const c = letter.company
  const body: Content[] = []
  if (c.iban.trim()) {
    body.push({ text: fmt.t('letters.payment.transfer', { beneficiary: c.legalName }) })
    body.push({
      text: [{ text: `${fmt.t('letters.payment.iban')}: `, color: COLORS.muted }, { text: formatIbanGroups(c.iban), bold: true }],
      margin: [0, 2, 0, 0],
    })
    if (c.bankName.trim()) body.push({ text: [{ text: `${fmt.t('letters.payment.bank')}: `, color: COLORS.muted }, c.bankName] })
    body.push({ text: fmt.t('letters.payment.reference', { reference: paymentReference(letter) }), margin: [0, 2, 0, 0] })
  }
  const contact = [c.phone, c.email].filter((s) => s.trim() !== '').join(' · ')
  if (contact) body.push({ text: fmt.t('letters.payment.contact', { contact }), style: 'small', margin: [0, 3, 0, 0] })
  return body.length > 0 ? box(fmt.t('letters.payment.title'), body) : { text: '' }
}

/** The statute the claim rests on (by the company's country), with the interest rate(s) applied. */
export function legalBasis(letter: LetterModel, fmt: DocFormat): Content {
  const withInterest = letter.invoices.filter((r) => r.interest > 0)
  const rates = [...new Set((withInterest.length ? withInterest : letter.invoices).map((r) => r.rate))].sort((a, b) => a - b)
  return {
    margin: [0, 10, 0, 0],
    text: [
      { text: `${fmt.t('letters.legal.title')}: `, bold: true },
      { text: fmt.t(`letters.legal.${letter.country}`, { rate: fmt.list(rates.map((r) => fmt.percent(r))) }) },
    ],
    style: 'legal',
  }
}

function partyCell(label: string, p: LetterModel['company'] | LetterModel['customer'], fmt: DocFormat, home: string): TableCell {
  const ids: Content[] = []
  if (p.taxId.trim()) ids.push({ text: [{ text: `${fmt.t('letters.parties.taxId')}: `, color: COLORS.muted }, { text: p.taxId, bold: true }] })
  if (p.tradeRegister.trim()) {
    ids.push({ text: [{ text: `${fmt.t('letters.parties.tradeRegister')}: `, color: COLORS.muted }, p.tradeRegister] })
  }
  return {
    stack: [
      { text: label.toUpperCase(), style: 'label', margin: [0, 0, 0, 3] },
      { text: p.legalName, bold: true },
      ...ids,
      { text: recipientLines(p.address, home, fmt).join(', ') },
    ],
  }
}

/** Creditor and debtor side by side with tax id, trade register and address (formal demand). */
export function partiesBlock(letter: LetterModel, fmt: DocFormat): Content {
  const home = letter.company.address.country
  return {
    margin: [0, 0, 0, 10],
    table: {
      widths: ['*', 10, '*'],
      body: [
        [
          partyCell(fmt.t('letters.parties.creditor'), letter.company, fmt, home),
          { text: '' },
          partyCell(fmt.t('letters.parties.debtor'), letter.customer, fmt, home),
        ],
      ],
    },
    layout: {
      ...noLines,
      fillColor: (_r, _n, col) => (col === 1 ? null : COLORS.accentSoft),
      paddingLeft: (col) => (col === 1 ? 0 : 8),
      paddingRight: (col) => (col === 1 ? 0 : 8),
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    fontSize: 8,
  }
}

/**
 * Closing words and the company; a demand adds, to the right, the signature line ("Fdo.:" / "Semnătura" /
 * "Signed:") and the date.
 */
export function signatureBlock(letter: LetterModel, fmt: DocFormat, closing: string[]): Content {
  const left: Content[] = closing.map((p) => ({ text: p, margin: [0, 0, 0, 6] }))
  left.push({ text: letter.company.legalName, bold: true, margin: [0, 2, 0, 0] })
  const contact = [letter.company.phone, letter.company.email].filter((s) => s.trim() !== '').join(' · ')
  if (letter.kind !== 'demand') {
    if (contact) left.push({ text: contact, style: 'small' })
    return { margin: [0, 14, 0, 0], unbreakable: true, stack: left }
  }
  const right: Content[] = [
    {
      margin: [0, 34, 0, 0],
      columnGap: 0,
      columns: [
        { width: 'auto', text: fmt.t('letters.signature.signed') },
        { width: '*', canvas: [{ type: 'line', x1: 6, y1: 10, x2: 180, y2: 10, lineWidth: 0.6, lineColor: COLORS.text }] },
      ],
    },
    { text: fmt.t('letters.signature.date', { date: fmt.date(letter.date) }), margin: [0, 4, 0, 0] },
  ]
  return {
    margin: [0, 14, 0, 0],
    unbreakable: true,
    columnGap: 24,
    columns: [
      { width: '*', stack: left },
      { width: 232, stack: right },
    ],
  }
}
