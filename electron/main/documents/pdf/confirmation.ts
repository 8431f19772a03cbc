/**
 * One balance confirmation letter (BalanceConfirmationModel, built by renderer/domain/reports/confirmation.ts) as
 * pdfmake content, in the customer's language, laid out like the reminder letters for a DL window envelope:
 * letterhead on top, the customer's address (with the attention line) in the window, reference / balance / reply-by
 * at a glance to its right, place and date under them. Then the subject, the request to confirm the balance as of
 * the date per our books, the open documents, the banded totals, the request to reply by the date with the detail
 * of any difference, the closing, and the reply slip below a dashed cut line. One page up to 16 documents (more than
 * 6 go in two tables side by side); a longer list flows on and the slip follows it, never split.
 */
import type { Content } from 'pdfmake/interfaces'
import type { BalanceConfirmationModel } from '../../../../renderer/domain/reports/confirmationTypes'
import type { CompanySettings } from '../../../../renderer/domain/types'
import { t, type DocFormat } from './i18n'
import { COLORS } from './layout'
import { ADDRESS_WINDOW, addressWindowBlock, keepTogether, LETTER_MARGINS, MM } from './letter'
import { recipientLines } from './letterAddress'
import { documentsTable, replySlip, totalsTable } from './confirmationParts'

const PAGE_WIDTH = 210 * MM
/** Where the text starts on page one, under the window. */
const BODY_TOP = 93 * MM
/** Up to this many documents (12 rows of two), the table is never split from its totals. */
const UNBREAKABLE_DOCUMENTS = 24

/** Suggested file name, e.g. 'Confirmación de saldo - Bar Sol, S.L. - 2026-12-31.pdf' (sanitized by the writer). */
export function confirmationFileName(m: BalanceConfirmationModel): string {
  return `${t(m.language, 'confirmation.fileName', { customer: m.customer.legalName, asOf: m.asOf })}.pdf`
}

function foldMarks(): Content {
  const mark = (y: number, len: number) => ({ type: 'line' as const, x1: 5 * MM, y1: y * MM, x2: (5 + len) * MM, y2: y * MM, lineWidth: 0.4, lineColor: COLORS.line })
  return { absolutePosition: { x: 0, y: 0 }, canvas: [mark(105, 4), mark(148.5, 6), mark(210, 4)] }
}

function letterhead(company: CompanySettings, fmt: DocFormat, logo: string): Content {
  const brand: Content = logo
    ? { image: logo, fit: [180, 56] }
    : { text: company.tradeName || company.legalName, fontSize: 15, bold: true, color: COLORS.accent }
  const ids = [company.taxId.trim() ? `${fmt.t('letters.parties.taxId')} ${company.taxId}` : '', company.tradeRegister].filter((s) => s.trim() !== '')
  const details: Content[] = [
    { text: company.legalName, bold: true, fontSize: 8.5, color: COLORS.text },
    ...recipientLines(company.address, company.address.country, fmt).map((l) => ({ text: l })),
    ...ids.map((l) => ({ text: l })),
    { text: [company.phone, company.email].filter((s) => s.trim() !== '').join(' · ') },
  ]
  return {
    absolutePosition: { x: LETTER_MARGINS[0], y: 34 },
    columns: [
      { width: '*', stack: [brand] },
      { width: 230, stack: details, alignment: 'right', fontSize: 7.5, color: COLORS.muted, lineHeight: 1.2 },
    ],
    columnGap: 12,
  }
}

function addressWindow(m: BalanceConfirmationModel, company: CompanySettings, fmt: DocFormat): Content {
  return addressWindowBlock({ sender: company, recipient: m.customer }, fmt)
}

/** Reference, balance and reply-by date at a glance, to the right of the window. */
function summaryBlock(m: BalanceConfirmationModel, fmt: DocFormat): Content {
  const x = 125 * MM
  const label = (text: string) => ({ text: text.toUpperCase(), style: 'label' })
  return {
    absolutePosition: { x, y: ADDRESS_WINDOW.y + 2 * MM },
    table: {
      widths: [PAGE_WIDTH - LETTER_MARGINS[2] - x - 16],
      body: [
        [
          {
            stack: [
              label(fmt.t('confirmation.summary.reference')),
              { text: m.reference, bold: true, margin: [0, 1, 0, 5] },
              label(fmt.t(m.balance < 0 ? 'confirmation.totals.balanceCredit' : 'confirmation.summary.balance', { date: fmt.date(m.asOf) })),
              { text: fmt.money(Math.abs(m.balance)), fontSize: 13, bold: true, color: COLORS.accent, margin: [0, 1, 0, 5] },
              label(fmt.t('confirmation.summary.replyBy')),
              { text: fmt.date(m.replyBy), fontSize: 11, bold: true, margin: [0, 1, 0, 0] },
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 0 ? 2 : 0),
      vLineColor: () => COLORS.accent,
      fillColor: () => COLORS.accentSoft,
      paddingLeft: () => 9,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
  }
}

function introKey(balance: number): string {
  return balance > 0 ? 'confirmation.intro.owes' : balance < 0 ? 'confirmation.intro.credit' : 'confirmation.intro.zero'
}

/**
 * The content of one letter; must start on a fresh page (the top blocks are placed absolutely). `logo` is the key
 * of the company logo in the document's `images`, or '' to print the name instead.
 */
export function confirmationContent(m: BalanceConfirmationModel, company: CompanySettings, fmt: DocFormat, logo: string): Content[] {
  const place = company.address.city.trim()
  const date = fmt.longDate(m.date)
  const contact = [company.email, company.phone].filter((s) => s.trim() !== '').join(' · ')
  const paragraph = (text: string, margin: [number, number, number, number] = [0, 0, 0, 5]): Content => ({ text: keepTogether(text), alignment: 'justify', margin })
  const content: Content[] = [
    foldMarks(),
    letterhead(company, fmt, logo),
    addressWindow(m, company, fmt),
    summaryBlock(m, fmt),
    {
      absolutePosition: { x: LETTER_MARGINS[0], y: ADDRESS_WINDOW.y + ADDRESS_WINDOW.height - 3 * MM },
      text: place ? fmt.t('letters.placeDate', { place, date }) : date,
      alignment: 'right',
    },
    { text: '', margin: [0, BODY_TOP - LETTER_MARGINS[1], 0, 0] },
    { text: fmt.t('confirmation.subject', { date: fmt.date(m.asOf) }), bold: true, fontSize: 11, margin: [0, 0, 0, 7] },
    { text: fmt.t('confirmation.salutation'), margin: [0, 0, 0, 4] },
  ]
  const intro = fmt.t(introKey(m.balance), { company: company.legalName, date: fmt.date(m.asOf), amount: fmt.money(Math.abs(m.balance)) })
  const lead = fmt.t(m.documents.length > 0 ? 'confirmation.listIntro' : 'confirmation.noDocuments')
  // The documents stay with their totals; beside the totals, that this is no claim and where to reply.
  const aside = [fmt.t('confirmation.notPayment'), contact ? fmt.t('confirmation.replyTo', { contact }) : ''].filter((s) => s).join(' ')
  content.push({
    unbreakable: m.documents.length <= UNBREAKABLE_DOCUMENTS,
    stack: [
      paragraph(`${intro} ${lead}`, [0, 0, 0, 2]),
      ...(m.documents.length > 0 ? [documentsTable(m, fmt)] : []),
      {
        margin: [0, 6, 0, 0],
        columnGap: 16,
        columns: [
          { width: '*', text: keepTogether(aside), style: 'small', margin: [0, 2, 0, 0] },
          { width: 262, stack: [totalsTable(m, fmt)] },
        ],
      },
    ],
  })
  content.push({
    unbreakable: true,
    margin: [0, 8, 0, 0],
    stack: [
      paragraph(fmt.t('confirmation.request', { date: fmt.date(m.replyBy) })),
      { text: fmt.t('confirmation.closing'), margin: [0, 2, 0, 0] },
      { text: company.legalName, bold: true },
    ],
  })
  content.push(replySlip(m, company, fmt))
  return content
}
