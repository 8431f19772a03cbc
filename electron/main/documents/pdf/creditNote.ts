/**
 * The credit note PDF (Factura rectificativa / Factură storno / Credit note): references the corrected invoice by
 * number and date, states the reason, and prints the lines and totals as negative amounts.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { CompanySettings, CreditNote, IsoDate, Language } from '../../../../renderer/domain/types'
import { docFormat, t } from './i18n'
import { sellerContactLines, sellerOf, vatInLeiLines } from './invoice'
import { box, footer, headerBlock, pageSetup, partiesBlock } from './layout'
import { breakdownTable, linesTable, signedTotals, totalsBox } from './tables'

export function creditNoteFileName(note: CreditNote, lang: Language): string {
  const customer = note.customer.legalName || note.customerId
  return `${t(lang, 'creditNote.fileName', { number: note.fullNumber, customer })}.pdf`
}

export function buildCreditNoteDoc(
  note: CreditNote,
  company: CompanySettings,
  lang: Language = note.language,
  originalInvoiceDate?: IsoDate,
  fiscalQr?: string,
): TDocumentDefinitions {
  const fmt = docFormat(lang, note.currency)
  const seller = sellerOf(note.seller, company)
  const title = fmt.t('creditNote.title')
  const totals = signedTotals(note.totals, -1)

  const meta: [string, string][] = [
    [fmt.t('header.issueDate'), fmt.date(note.issueDate)],
    [fmt.t('header.originalInvoice'), note.invoiceNumber],
  ]
  const corrects = originalInvoiceDate
    ? fmt.t('creditNote.corrects', { number: note.invoiceNumber, date: fmt.date(originalInvoiceDate) })
    : fmt.t('creditNote.correctsNoDate', { number: note.invoiceNumber })

  const content: Content[] = [
    headerBlock({
      logoDataUrl: company.logoDataUrl,
      brand: company.tradeName || seller.legalName,
      title,
      number: note.fullNumber,
      meta,
      qr: fiscalQr ? { caption: fmt.t('header.fiscalQr'), url: fiscalQr } : undefined,
    }),
    partiesBlock(
      fmt,
      { label: fmt.t('parties.seller'), party: seller, extra: sellerContactLines(company) },
      { label: fmt.t('parties.buyer'), party: note.customer },
    ),
    {
      margin: [0, 10, 0, 0],
      ...box(fmt.t('creditNote.reason'), [
        { text: corrects, bold: true, margin: [0, 0, 0, 2] },
        { text: note.reason },
      ]),
    },
    linesTable(note.lines, fmt, -1),
    {
      margin: [0, 12, 0, 0],
      unbreakable: true,
      columns: [
        { width: '*', ...breakdownTable(totals, fmt) },
        {
          width: 220,
          ...totalsBox(totals, fmt, fmt.t('totals.creditTotal'), [
            ...vatInLeiLines(note, company, fmt, -1),
            { text: fmt.t('creditNote.negativeNote'), style: 'small' },
          ]),
        },
      ],
      columnGap: 18,
    },
  ]

  return {
    ...pageSetup(`${title} ${note.fullNumber}`, seller.legalName),
    footer: footer(`${seller.legalName} · ${fmt.t('parties.taxId')} ${seller.taxId} · ${title} ${note.fullNumber}`, fmt),
    content,
  }
}
