/**
 * Invoice numbers in remittance text, as people and banks write them:
 *   'F2026-000123', 'F2026/123', 'F 2026 123', 'F2026000123'          -> series + year + number  ('full')
 *   'FACT. 2026-123', 'FRA 123/2026'                                   -> year + number           ('yearNumber')
 *   'CV FACT CFD 123' (CFD a known series)                              -> series + number         ('seriesNumber')
 *   'FRA 123', 'factura 123 y 124', 'CV FACT 123', 'contravaloare factura nr. 123, 124 si 125'
 *                                                                      -> number after a keyword  ('number')
 *   any other group of 3..9 digits                                     -> 'bareNumber' (weakest)
 * Dates ('15/03/2026', '2026-03-15'), amounts ('1.234,56') and IBANs are removed first so their digits are not
 * read as numbers. A series is only recognised among the series of the open invoices (`seriesCodes`).
 */
import { normalizeText } from '../../search'

export type ReferenceKind = 'full' | 'yearNumber' | 'seriesNumber' | 'number' | 'bareNumber'

export interface ReferenceCandidate {
  kind: ReferenceKind
  number: number
  series?: string
  year?: number
}

/** Words that announce invoice numbers (upper case, without accents or dots). */
const KEYWORDS = new Set([
  'FACTURA', 'FACTURAS', 'FRA', 'FRAS', 'FTRA', 'FTRAS', 'FACT', 'FACTS', 'FCT', 'FC', 'FAC', 'FF', 'FT',
  'FACTURI', 'FACTURII', 'FACTURILOR', 'INVOICE', 'INVOICES', 'INV',
])
/**
 * Words allowed inside a list ('factura nr. 123 y 124', '123 si 124'). 'NR' alone does not start a list: Romanian
 * transfers carry the payment order's own number ('OP nr. 4521').
 */
const CONNECTORS = new Set(['Y', 'E', 'SI', 'AND', 'PLUS', 'NR', 'NRO', 'NUM', 'NUMERO', 'NO', 'N'])

const MAX_REFERENCES = 20
const MAX_DIGITS = 9

const DATE_RE = /\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|(?:19|20)\d{2}-\d{2}-\d{2})\b/g
const AMOUNT_RE = /\b\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\b/g
const IBAN_RE = /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/g
/** letters, then year, then number: 'F2026-000123', 'FACT. 2026-123', 'F 2026/123', 'F2026000123'. */
const SERIES_YEAR_NUMBER_RE = /\b([A-Z]{1,10})[ ./-]{0,3}((?:19|20)\d{2})[ ./-]{0,2}(\d{1,9})\b/g
/** year-number without letters: '2026-123', '2026/123'. */
const YEAR_NUMBER_RE = /\b((?:19|20)\d{2})[/-](\d{1,9})\b/g
/** number/year, the Spanish habit: '123/2026'. */
const NUMBER_YEAR_RE = /\b(\d{1,9})[/-]((?:19|20)\d{2})\b/g

function toNumber(digits: string): number | null {
  const n = Number(digits)
  return digits.length <= MAX_DIGITS && Number.isSafeInteger(n) && n > 0 ? n : null
}

/** The invoice references a remittance text may contain, strongest kinds first, without duplicates. */
export function extractReferences(remittance: string, seriesCodes: ReadonlySet<string>): ReferenceCandidate[] {
  const out: ReferenceCandidate[] = []
  const seen = new Set<string>()
  const add = (c: ReferenceCandidate) => {
    const key = `${c.kind}|${c.series ?? ''}|${c.year ?? ''}|${c.number}`
    if (!seen.has(key) && out.length < MAX_REFERENCES) {
      seen.add(key)
      out.push(c)
    }
  }
  let text = normalizeText(remittance).toUpperCase()
  text = text.replace(DATE_RE, ' ').replace(IBAN_RE, ' ').replace(AMOUNT_RE, ' ')

  text = text.replace(SERIES_YEAR_NUMBER_RE, (_m, letters: string, year: string, digits: string) => {
    const number = toNumber(digits)
    if (number === null) return ' '
    if (seriesCodes.has(letters)) add({ kind: 'full', series: letters, year: Number(year), number })
    else add({ kind: 'yearNumber', year: Number(year), number })
    return ` ${letters} `
  })
  text = text.replace(YEAR_NUMBER_RE, (_m, year: string, digits: string) => {
    const number = toNumber(digits)
    if (number !== null) add({ kind: 'yearNumber', year: Number(year), number })
    return ' '
  })
  text = text.replace(NUMBER_YEAR_RE, (_m, digits: string, year: string) => {
    const number = toNumber(digits)
    if (number !== null) add({ kind: 'yearNumber', year: Number(year), number })
    return ' '
  })

  // Keyword lists and bare numbers, on words split at letter/digit boundaries ('FRA123' -> 'FRA', '123').
  const tokens = text.match(/[A-Z]+|\d+/g) ?? []
  let inList = false
  let series: string | undefined
  for (const tok of tokens) {
    if (/^\d/.test(tok)) {
      const number = toNumber(tok)
      if (number !== null && inList) add(series ? { kind: 'seriesNumber', series, number } : { kind: 'number', number })
      else if (number !== null && tok.length >= 3) add({ kind: 'bareNumber', number })
      continue
    }
    if (seriesCodes.has(tok)) {
      inList = true
      series = tok
    } else if (KEYWORDS.has(tok)) {
      inList = true
      series = undefined
    } else if (!(inList && CONNECTORS.has(tok))) {
      inList = false
      series = undefined
    }
  }
  const rank: Record<ReferenceKind, number> = { full: 0, yearNumber: 1, seriesNumber: 2, number: 3, bareNumber: 4 }
  return out.sort((a, b) => rank[a.kind] - rank[b.kind])
}
