/**
 * The money tables of the invoice and credit note PDFs: lines (zebra-striped), tax breakdown per rate, totals box.
 * Line amounts come from the domain's lineAmount; totals are the document's stored totals.
 */
import type { Content, ContentStack, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import { lineAmount } from '../../../../renderer/domain/tax'
import type { Cents, InvoiceLine, InvoiceTotals } from '../../../../renderer/domain/types'
import type { DocFormat } from './i18n'
import { bandedTotalsTable, COLORS } from './layout'

const zebraLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 1 || i === node.table.body.length ? 0.8 : 0),
  vLineWidth: () => 0,
  hLineColor: () => COLORS.accent,
  fillColor: (row) => (row === 0 ? COLORS.accent : row % 2 === 0 ? COLORS.zebra : null),
  paddingTop: () => 4,
  paddingBottom: () => 4,
  paddingLeft: () => 4,
  paddingRight: () => 4,
}

/** The lines table; `sign` -1 prints quantities and amounts as negative (credit notes). */
export function linesTable(lines: InvoiceLine[], fmt: DocFormat, sign: 1 | -1 = 1): Content {
  const neg = (n: number) => (n === 0 ? 0 : sign * n)
  const head: TableCell[] = [
    { text: fmt.t('lines.code'), style: 'th' },
    { text: fmt.t('lines.description'), style: 'th' },
    { text: fmt.t('lines.quantity'), style: 'th', alignment: 'right' },
    { text: fmt.t('lines.unit'), style: 'th' },
    { text: fmt.t('lines.unitPrice'), style: 'th', alignment: 'right' },
    { text: fmt.t('lines.discount'), style: 'th', alignment: 'right' },
    { text: fmt.t('lines.vatRate'), style: 'th', alignment: 'right' },
    { text: fmt.t('lines.amount'), style: 'th', alignment: 'right' },
  ]
  const body: TableCell[][] = lines.map((l) => [
    { text: l.code, style: 'muted', fontSize: 7.5 },
    { text: l.description },
    { text: fmt.quantity(neg(l.quantity)), alignment: 'right', noWrap: true },
    { text: l.unit, style: 'muted' },
    { text: fmt.amount(l.unitPrice), alignment: 'right', noWrap: true },
    { text: l.discount ? fmt.percent(l.discount) : '', alignment: 'right', noWrap: true },
    { text: fmt.percent(l.vatRate), alignment: 'right', noWrap: true },
    { text: fmt.amount(neg(lineAmount(l))), alignment: 'right', bold: true, noWrap: true },
  ])
  return {
    margin: [0, 12, 0, 0],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [44, '*', 40, 24, 54, 30, 28, 58],
      body: [head, ...body],
    },
    layout: zebraLayout,
  }
}

/** Negated copy of totals for credit notes (zero stays zero). */
export function signedTotals(totals: InvoiceTotals, sign: 1 | -1): InvoiceTotals {
  const s = (n: Cents): Cents => (n === 0 ? 0 : sign * n)
  return {
    base: s(totals.base),
    vat: s(totals.vat),
    recargo: s(totals.recargo),
    total: s(totals.total),
    byRate: totals.byRate.map((r) => ({ ...r, base: s(r.base), vat: s(r.vat), recargo: s(r.recargo) })),
  }
}

/** Base, VAT (and recargo) per rate. */
export function breakdownTable(totals: InvoiceTotals, fmt: DocFormat): ContentStack {
  const withRe = totals.byRate.some((r) => r.recargoRate > 0 || r.recargo !== 0)
  const head = ['totals.rate', 'totals.base', 'totals.vat', ...(withRe ? ['totals.recargoRate', 'totals.recargo'] : [])].map(
    (k, i): TableCell => ({ text: fmt.t(k), style: 'label', alignment: i === 0 ? 'left' : 'right' }),
  )
  const rows: TableCell[][] = totals.byRate.map((r) => [
    { text: fmt.percent(r.vatRate) },
    { text: fmt.amount(r.base), alignment: 'right' },
    { text: fmt.amount(r.vat), alignment: 'right' },
    ...(withRe
      ? [
          { text: fmt.percent(r.recargoRate), alignment: 'right' as const },
          { text: fmt.amount(r.recargo), alignment: 'right' as const },
        ]
      : []),
  ])
  return {
    stack: [
      { text: fmt.t('totals.breakdown').toUpperCase(), style: 'label', color: COLORS.muted, margin: [0, 0, 0, 3] },
      {
        table: { headerRows: 1, widths: withRe ? ['auto', '*', '*', 'auto', '*'] : ['auto', '*', '*'], body: [head, ...rows] },
        layout: {
          hLineWidth: (i, node) => (i === 1 || i === node.table.body.length ? 0.5 : 0),
          vLineWidth: () => 0,
          hLineColor: () => COLORS.line,
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
    ],
  }
}

/** Right-hand totals box: base, VAT, recargo, then the grand total on an accent band; extra lines under it. */
export function totalsBox(totals: InvoiceTotals, fmt: DocFormat, totalLabel: string, extra: Content[] = []): ContentStack {
  const row = (label: string, value: string): TableCell[] => [
    { text: label, style: 'muted' },
    { text: value, alignment: 'right', noWrap: true },
  ]
  const body: TableCell[][] = [row(fmt.t('totals.baseTotal'), fmt.money(totals.base)), row(fmt.t('totals.vatTotal'), fmt.money(totals.vat))]
  if (totals.recargo !== 0 || totals.byRate.some((r) => r.recargoRate > 0)) {
    body.push(row(fmt.t('totals.recargoTotal'), fmt.money(totals.recargo)))
  }
  body.push([
    { text: totalLabel, bold: true, color: '#FFFFFF', fontSize: 10.5 },
    { text: fmt.money(totals.total), bold: true, color: '#FFFFFF', fontSize: 10.5, alignment: 'right', noWrap: true },
  ])
  return {
    stack: [
      bandedTotalsTable(body),
      { stack: extra, alignment: 'right', margin: [0, 4, 0, 0] },
    ],
  }
}
