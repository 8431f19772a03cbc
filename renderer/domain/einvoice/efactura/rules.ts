/**
 * The CIUS-RO / EN 16931 business rules that can be checked here, before export, on the document itself (so the
 * message can name the field to fix). Rule ids are those of the CIUS-RO 1.0.9 schematron (RO16931-rules.sch:
 * BR-RO-010, -081/-082, -091/-092, -100/-101, -110/-111, -120, -202/-212, -A020, -L1024, BR-DEC-RO-*, BR-27) and
 * of EN 16931 (BR-16, BR-24, BR-53, BR-55, BR-CO-10/14/15/17, BR-S/Z/O-08, BR-O-05).
 * Uncertain: BR-DEC-RO-1010 (VAT of a breakdown row) is inferred from BR-DEC-RO-1009 (its taxable amount) and
 * may be numbered otherwise; the ids of BR-O-05 and BR-24 are EN 16931's, quoted from memory.
 * By construction, and so not checked: BR-RO-001 (CustomizationID), BR-RO-020 (type codes), BR-RO-030 (RON as
 * tax currency), BR-CO-13 (no document-level allowances or charges).
 */
import { centsToDecimalString, percentOf } from '../../money'
import { lineAmount } from '../../tax'
import type { Address, BasisPoints, CompanySettings, CreditNote, Invoice, InvoiceLine, InvoiceTotals, PartySnapshot } from '../../types'
import { resolveAddress } from './counties'
import { taxCategory } from './format'
import { sellerIsVatPayer } from './parties'
import { notesOf, TAX_CURRENCY } from './ubl'

/** Every rule id rulesFor / creditNoteRulesFor can report; each has a message in locales/<lang>/efactura.json `rules`. */
export const EFACTURA_RULES = [
  'BR-RO-010', 'BR-RO-DT001', 'BR-RO-DT003', 'BR-RO-A020', 'BR-53', 'BR-RO-065', 'BR-RO-081', 'BR-RO-082',
  'BR-RO-091', 'BR-RO-092', 'BR-RO-110', 'BR-RO-111', 'BR-RO-100', 'BR-RO-101', 'BR-RO-120', 'BR-RO-212',
  'BR-RO-202', 'BR-16', 'BR-24', 'BR-RO-L1024', 'BR-27', 'BR-O-05', 'BR-DEC-RO-09', 'BR-DEC-RO-13', 'BR-DEC-RO-14',
  'BR-DEC-RO-1009', 'BR-DEC-RO-1010', 'BR-CO-10', 'BR-S-08', 'BR-Z-08', 'BR-O-08', 'BR-CO-17', 'BR-CO-14',
  'BR-CO-15', 'BR-55',
] as const

export type ProblemParams = Record<string, string | number>

/** One failed rule: its id, the document field to fix (a path into the invoice or credit note) and message values. */
export interface Problem {
  rule: string
  field: string
  params: ProblemParams
}

export const MAX_NOTES = 20
export const MAX_ITEM_NAME = 100
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** Everything the shared checks need of an invoice or a credit note. */
interface Doc {
  fullNumber: string
  issueDate: string
  seller: PartySnapshot
  customer: PartySnapshot
  currency: string
  exchangeRate: number | null
  lines: InvoiceLine[]
  totals: InvoiceTotals
  notes: string
}

function p(rule: string, field: string, params: ProblemParams = {}): Problem {
  return { rule, field, params }
}

const dec = (c: number) => (Number.isSafeInteger(c) ? centsToDecimalString(c) : String(c / 100))

function partyProblems(party: PartySnapshot, who: 'seller' | 'customer'): Problem[] {
  const out: Problem[] = []
  const seller = who === 'seller'
  const a = party.address
  if (!a.street.trim()) out.push(p(seller ? 'BR-RO-081' : 'BR-RO-082', `${who}.address.street`))
  if (!a.city.trim()) out.push(p(seller ? 'BR-RO-091' : 'BR-RO-092', `${who}.address.city`))
  const r = resolveAddress(a)
  if (r.problem === 'county') out.push(p(seller ? 'BR-RO-110' : 'BR-RO-111', `${who}.address.region`, { region: a.region }))
  if (r.problem === 'sector') out.push(p(seller ? 'BR-RO-100' : 'BR-RO-101', `${who}.address.city`, { city: a.city }))
  return out
}

function deliveryProblems(a: Address | null): Problem[] {
  if (!a) return []
  const r = resolveAddress(a)
  if (r.problem === 'county') return [p('BR-RO-212', 'deliveryAddress.region', { region: a.region })]
  if (r.problem === 'sector') return [p('BR-RO-202', 'deliveryAddress.city', { city: a.city })]
  return []
}

function lineProblems(lines: InvoiceLine[], vatPayer: boolean): { problems: Problem[]; bases: Map<BasisPoints, number> | null } {
  const problems: Problem[] = []
  if (lines.length === 0) problems.push(p('BR-16', 'lines'))
  let bases: Map<BasisPoints, number> | null = new Map()
  lines.forEach((l, i) => {
    const line = i + 1
    const name = l.description.trim()
    if (name.length > MAX_ITEM_NAME) problems.push(p('BR-RO-L1024', `lines.${i}.description`, { line, length: name.length, max: MAX_ITEM_NAME }))
    if (l.unitPrice < 0) problems.push(p('BR-27', `lines.${i}.unitPrice`, { line }))
    if (!vatPayer && l.vatRate > 0) problems.push(p('BR-O-05', `lines.${i}.vatRate`, { line }))
    try {
      const amount = lineAmount(l)
      if (bases) bases.set(l.vatRate, (bases.get(l.vatRate) ?? 0) + amount)
    } catch {
      // A quantity, price or discount the domain cannot compute with: no line amount, and no sums to compare.
      problems.push(p('BR-24', `lines.${i}`, { line }))
      bases = null
    }
  })
  return { problems, bases }
}

/** 2-decimal amounts (BR-DEC-RO-*): our money is integer cents, so a fraction of a cent is the failure. */
function decimalProblems(t: InvoiceTotals): Problem[] {
  const checks: [string, string, number][] = [
    ['BR-DEC-RO-09', 'totals.base', t.base],
    ['BR-DEC-RO-13', 'totals.vat', t.vat],
    ['BR-DEC-RO-14', 'totals.total', t.total],
  ]
  t.byRate.forEach((row, i) => {
    checks.push(['BR-DEC-RO-1009', `totals.byRate.${i}.base`, row.base], ['BR-DEC-RO-1010', `totals.byRate.${i}.vat`, row.vat])
  })
  return checks.filter(([, , v]) => !Number.isSafeInteger(v)).map(([rule, field, v]) => p(rule, field, { value: String(v / 100) }))
}

/** The totals add up: lines -> breakdown per rate -> document totals (BR-CO-10, BR-x-08, BR-CO-17, BR-CO-14, BR-CO-15). */
function totalsProblems(t: InvoiceTotals, bases: Map<BasisPoints, number> | null, vatPayer: boolean): Problem[] {
  const out: Problem[] = []
  if (bases) {
    const sum = [...bases.values()].reduce((a, b) => a + b, 0)
    if (sum !== t.base) out.push(p('BR-CO-10', 'totals.base', { expected: dec(sum), actual: dec(t.base) }))
    const rates = new Set([...bases.keys(), ...t.byRate.map((r) => r.vatRate)])
    for (const rate of rates) {
      const i = t.byRate.findIndex((r) => r.vatRate === rate)
      const expected = bases.get(rate) ?? 0
      const actual = i >= 0 ? (t.byRate[i]?.base ?? 0) : 0
      if (expected !== actual) {
        const cat = taxCategory(rate, vatPayer)
        out.push(p(`BR-${cat}-08`, i >= 0 ? `totals.byRate.${i}.base` : 'totals.byRate', { rate: rate / 100, expected: dec(expected), actual: dec(actual) }))
      }
    }
  }
  t.byRate.forEach((row, i) => {
    if (!Number.isSafeInteger(row.base) || !Number.isSafeInteger(row.vat)) return
    const expected = percentOf(row.base, row.vatRate)
    if (taxCategory(row.vatRate, vatPayer) !== 'O' && expected !== row.vat) {
      out.push(p('BR-CO-17', `totals.byRate.${i}.vat`, { rate: row.vatRate / 100, expected: dec(expected), actual: dec(row.vat) }))
    }
  })
  const vatSum = t.byRate.reduce((a, r) => a + r.vat, 0)
  if (vatSum !== t.vat) out.push(p('BR-CO-14', 'totals.vat', { expected: dec(vatSum), actual: dec(t.vat) }))
  if (t.base + t.vat !== t.total) out.push(p('BR-CO-15', 'totals.total', { expected: dec(t.base + t.vat), actual: dec(t.total) }))
  return out
}

function docProblems(doc: Doc, company: CompanySettings): Problem[] {
  const vatPayer = sellerIsVatPayer(doc.seller, company)
  const out: Problem[] = []
  if (!/[0-9]/.test(doc.fullNumber)) out.push(p('BR-RO-010', 'fullNumber', { number: doc.fullNumber }))
  if (!DATE_RE.test(doc.issueDate)) out.push(p('BR-RO-DT001', 'issueDate', { value: doc.issueDate }))
  const notes = notesOf(doc.notes).length
  if (notes > MAX_NOTES) out.push(p('BR-RO-A020', 'notes', { count: notes, max: MAX_NOTES }))
  if (doc.currency !== TAX_CURRENCY && !(doc.exchangeRate !== null && Number.isFinite(doc.exchangeRate) && doc.exchangeRate > 0)) {
    out.push(p('BR-53', 'exchangeRate', { currency: doc.currency }))
  }
  if (!doc.seller.taxId.trim()) out.push(p('BR-RO-065', 'seller.taxId'))
  out.push(...partyProblems(doc.seller, 'seller'))
  if (!doc.customer.taxId.trim()) out.push(p('BR-RO-120', 'customer.taxId'))
  out.push(...partyProblems(doc.customer, 'customer'))
  const lines = lineProblems(doc.lines, vatPayer)
  out.push(...lines.problems)
  const decimals = decimalProblems(doc.totals)
  out.push(...decimals)
  if (decimals.length === 0) out.push(...totalsProblems(doc.totals, lines.bases, vatPayer))
  return out
}

/** What keeps an invoice's e-Factura XML from being accepted, as far as can be told here; [] when none. */
export function rulesFor(invoice: Invoice, company: CompanySettings): Problem[] {
  const out = docProblems(invoice, company)
  if (!DATE_RE.test(invoice.dueDate)) out.push(p('BR-RO-DT003', 'dueDate', { value: invoice.dueDate }))
  out.push(...deliveryProblems(invoice.deliveryAddress))
  return out
}

/** The same for a credit note; `original` is the invoice it corrects (its BillingReference). */
export function creditNoteRulesFor(note: CreditNote, original: Invoice, company: CompanySettings): Problem[] {
  const out = docProblems({ ...note, notes: note.reason }, company)
  if (!original.fullNumber.trim()) out.push(p('BR-55', 'invoiceNumber', { number: original.fullNumber }))
  return out
}
