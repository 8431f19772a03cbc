/**
 * One reminder or formal demand letter (LetterModel, built by renderer/domain/collections) as pdfmake content.
 *
 * Page one is laid out for a DL window envelope (DIN 5008 form B, left window): the recipient's address sits in the
 * window field 20 mm from the left and 45 mm from the top (85 x 45 mm, a small return-address line at its top);
 * fold marks at 105 and 210 mm. The sender block (logo or name, address, tax id, contact) is above it, the amount
 * claimed and the pay-by date to its right, the place and date line ("Valencia, 23 de noviembre de 2026") under
 * those. The text starts under the window with the subject in bold; then the paragraphs (already rendered by the
 * domain), the table of invoices, totals and payment details; a demand adds the parties with tax id and trade
 * register, and the legal basis; the closing words and the signature block end the letter.
 * The content of one letter is positioned for its own first page, so a batch puts each letter in its own section
 * (see letterDoc.ts).
 */
import type { Content } from 'pdfmake/interfaces'
import type { LetterModel } from '../../../../renderer/domain/collections/types'
import type { Address } from '../../../../renderer/domain/types'
import { t, type DocFormat } from './i18n'
import { COLORS } from './layout'
import { recipientLines } from './letterAddress'
import { invoicesTable, legalBasis, partiesBlock, paymentBox, signatureBlock, totalsBox } from './letterParts'

/** Points per millimetre. */
export const MM = 72 / 25.4
export const LETTER_MARGINS: [number, number, number, number] = [20 * MM, 40, 20 * MM, 52]
const PAGE_WIDTH = 210 * MM
/** The window field of a DL envelope with left window (DIN 5008 form B). */
export const ADDRESS_WINDOW = { x: 20 * MM, y: 45 * MM, width: 85 * MM, height: 45 * MM }
/** Where the text of the letter starts on page one, under the window. */
const BODY_TOP = 95 * MM
/** Up to this many invoices, the table is never split from its totals. */
const UNBREAKABLE_ROWS = 15

/** Suggested file name, e.g. 'Requerimiento de pago - Restaurante El Puerto S.L. - 2026-11-23.pdf'. */
export function letterFileName(letter: LetterModel): string {
  return `${t(letter.language, `letters.fileName.${letter.kind}`, { customer: letter.customer.legalName, date: letter.date })}.pdf`
}

/** Keeps amounts with their unit and article numbers with their word on one line ("49,59 €", "art. 5", "nr. 72/2013"). */
export function keepTogether(text: string): string {
  return text
    .replace(/(\d) (€|%|lei|EUR|RON)(?=$|[\s.,;:)])/g, '$1\u00a0$2')
    .replace(/\b(arts?\.|nr\.|n\.º|núm\.|no\.) (\d)/gi, '$1\u00a0$2')
}

/**
 * The closing of the template ("Atentamente,\n{{company.name}}", "Cu stimă,", "Reciban un cordial saludo.\nEmpresa")
 * goes with the signature, after the tables: the last paragraph when it is a short line ending in a comma, or a
 * short paragraph that signs with the company's name. The company's name is dropped from it (the signature block
 * prints it).
 */
export function splitClosing(paragraphs: string[], companyName: string): { body: string[]; closing: string[] } {
  const cleaned = paragraphs.map((p) => p.trim()).filter((p) => p !== '')
  const last = cleaned[cleaned.length - 1]
  if (last === undefined) return { body: [], closing: [] }
  const lines = last.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')
  const name = companyName.trim().toLowerCase()
  const signs = lines.some((l) => l.toLowerCase() === name)
  const short = lines.length <= 3 && (lines[0] ?? '').length <= 60
  if (!short || !(signs || /,$/.test(lines[0] ?? ''))) return { body: cleaned, closing: [] }
  return { body: cleaned.slice(0, -1), closing: lines.filter((l) => l.toLowerCase() !== name) }
}

function foldMarks(): Content {
  const mark = (y: number, len: number) => ({ type: 'line' as const, x1: 5 * MM, y1: y * MM, x2: (5 + len) * MM, y2: y * MM, lineWidth: 0.4, lineColor: COLORS.line })
  return { absolutePosition: { x: 0, y: 0 }, canvas: [mark(105, 4), mark(148.5, 6), mark(210, 4)] }
}

function senderBlock(letter: LetterModel, fmt: DocFormat, logo: string): Content {
  const c = letter.company
  const brand: Content = logo
    ? { image: logo, fit: [180, 56] }
    : { text: c.legalName, fontSize: 15, bold: true, color: COLORS.accent }
  const ids = [c.taxId.trim() ? `${fmt.t('letters.parties.taxId')} ${c.taxId}` : '', c.tradeRegister].filter((s) => s.trim() !== '')
  const details: Content[] = [
    { text: c.legalName, bold: true, fontSize: 8.5, color: COLORS.text },
    ...recipientLines(c.address, c.address.country, fmt).map((l) => ({ text: l })),
    ...ids.map((l) => ({ text: l })),
    { text: [c.phone, c.email].filter((s) => s.trim() !== '').join(' · ') },
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

/** Who sends (the return line above the window) and who receives (the window) a letter. */
export interface WindowParties {
  sender: { legalName: string; address: Address }
  recipient: { legalName: string; attention: string; address: Address }
}

/** The address block that shows through a DL window envelope: return line, then the recipient. */
export function addressWindowBlock({ sender, recipient }: WindowParties, fmt: DocFormat): Content {
  const a = sender.address
  const returnLine = [sender.legalName, a.street, [a.postalCode, a.city].join(' ').trim()].filter((s) => s.trim() !== '').join(' · ')
  const lines: Content[] = [{ text: recipient.legalName, bold: true }]
  if (recipient.attention.trim()) lines.push({ text: fmt.t('letters.attention', { name: recipient.attention }) })
  lines.push(...recipientLines(recipient.address, a.country, fmt).map((l) => ({ text: l })))
  return {
    absolutePosition: { x: ADDRESS_WINDOW.x, y: ADDRESS_WINDOW.y + 2 * MM },
    table: {
      widths: [ADDRESS_WINDOW.width - 4 * MM],
      body: [
        [{ text: returnLine, fontSize: 6, color: COLORS.muted, border: [false, false, false, true] }],
        [{ stack: lines, fontSize: 10, lineHeight: 1.2, margin: [0, 5, 0, 0], border: [false, false, false, false] }],
      ],
    },
    layout: {
      hLineWidth: (i) => (i === 1 ? 0.4 : 0),
      vLineWidth: () => 0,
      hLineColor: () => COLORS.line,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 1,
    },
  }
}

function addressWindow(letter: LetterModel, fmt: DocFormat): Content {
  const r = letter.customer
  return addressWindowBlock(
    { sender: letter.company, recipient: { legalName: r.legalName, attention: r.contactName, address: r.address } },
    fmt,
  )
}

/** Amount claimed and pay-by date at a glance, to the right of the window. */
function summaryBlock(letter: LetterModel, fmt: DocFormat): Content {
  const x = 125 * MM
  const label = (key: string) => ({ text: fmt.t(key).toUpperCase(), style: 'label' })
  return {
    absolutePosition: { x, y: ADDRESS_WINDOW.y + 6 * MM },
    table: {
      widths: [PAGE_WIDTH - LETTER_MARGINS[2] - x - 16],
      body: [
        [
          {
            stack: [
              label('letters.summary.totalClaimed'),
              { text: fmt.money(letter.totalClaimed), fontSize: 13, bold: true, color: COLORS.accent, margin: [0, 1, 0, 6] },
              label('letters.summary.payBy'),
              { text: fmt.date(letter.payBy), fontSize: 11, bold: true, margin: [0, 1, 0, 0] },
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
      paddingTop: () => 7,
      paddingBottom: () => 7,
    },
  }
}

/**
 * The content of one letter. `logo` is the key of the company logo in the document's `images` (or '' to print
 * the company name instead). Must start on a fresh page: the first four blocks are placed on the page absolutely.
 */
export function letterContent(letter: LetterModel, fmt: DocFormat, logo: string): Content[] {
  const { body, closing } = splitClosing(letter.paragraphs, letter.company.legalName)
  const place = letter.company.address.city.trim()
  const date = fmt.longDate(letter.date)
  const content: Content[] = [
    foldMarks(),
    senderBlock(letter, fmt, logo),
    addressWindow(letter, fmt),
    summaryBlock(letter, fmt),
    // Place and date on the right, level with the bottom of the window (clear of it).
    {
      absolutePosition: { x: LETTER_MARGINS[0], y: ADDRESS_WINDOW.y + ADDRESS_WINDOW.height - 5 * MM },
      text: place ? fmt.t('letters.placeDate', { place, date }) : date,
      alignment: 'right',
    },
    // Pushes the text under the window: the blocks above take no room in the flow.
    { text: '', margin: [0, BODY_TOP - LETTER_MARGINS[1], 0, 0] },
    { text: letter.subject, bold: true, fontSize: 11, margin: [0, 0, 0, 9] },
  ]
  if (letter.kind === 'demand') content.push(partiesBlock(letter, fmt))
  content.push(...body.map((p): Content => ({ text: keepTogether(p), alignment: 'justify', margin: [0, 0, 0, 5] })))
  // A short table stays with its totals: when they do not fit under the text, both start the next page together.
  content.push({
    unbreakable: letter.invoices.length <= UNBREAKABLE_ROWS,
    stack: [
      invoicesTable(letter, fmt),
      {
        margin: [0, 10, 0, 0],
        unbreakable: true,
        columnGap: 16,
        columns: [
          { width: '*', stack: [paymentBox(letter, fmt)] },
          { width: 248, stack: [totalsBox(letter, fmt)] },
        ],
      },
    ],
  })
  // The legal basis (demand) goes with the signature: neither is ever cut across pages.
  content.push({
    unbreakable: true,
    stack: [...(letter.kind === 'demand' ? [legalBasis(letter, fmt)] : []), signatureBlock(letter, fmt, closing)],
  })
  return content
}
