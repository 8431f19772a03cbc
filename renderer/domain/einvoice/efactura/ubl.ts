/**
 * RO e-Factura: an issued invoice (type 380) or credit note (381, with BillingReference to the invoice it
 * corrects) as a UBL 2.1 document under CIUS-RO 1.0.1. Built with fast-xml-parser's XMLBuilder, elements in the
 * order the UBL 2.1 schema sequences them (Invoice and CreditNote differ: the credit note has no DueDate and its
 * TaxPointDate comes before the type code). Amounts come from the document's integer cents; the figures are the
 * ones printed on the PDF (tax.ts), so the XML and the PDF cannot disagree. Check rulesFor() before exporting.
 */
import { XMLBuilder } from 'fast-xml-parser'
import { lineAmount, vatInCurrency } from '../../tax'
import type { Cents, CompanySettings, CreditNote, CurrencyCode, Invoice, InvoiceLine, InvoiceTotals } from '../../types'
import { addressXml, customerXml, sellerIsVatPayer, supplierXml } from './parties'
import { amount, netPrice, percent, priceDiscount, quantity, taxCategory, unitCode } from './format'

export const CIUS_RO_ID = 'urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1'
export const INVOICE_TYPE = '380'
export const CREDIT_NOTE_TYPE = '381'
/** The currency VAT is accounted in (BT-6) whenever the document is in another one (BR-RO-030). */
export const TAX_CURRENCY: CurrencyCode = 'RON'

const NS = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
}

type Node = Record<string, unknown>

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true })

function money(c: Cents, currency: string): Node {
  return { '#text': amount(c), '@_currencyID': currency }
}

/** Free-text notes (BT-22): one per non-empty line of the document's notes (CIUS-RO allows 20, BR-RO-A020). */
export function notesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** One InvoiceLine / CreditNoteLine (BG-25), in the element order of InvoiceLineType, ItemType and PriceType. */
function lineXml(line: InvoiceLine, index: number, currency: string, vatPayer: boolean, qtyTag: string): Node {
  const cat = taxCategory(line.vatRate, vatPayer)
  return {
    'cbc:ID': String(index + 1),
    [qtyTag]: { '#text': quantity(line.quantity), '@_unitCode': unitCode(line.unit) },
    'cbc:LineExtensionAmount': money(lineAmount(line), currency),
    'cac:Item': {
      'cbc:Name': line.description.trim(),
      ...(line.code.trim() ? { 'cac:SellersItemIdentification': { 'cbc:ID': line.code.trim() } } : {}),
      'cac:ClassifiedTaxCategory': {
        'cbc:ID': cat,
        ...(cat === 'O' ? {} : { 'cbc:Percent': percent(line.vatRate) }),
        'cac:TaxScheme': { 'cbc:ID': 'VAT' },
      },
    },
    'cac:Price': {
      'cbc:PriceAmount': { '#text': netPrice(line), '@_currencyID': currency },
      // The line discount as a price discount (BT-147 on the gross price BT-148): net = gross - discount.
      ...(line.discount > 0
        ? {
            'cac:AllowanceCharge': {
              'cbc:ChargeIndicator': 'false',
              'cbc:Amount': { '#text': priceDiscount(line), '@_currencyID': currency },
              'cbc:BaseAmount': { '#text': amount(line.unitPrice), '@_currencyID': currency },
            },
          }
        : {}),
    },
  }
}

/**
 * TaxTotal in the document currency with one TaxSubtotal per rate (BG-23), then, for a document not in lei, a
 * second TaxTotal with only the VAT total in RON (BT-111): VAT × exchangeRate, rounded half-up once.
 */
function taxTotalsXml(totals: InvoiceTotals, currency: CurrencyCode, exchangeRate: number | null, vatPayer: boolean): Node[] {
  const main: Node = {
    'cbc:TaxAmount': money(totals.vat, currency),
    'cac:TaxSubtotal': totals.byRate.map((row) => {
      const cat = taxCategory(row.vatRate, vatPayer)
      return {
        'cbc:TaxableAmount': money(row.base, currency),
        'cbc:TaxAmount': money(row.vat, currency),
        'cac:TaxCategory': {
          'cbc:ID': cat,
          ...(cat === 'O' ? { 'cbc:TaxExemptionReasonCode': 'VATEX-EU-O' } : { 'cbc:Percent': percent(row.vatRate) }),
          'cac:TaxScheme': { 'cbc:ID': 'VAT' },
        },
      }
    }),
  }
  if (currency === TAX_CURRENCY || exchangeRate === null) return [main]
  return [main, { 'cbc:TaxAmount': money(vatInCurrency(totals.vat, exchangeRate), TAX_CURRENCY) }]
}

/**
 * BT-106, BT-109, BT-112, BT-115 as printed: no document-level allowances or charges (so BT-109 = BT-106, BR-CO-13
 * by construction) and nothing prepaid at issue (BT-115 = BT-112). rulesFor() checks that they add up.
 */
function monetaryTotalXml(totals: InvoiceTotals, currency: string): Node {
  return {
    'cbc:LineExtensionAmount': money(totals.base, currency),
    'cbc:TaxExclusiveAmount': money(totals.base, currency),
    'cbc:TaxInclusiveAmount': money(totals.total, currency),
    'cbc:PayableAmount': money(totals.total, currency),
  }
}

function headerTail(doc: { currency: CurrencyCode }): Node {
  return {
    'cbc:DocumentCurrencyCode': doc.currency,
    ...(doc.currency !== TAX_CURRENCY ? { 'cbc:TaxCurrencyCode': TAX_CURRENCY } : {}),
  }
}

function render(root: 'Invoice' | 'CreditNote', body: Node): string {
  const doc = { [root]: { '@_xmlns': NS[root], '@_xmlns:cac': NS.cac, '@_xmlns:cbc': NS.cbc, ...body } }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(doc) as string}`
}

/** The e-Factura XML of an issued invoice. */
export function invoiceXml(invoice: Invoice, company: CompanySettings): string {
  const vatPayer = sellerIsVatPayer(invoice.seller, company)
  const cur = invoice.currency
  const iban = company.iban.replace(/\s+/g, '').toUpperCase()
  const notes = notesOf(invoice.notes)
  return render('Invoice', {
    'cbc:CustomizationID': CIUS_RO_ID,
    'cbc:ID': invoice.fullNumber,
    'cbc:IssueDate': invoice.issueDate,
    'cbc:DueDate': invoice.dueDate,
    'cbc:InvoiceTypeCode': INVOICE_TYPE,
    ...(notes.length > 0 ? { 'cbc:Note': notes } : {}),
    ...headerTail(invoice),
    ...(invoice.poNumber.trim() ? { 'cac:OrderReference': { 'cbc:ID': invoice.poNumber.trim() } } : {}),
    ...(invoice.deliveryNoteNumber.trim() ? { 'cac:DespatchDocumentReference': { 'cbc:ID': invoice.deliveryNoteNumber.trim() } } : {}),
    ...(invoice.contractRef.trim() ? { 'cac:ContractDocumentReference': { 'cbc:ID': invoice.contractRef.trim() } } : {}),
    'cac:AccountingSupplierParty': supplierXml(invoice.seller, company),
    'cac:AccountingCustomerParty': customerXml(invoice.customer),
    ...(invoice.deliveryDate || invoice.deliveryAddress
      ? {
          'cac:Delivery': {
            ...(invoice.deliveryDate ? { 'cbc:ActualDeliveryDate': invoice.deliveryDate } : {}),
            ...(invoice.deliveryAddress ? { 'cac:DeliveryLocation': { 'cac:Address': addressXml(invoice.deliveryAddress) } } : {}),
          },
        }
      : {}),
    // 30 = credit transfer (BG-17), to the company's account; left out when there is no IBAN to pay into.
    ...(iban
      ? {
          'cac:PaymentMeans': {
            'cbc:PaymentMeansCode': '30',
            'cbc:PaymentID': invoice.fullNumber,
            'cac:PayeeFinancialAccount': { 'cbc:ID': iban, 'cbc:Name': invoice.seller.legalName },
          },
        }
      : {}),
    'cac:TaxTotal': taxTotalsXml(invoice.totals, cur, invoice.exchangeRate, vatPayer),
    'cac:LegalMonetaryTotal': monetaryTotalXml(invoice.totals, cur),
    'cac:InvoiceLine': invoice.lines.map((l, i) => lineXml(l, i, cur, vatPayer, 'cbc:InvoicedQuantity')),
  })
}

/**
 * The e-Factura XML of a credit note: a CreditNote document (381) with positive amounts, referring to the invoice
 * it corrects (BG-3: number and issue date). The reason is its note and, since a positive amount due needs a due
 * date or payment terms (BR-CO-25) and a credit note has no due date, its payment terms too.
 */
export function creditNoteXml(note: CreditNote, original: Invoice, company: CompanySettings): string {
  const vatPayer = sellerIsVatPayer(note.seller, company)
  const cur = note.currency
  const reason = note.reason.trim()
  const notes = notesOf(note.reason)
  return render('CreditNote', {
    'cbc:CustomizationID': CIUS_RO_ID,
    'cbc:ID': note.fullNumber,
    'cbc:IssueDate': note.issueDate,
    'cbc:CreditNoteTypeCode': CREDIT_NOTE_TYPE,
    ...(notes.length > 0 ? { 'cbc:Note': notes } : {}),
    ...headerTail(note),
    'cac:BillingReference': {
      'cac:InvoiceDocumentReference': { 'cbc:ID': original.fullNumber, 'cbc:IssueDate': original.issueDate },
    },
    'cac:AccountingSupplierParty': supplierXml(note.seller, company),
    'cac:AccountingCustomerParty': customerXml(note.customer),
    'cac:PaymentTerms': { 'cbc:Note': reason || original.fullNumber },
    'cac:TaxTotal': taxTotalsXml(note.totals, cur, note.exchangeRate, vatPayer),
    'cac:LegalMonetaryTotal': monetaryTotalXml(note.totals, cur),
    'cac:CreditNoteLine': note.lines.map((l, i) => lineXml(l, i, cur, vatPayer, 'cbc:CreditedQuantity')),
  })
}
