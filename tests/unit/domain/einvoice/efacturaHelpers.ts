/** Reading back an e-Factura XML in tests: fast-xml-parser with every value kept as the exact text written. */
import { XMLParser } from 'fast-xml-parser'
import { computeTotals } from '../../../../renderer/domain/tax'
import type { CreditNote, InvoiceLine } from '../../../../renderer/domain/types'
import { invoiceRO } from '../../main/fixtures'

/** Elements that may repeat: always arrays, so a test reads [0] whether there is one or several. */
const ARRAYS = new Set(['cac:TaxTotal', 'cac:TaxSubtotal', 'cac:InvoiceLine', 'cac:CreditNoteLine'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  // The document notes (BT-22) repeat; a PaymentTerms note does not.
  isArray: (name, jpath) => ARRAYS.has(name) || (name === 'cbc:Note' && String(jpath).split('.').length === 2),
})

// Parsed XML is dynamic by nature; tests navigate it by element names.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type X = any

export function parse(xml: string): X {
  return parser.parse(xml) as X
}

/** The text of an amount element ({ '#text', '@_currencyID' }) or of a plain one. */
export function text(node: X): string {
  return typeof node === 'object' && node !== null ? String(node['#text']) : String(node)
}

/** Names of the root's children in document order, each once per run ('cac:InvoiceLine' × 4 -> once). */
export function childOrder(xml: string): string[] {
  const names = [...xml.matchAll(/^ {2}<((?:cac|cbc):\w+)/gm)].map((m) => m[1]!)
  return names.filter((n, i) => names[i - 1] !== n)
}

/** A credit note for invoiceRO(): 10 bottles of oil and 1 shelf returned, positive quantities. */
export function creditNoteRO(overrides: Partial<CreditNote> = {}): CreditNote {
  const inv = invoiceRO()
  const lines: InvoiceLine[] = [
    { ...inv.lines[0]!, quantity: 10 },
    { ...inv.lines[3]!, quantity: 1 },
  ]
  return {
    id: 'cn-ro-1',
    series: 'ST',
    year: 2026,
    number: 7,
    fullNumber: 'ST2026-000007',
    invoiceId: inv.id,
    invoiceNumber: inv.fullNumber,
    customerId: inv.customerId,
    customer: inv.customer,
    seller: inv.seller,
    language: 'ro',
    currency: inv.currency,
    exchangeRate: inv.exchangeRate,
    issueDate: '2026-11-30',
    reason: 'Marfă returnată: 10 bidoane de ulei și un raft deteriorat la transport.',
    lines,
    totals: computeTotals(lines, { recargoEquivalencia: false }),
    recargoEquivalencia: false,
    createdAt: '2026-11-30T09:00:00.000Z',
    ...overrides,
  }
}
