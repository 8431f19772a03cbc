/**
 * What must be true before an invoice or a credit note can be issued (the legally required data of
 * RD 1619/2012 in Spain and Codul fiscal art. 319 in Romania, and our own consistency rules).
 * Each function returns every problem found (empty when the document can be issued); codes are in errors.json.
 */
import { compareDates, isValidIsoDate } from './dates'
import { computeTotals } from './tax'
import { VAT_RATES } from './tax'
import { validateTaxId } from './taxId'
import type { Address, CompanySettings, Cents, Invoice, InvoiceLine } from './types'

export interface IssueProblem {
  code: string
  params?: Record<string, string | number>
}

function addressComplete(a: Address | null | undefined): boolean {
  return !!a && [a.street, a.city, a.postalCode, a.country].every((f) => typeof f === 'string' && f.trim() !== '')
}

function blank(s: string | null | undefined): boolean {
  return !s || s.trim() === ''
}

/** Problems of the lines themselves (shared by invoices and credit notes); `line` params are 1-based. */
function lineProblems(lines: InvoiceLine[], prefix: 'invoice' | 'creditNote'): IssueProblem[] {
  const problems: IssueProblem[] = []
  if (lines.length === 0) problems.push({ code: `${prefix}.noLines` })
  lines.forEach((l, i) => {
    const line = i + 1
    if (blank(l.description)) problems.push({ code: `${prefix}.lineDescription`, params: { line } })
    const qtyOk = Number.isFinite(l.quantity) && Math.round(l.quantity * 1000) !== 0
    if (!qtyOk || (prefix === 'creditNote' && l.quantity < 0)) {
      problems.push({ code: `${prefix}.lineQuantity`, params: { line } })
    }
    if (!Number.isSafeInteger(l.unitPrice) || l.unitPrice < 0) problems.push({ code: `${prefix}.linePrice`, params: { line } })
    if (!Number.isInteger(l.discount) || l.discount < 0 || l.discount > 10000) {
      problems.push({ code: `${prefix}.lineDiscount`, params: { line } })
    }
  })
  return problems
}

/** Totals of lines, or null when the lines cannot be computed (problems already reported). */
function safeTotals(lines: InvoiceLine[], recargo: boolean): ReturnType<typeof computeTotals> | null {
  try {
    return computeTotals(lines, { recargoEquivalencia: recargo })
  } catch {
    return null
  }
}

/**
 * Everything that prevents issuing `inv` (seller data from `company`, buyer data from the invoice's customer
 * snapshot): seller legal name, tax id, address (RO: trade register); buyer legal name, valid tax id, address;
 * at least one line, each with a description, a non-zero quantity, a price >= 0 and a discount 0..100 %;
 * valid issue and due dates (due >= issue); PO number when the customer requires one; VAT rates of the
 * company's country (0 % when not VAT registered); recargo only in Spain; RO invoices in EUR need an exchange rate.
 */
export function issueProblems(
  inv: Invoice,
  company: CompanySettings,
  customerFlags: { requiresPO: boolean },
): IssueProblem[] {
  const p: IssueProblem[] = []
  if (inv.lifecycle !== 'draft') p.push({ code: 'invoice.alreadyIssued' })

  if (blank(company.legalName)) p.push({ code: 'invoice.sellerLegalName' })
  if (blank(company.taxId)) p.push({ code: 'invoice.sellerTaxId' })
  else if (!validateTaxId(company.taxId, company.country).ok) p.push({ code: 'invoice.sellerTaxIdInvalid' })
  if (!addressComplete(company.address)) p.push({ code: 'invoice.sellerAddress' })
  if (company.country === 'RO' && blank(company.tradeRegister)) p.push({ code: 'invoice.sellerTradeRegister' })

  const buyer = inv.customer
  if (blank(buyer.legalName)) p.push({ code: 'invoice.buyerLegalName' })
  if (blank(buyer.taxId)) p.push({ code: 'invoice.buyerTaxId' })
  else if (!validateTaxId(buyer.taxId, buyer.address?.country || company.country).ok) {
    p.push({ code: 'invoice.buyerTaxIdInvalid', params: { taxId: buyer.taxId } })
  }
  if (!addressComplete(buyer.address)) p.push({ code: 'invoice.buyerAddress' })

  p.push(...lineProblems(inv.lines, 'invoice'))
  const allowed = company.vatRegistered ? VAT_RATES[company.country] : [0]
  inv.lines.forEach((l, i) => {
    if (!allowed.includes(l.vatRate)) {
      const params = { line: i + 1, rate: l.vatRate / 100 }
      p.push(company.vatRegistered ? { code: 'invoice.vatRateNotAllowed', params } : { code: 'invoice.vatNotRegistered', params })
    }
  })
  if (inv.recargoEquivalencia && company.country !== 'ES') p.push({ code: 'invoice.recargoOnlyES' })

  const issueOk = isValidIsoDate(inv.issueDate)
  if (!issueOk) p.push({ code: 'invoice.issueDateInvalid' })
  if (!isValidIsoDate(inv.dueDate)) p.push({ code: 'invoice.dueDateInvalid' })
  else if (issueOk && compareDates(inv.dueDate, inv.issueDate) < 0) p.push({ code: 'invoice.dueBeforeIssue' })
  if (inv.deliveryDate !== '' && !isValidIsoDate(inv.deliveryDate)) p.push({ code: 'invoice.deliveryDateInvalid' })

  if (customerFlags.requiresPO && blank(inv.poNumber)) p.push({ code: 'invoice.requiresPO' })

  if (company.country === 'RO' && inv.currency === 'EUR') {
    if (inv.exchangeRate === null || !Number.isFinite(inv.exchangeRate) || inv.exchangeRate <= 0) {
      p.push({ code: 'invoice.exchangeRateRequired' })
    }
  }

  const totals = safeTotals(inv.lines, inv.recargoEquivalencia)
  if (totals && inv.lines.length > 0) {
    if (totals.total < 0) p.push({ code: 'invoice.totalNegative' })
    if (totals.total !== inv.totals.total || totals.base !== inv.totals.base) p.push({ code: 'invoice.totalsMismatch' })
  }
  return p
}

/**
 * Everything that prevents issuing a credit note for `original` with these lines: the invoice must be issued,
 * a reason is required, lines must be valid with positive quantities and VAT rates present on the invoice,
 * the total must be > 0 and not exceed what remains creditable (invoice total - already credited).
 */
export function creditNoteProblems(
  original: Invoice,
  lines: InvoiceLine[],
  reason: string,
  alreadyCredited: Cents,
): IssueProblem[] {
  const p: IssueProblem[] = []
  if (original.lifecycle !== 'issued') p.push({ code: 'creditNote.invoiceNotIssued' })
  if (blank(reason)) p.push({ code: 'creditNote.reasonRequired' })
  p.push(...lineProblems(lines, 'creditNote'))
  const invoiceRates = new Set(original.lines.map((l) => l.vatRate))
  lines.forEach((l, i) => {
    if (!invoiceRates.has(l.vatRate)) p.push({ code: 'creditNote.vatRateNotOnInvoice', params: { line: i + 1, rate: l.vatRate / 100 } })
  })
  const totals = safeTotals(lines, original.recargoEquivalencia)
  if (totals && lines.length > 0) {
    const creditable = original.totals.total - alreadyCredited
    if (totals.total <= 0) p.push({ code: 'creditNote.totalNotPositive' })
    else if (totals.total > creditable) {
      p.push({ code: 'creditNote.exceedsCreditable', params: { creditableCents: Math.max(0, creditable), totalCents: totals.total } })
    }
  }
  return p
}
