/**
 * Building blocks shared by the invoice and credit note PDFs: page set-up, header, party boxes, reference and
 * terms boxes, footer. Pure functions returning pdfmake content. The money tables are in tables.ts.
 */
import type { Content, ContentTable, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Address, PartySnapshot } from '../../../../renderer/domain/types'
import type { DocFormat } from './i18n'

export const COLORS = {
  accent: '#1F3A5F',
  accentSoft: '#E8EEF6',
  zebra: '#F5F7FA',
  line: '#CBD3DE',
  text: '#1E232B',
  muted: '#5D6673',
}

export function pageSetup(title: string, author: string): Partial<TDocumentDefinitions> {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 56],
    info: { title, author, creator: 'Cobro', producer: 'Cobro' },
    defaultStyle: { font: 'Roboto', fontSize: 8.5, color: COLORS.text, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 20, bold: true, color: COLORS.accent },
      number: { fontSize: 12, bold: true },
      label: { fontSize: 7, bold: true, color: COLORS.accent, characterSpacing: 0.4 },
      muted: { color: COLORS.muted },
      partyName: { fontSize: 10.5, bold: true },
      th: { bold: true, color: '#FFFFFF', fontSize: 7.5 },
      small: { fontSize: 7.5, color: COLORS.muted },
    },
  }
}

/** Address as printed: street / postal code + city / region, country (country name in the document language). */
export function addressLines(a: Address, fmt: DocFormat): string[] {
  const country = new Intl.DisplayNames([fmt.locale], { type: 'region' }).of(a.country) ?? a.country
  const cityLine = [a.postalCode, a.city].filter((s) => s.trim() !== '').join(' ')
  const regionLine = [a.region, country].filter((s) => s.trim() !== '' && s !== a.city).join(', ')
  return [a.street, cityLine, regionLine].filter((s) => s.trim() !== '')
}

export function formatIbanGroups(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase().replace(/(.{4})/g, '$1 ').trim()
}

/** Title block: logo or trade name on the left; title, number and key dates on the right. */
export function headerBlock(opts: {
  logoDataUrl: string
  brand: string
  title: string
  number: string
  meta: [string, string][]
  /** The tax agency's QR (Spain): its caption and URL, printed at the top of the first page, 35 mm wide. */
  qr?: { caption: string; url: string }
}): Content {
  const brand: Content = opts.logoDataUrl
    ? { stack: [{ image: opts.logoDataUrl, fit: [170, 64] }] }
    : { stack: [{ text: opts.brand, fontSize: 16, bold: true, color: COLORS.accent }] }
  // 35 mm = 99 pt (the order asks for 30-40 mm), error correction level M (ISO/IEC 18004).
  const left: Content = opts.qr
    ? {
        columns: [
          { width: 'auto', ...brand },
          { width: 'auto', stack: [{ text: opts.qr.caption, style: 'muted', fontSize: 7, margin: [0, 0, 0, 2] }, { qr: opts.qr.url, fit: 99, eccLevel: 'M' }], margin: [14, 0, 0, 0] },
        ],
      }
    : brand
  const metaRows: TableCell[][] = opts.meta.map(([k, v]) => [
    { text: k, style: 'muted', alignment: 'right' },
    { text: v, bold: true, alignment: 'left' },
  ])
  return {
    stack: [
      {
        columns: [
          { width: '*', ...left },
          {
            width: 'auto',
            stack: [
              { text: opts.title, style: 'title', alignment: 'right' },
              { text: opts.number, style: 'number', alignment: 'right', margin: [0, 2, 0, 6] },
              {
                table: { body: metaRows.length ? metaRows : [['', '']] },
                layout: { ...noLines, paddingTop: () => 1, paddingBottom: () => 1, paddingLeft: () => 6, paddingRight: () => 0 },
                alignment: 'right',
              },
            ],
          },
        ],
      },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 1.5, lineColor: COLORS.accent }], margin: [0, 10, 0, 10] },
    ],
  }
}

export const noLines: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
}

/** A soft box with a small capitalised label. */
export function box(label: string, body: Content[], fill = COLORS.accentSoft): ContentTable {
  return {
    table: { widths: ['*'], body: [[{ stack: [{ text: label.toUpperCase(), style: 'label', margin: [0, 0, 0, 3] }, ...body] }]] },
    layout: {
      ...noLines,
      fillColor: () => fill,
      paddingLeft: () => 9,
      paddingRight: () => 9,
      paddingTop: () => 7,
      paddingBottom: () => 7,
    },
  }
}

function partyContent(party: PartySnapshot, fmt: DocFormat, extra: string[]): Content[] {
  const ids: Content[] = []
  if (party.taxId.trim()) ids.push({ text: [{ text: `${fmt.t('parties.taxId')}: `, style: 'muted' }, { text: party.taxId, bold: true }] })
  if (party.tradeRegister.trim()) {
    ids.push({ text: [{ text: `${fmt.t('parties.tradeRegister')}: `, style: 'muted' }, party.tradeRegister] })
  }
  return [
    { text: party.legalName, style: 'partyName', margin: [0, 0, 0, 2] },
    ...ids,
    ...addressLines(party.address, fmt).map((l) => ({ text: l })),
    ...extra.map((l) => ({ text: l, style: 'small' })),
  ]
}

/** Seller and buyer boxes side by side, always the same height. */
export function partiesBlock(
  fmt: DocFormat,
  seller: { label: string; party: PartySnapshot; extra?: string[] },
  buyer: { label: string; party: PartySnapshot; extra?: string[] },
): ContentTable {
  const cell = (p: typeof seller): TableCell => ({
    stack: [{ text: p.label.toUpperCase(), style: 'label', margin: [0, 0, 0, 3] }, ...partyContent(p.party, fmt, p.extra ?? [])],
  })
  return {
    table: { widths: ['*', 12, '*'], body: [[cell(seller), { text: '' }, cell(buyer)]] },
    layout: {
      ...noLines,
      fillColor: (_row, _node, col) => (col === 1 ? null : COLORS.accentSoft),
      paddingLeft: (col) => (col === 1 ? 0 : 9),
      paddingRight: (col) => (col === 1 ? 0 : 9),
      paddingTop: () => 7,
      paddingBottom: () => 7,
    },
  }
}

/** Label: value pairs laid out in up to three columns; nothing when every value is empty. */
export function referencesBlock(title: string, pairs: [string, string][]): Content | null {
  const present = pairs.filter(([, v]) => v.trim() !== '')
  if (present.length === 0) return null
  const cells: Content[] = present.map(([k, v]) => ({
    stack: [{ text: k.toUpperCase(), style: 'label' }, { text: v }],
  }))
  const rows: Content[][] = []
  for (let i = 0; i < cells.length; i += 3) {
    const row = cells.slice(i, i + 3)
    while (row.length < 3) row.push({ text: '' })
    rows.push(row)
  }
  return {
    margin: [0, 8, 0, 0],
    stack: [
      { text: title.toUpperCase(), style: 'label', color: COLORS.muted, margin: [0, 0, 0, 3] },
      {
        table: { widths: ['*', '*', '*'], body: rows },
        layout: {
          hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.5 : 0),
          vLineWidth: () => 0,
          hLineColor: () => COLORS.line,
          paddingTop: () => 4,
          paddingBottom: () => 4,
          paddingLeft: () => 0,
        },
      },
    ],
  }
}

export function footer(left: string, fmt: DocFormat): TDocumentDefinitions['footer'] {
  return (currentPage: number, pageCount: number) => ({
    margin: [40, 16, 40, 0],
    columns: [
      { text: left, style: 'small' },
      { text: fmt.t('header.page', { page: currentPage, pages: pageCount }), style: 'small', alignment: 'right', width: 'auto' },
    ],
  })
}

/** A two-column figures table whose last row is the highlighted total band (invoice totals, letter totals). */
export function bandedTotalsTable(body: TableCell[][]): Content {
  const last = body.length - 1
  return {
    table: { widths: ['*', 'auto'], body },
    layout: {
      ...noLines,
      fillColor: (i: number) => (i === last ? COLORS.accent : COLORS.accentSoft),
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: (i: number) => (i === last ? 6 : 3),
      paddingBottom: (i: number) => (i === last ? 6 : 3),
    },
  }
}
