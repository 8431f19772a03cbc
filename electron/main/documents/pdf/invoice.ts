/**
 * The invoice PDF (Factura / Factură / Invoice): every field Spanish (RD 1619/2012) and Romanian (Codul fiscal
 * art. 319) invoices must carry, plus the credit terms stated plainly. Amounts come from the invoice's stored totals
 * and the domain's lineAmount, so the PDF and the screens cannot disagree.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatMoney, percentOf } from '../../../../renderer/domain/money'
import { vatInCurrency } from '../../../../renderer/domain/tax'
import { earlyDiscountDeadline } from '../../../../renderer/domain/terms'
import type { CompanySettings, Invoice, Language, PartySnapshot } from '../../../../renderer/domain/types'
import { docFormat, t, type DocFormat } from './i18n'
import { addressLines, box, footer, formatIbanGroups, headerBlock, pageSetup, partiesBlock, referencesBlock } from './layout'
import { breakdownTable, linesTable, totalsBox } from './tables'

/** The seller as printed: the invoice's frozen snapshot, completed from the company settings where empty. */
export function sellerOf(snapshot: PartySnapshot, company: CompanySettings): PartySnapshot {
  return {
    legalName: snapshot.legalName || company.legalName,
    taxId: snapshot.taxId || company.taxId,
    tradeRegister: snapshot.tradeRegister || company.tradeRegister,
    address: snapshot.address.street || snapshot.address.city ? snapshot.address : company.address,
  }
}

export function sellerContactLines(company: CompanySettings): string[] {
  return [company.email, company.phone].filter((s) => s.trim() !== '')
}

export function invoiceTitle(invoice: Invoice, lang: Language): string {
  return t(lang, invoice.lifecycle === 'draft' ? 'invoice.draftTitle' : 'invoice.title')
}

/** Suggested file name, e.g. 'Factura F2026-000001 - Cliente SL.pdf' (sanitized by the file writer). */
export function invoiceFileName(invoice: Invoice, lang: Language): string {
  const customer = invoice.customer.legalName || invoice.customerId
  const base =
    invoice.lifecycle === 'draft' || !invoice.fullNumber
      ? t(lang, 'invoice.draftFileName', { customer })
      : t(lang, 'invoice.fileName', { number: invoice.fullNumber, customer })
  return `${base}.pdf`
}

/** The plainly stated credit terms, payment days, early-payment discount, bank details and late-payment notice. */
export function termsLines(invoice: Invoice, company: CompanySettings, fmt: DocFormat): Content[] {
  const dueDate = fmt.date(invoice.dueDate)
  const terms = invoice.terms
  const out: Content[] = [
    {
      text:
        terms.kind === 'immediate'
          ? fmt.t('terms.immediate', { dueDate })
          : fmt.t(terms.kind === 'net' ? 'terms.net' : 'terms.endOfMonth', { days: terms.days, dueDate }),
      bold: true,
    },
  ]
  if (invoice.paymentDays.length > 0) {
    const days = [...invoice.paymentDays].sort((a, b) => a - b).map(String)
    out.push({ text: fmt.t('terms.paymentDays', { days: fmt.list(days) }) })
  }
  const early = invoice.earlyDiscount
  if (early && early.percent > 0) {
    const amount = percentOf(invoice.totals.total, early.percent)
    out.push({
      text: fmt.t('terms.earlyDiscount', {
        percent: fmt.percent(early.percent),
        date: fmt.date(earlyDiscountDeadline(invoice.issueDate, early)),
        amount: fmt.money(amount),
        net: fmt.money(invoice.totals.total - amount),
      }),
    })
  }
  if (company.iban.trim()) {
    out.push({
      margin: [0, 4, 0, 0],
      text: [
        { text: `${fmt.t('terms.payBy')} · ${fmt.t('terms.iban')}: `, style: 'muted' },
        { text: formatIbanGroups(company.iban), bold: true },
        ...(company.bankName.trim() ? [{ text: ` · ${fmt.t('terms.bank')}: `, style: 'muted' }, { text: company.bankName }] : []),
      ],
    })
  }
  out.push({ text: fmt.t(`terms.lateInterest.${company.country}`), style: 'small', italics: true, margin: [0, 4, 0, 0] })
  return out
}

/** RO invoices in another currency: VAT stated in lei with the exchange rate used. */
export function vatInLeiLines(
  doc: { currency: Invoice['currency']; exchangeRate: number | null; totals: Invoice['totals'] },
  company: CompanySettings,
  fmt: DocFormat,
  sign: 1 | -1 = 1,
): Content[] {
  if (company.country !== 'RO' || doc.currency === 'RON' || !doc.exchangeRate) return []
  const lei = vatInCurrency(doc.totals.vat, doc.exchangeRate)
  const signed = lei === 0 ? 0 : sign * lei
  return [
    { text: fmt.t('totals.vatInLei', { amount: formatMoney(signed, 'RON', fmt.locale) }), bold: true },
    { text: fmt.t('totals.exchangeRate', { currency: doc.currency, rate: fmt.rate(doc.exchangeRate) }), style: 'small' },
  ]
}

export function buildInvoiceDoc(invoice: Invoice, company: CompanySettings, lang: Language = invoice.language, fiscalQr?: string): TDocumentDefinitions {
  const fmt = docFormat(lang, invoice.currency)
  const seller = sellerOf(invoice.seller, company)
  const isDraft = invoice.lifecycle === 'draft' || !invoice.fullNumber
  const title = invoiceTitle(invoice, lang)
  const number = isDraft ? fmt.t('invoice.draftNumber') : invoice.fullNumber

  const meta: [string, string][] = [[fmt.t('header.issueDate'), fmt.date(invoice.issueDate)]]
  const deliveryInHeader = invoice.deliveryDate !== '' && invoice.deliveryDate !== invoice.issueDate
  if (deliveryInHeader) {
    meta.push([fmt.t('header.deliveryDate'), fmt.date(invoice.deliveryDate)])
  }
  meta.push([fmt.t('header.dueDate'), fmt.date(invoice.dueDate)])

  const refs = referencesBlock(fmt.t('delivery.title'), [
    [fmt.t('delivery.deliveryNote'), invoice.deliveryNoteNumber],
    // A delivery date that differs from the issue date is already in the header (fecha de operación / data livrării).
    [fmt.t('delivery.deliveryDate'), invoice.deliveryDate && !deliveryInHeader ? fmt.date(invoice.deliveryDate) : ''],
    [fmt.t('delivery.deliveryAddress'), invoice.deliveryAddress ? addressLines(invoice.deliveryAddress, fmt).join(', ') : ''],
    [fmt.t('delivery.poNumber'), invoice.poNumber],
    [fmt.t('delivery.contractRef'), invoice.contractRef],
  ])

  const content: Content[] = [
    headerBlock({
      logoDataUrl: company.logoDataUrl,
      brand: company.tradeName || seller.legalName,
      title,
      number,
      meta,
      qr: fiscalQr ? { caption: fmt.t('header.fiscalQr'), url: fiscalQr } : undefined,
    }),
    partiesBlock(
      fmt,
      { label: fmt.t('parties.seller'), party: seller, extra: sellerContactLines(company) },
      { label: fmt.t('parties.buyer'), party: invoice.customer },
    ),
  ]
  if (refs) content.push(refs)
  content.push(linesTable(invoice.lines, fmt))
  content.push({
    margin: [0, 12, 0, 0],
    unbreakable: true,
    columns: [
      { width: '*', ...breakdownTable(invoice.totals, fmt) },
      { width: 220, ...totalsBox(invoice.totals, fmt, fmt.t('totals.total'), vatInLeiLines(invoice, company, fmt)) },
    ],
    columnGap: 18,
  })
  content.push({ margin: [0, 14, 0, 0], unbreakable: true, ...box(fmt.t('terms.title'), termsLines(invoice, company, fmt)) })
  if (invoice.notes.trim()) {
    content.push({ margin: [0, 10, 0, 0], stack: [{ text: fmt.t('notes.title').toUpperCase(), style: 'label' }, { text: invoice.notes }] })
  }
  const cancelled = invoice.lifecycle === 'cancelled'
  if (cancelled) {
    const date = invoice.cancelledAt ? fmt.date(invoice.cancelledAt.slice(0, 10)) : ''
    content.splice(1, 0, {
      margin: [0, 0, 0, 10],
      table: { widths: ['*'], body: [[{ text: fmt.t('invoice.cancelledNote', { date, reason: invoice.cancelReason ?? '' }), bold: true, color: '#9b1c1c', margin: [6, 4, 6, 4] }]] },
      layout: { hLineColor: () => '#9b1c1c', vLineColor: () => '#9b1c1c' },
    })
  }

  return {
    ...pageSetup(`${title} ${isDraft ? '' : invoice.fullNumber}`.trim(), seller.legalName),
    ...(isDraft ? { watermark: { text: fmt.t('invoice.draftWatermark'), opacity: 0.07, bold: true, fontSize: 90 } } : {}),
    ...(cancelled ? { watermark: { text: fmt.t('invoice.cancelledWatermark'), color: '#9b1c1c', opacity: 0.12, bold: true, fontSize: 90 } } : {}),
    footer: footer(`${seller.legalName} · ${fmt.t('parties.taxId')} ${seller.taxId} · ${title} ${number}`, fmt),
    content,
  }
}
