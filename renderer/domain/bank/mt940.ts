/**
 * SWIFT MT940 parser. Accepts messages with SWIFT blocks ({1:…}{2:…}{4: … -}) or bare tag files, several
 * statements per file (each :20: starts one). A :86: right after a :61: belongs to that movement; its
 * continuation lines are joined. The balance control (:60F: + Σ :61: = :62F:) is done by validateStatements.
 * Written here: mt940js (the one npm candidate) ships no types and its last release is from 2024 (see report).
 */
import { ibanFromAccountText } from './accounts'
import { decodeLegacyText, findControlCharacter, splitLines } from './encoding'
import { joinText, ProblemList } from './fields'
import { readBalance, readEntry, readInfo, type Mt940Balance } from './mt940Fields'
import type { BankLine, BankStatement, ParseResult, TextEncodingName } from './types'

interface Field {
  tag: string
  lines: string[]
  line: number
}

const TAG = /^:(\d{2}[A-Z]?):(.*)$/

/** The fields of each message / statement, in order; SWIFT block wrappers and text outside fields dropped. */
export function mt940Fields(lines: readonly string[]): Field[][] {
  const groups: Field[][] = []
  let current: Field[] | null = null
  let field: Field | null = null
  lines.forEach((raw, index) => {
    let text = raw
    const block4 = text.indexOf('{4:')
    if (block4 >= 0) {
      text = text.slice(block4 + 3)
      field = null
    } else if (/^\s*\{[1-5]:/.test(text)) return
    // On the trimmed line: /^\s*-\s*\}?\s*$/ backtracks between its two blank runs, quadratic on a '-' followed by a
    // long run of blanks (a 20 KB line took 0.6 s; found by tests/unit/fuzz).
    const trimmed = text.trim()
    if (/^-\s*\}?$/.test(trimmed) || trimmed.startsWith('-}')) {
      field = null
      current = null
      return
    }
    const m = TAG.exec(text)
    if (m) {
      const tag = m[1] ?? ''
      if (tag === '20' || current === null) {
        current = []
        groups.push(current)
      }
      field = { tag, lines: [m[2] ?? ''], line: index + 1 }
      current.push(field)
    } else if (field && text.trim() !== '') field.lines.push(text)
  })
  return groups
}

interface Assembly {
  statement: BankStatement
  opening: Mt940Balance | null
  closing: Mt940Balance | null
  accountText: string
  /** Tags present in the statement, read or not. */
  tags: Set<string>
}

function toLine(entryField: Field, info: Field | null, currency: string): BankLine {
  const e = readEntry(entryField.lines)
  const i = info ? readInfo(info.lines) : null
  return {
    seq: entryField.line,
    bookingDate: e.bookingDate,
    valueDate: e.valueDate,
    amount: e.amount,
    currency,
    remittance: i?.remittance || joinText([e.supplementary, e.customerReference]),
    counterpartyName: i?.name ?? '',
    counterpartyIban: i?.iban ?? '',
    counterpartyTaxId: '',
    bankReference: e.bankReference || e.customerReference,
    typeCode: i?.code || e.transactionType,
  }
}

function assemble(fields: Field[], problems: ProblemList): Assembly {
  const first = fields[0]
  const a: Assembly = {
    statement: {
      format: 'mt940', accountIban: '', accountId: '', currency: '', from: '', to: '',
      openingBalance: null, closingBalance: null, lines: [], startLine: first?.line ?? 0,
    },
    opening: null,
    closing: null,
    accountText: '',
    tags: new Set(fields.map((f) => f.tag.slice(0, 2))),
  }
  const refs: string[] = []
  fields.forEach((f, i) => {
    try {
      const value = f.lines[0]?.trim() ?? ''
      if (f.tag === '20') refs.unshift(value)
      else if (f.tag === '28C' || f.tag === '28') refs.push(value)
      else if (f.tag === '25') a.accountText = value
      else if (f.tag === '60F' || f.tag === '60M') a.opening = readBalance(f.tag, value)
      else if (f.tag === '62F' || f.tag === '62M') {
        a.closing = readBalance(f.tag, value)
        a.statement.endLine = f.line
      } else if (f.tag === '61') {
        const next = fields[i + 1]
        a.statement.lines.push(toLine(f, next?.tag === '86' ? next : null, a.opening?.currency ?? ''))
      }
    } catch (err) {
      problems.addError(f.line, err)
    }
  })
  a.statement.reference = refs.join(' ')
  return a
}

function finish(a: Assembly, problems: ProblemList): BankStatement | null {
  const s = a.statement
  const start = s.startLine ?? 0
  const missing = !a.tags.has('25') ? ':25:' : !a.tags.has('60') ? ':60F:' : !a.tags.has('62') ? ':62F:' : null
  if (missing) problems.add(start, 'bank.mt940.missingTag', { tag: missing })
  const opening = a.opening
  const closing = a.closing
  if (missing || !opening || !closing) return null // a field that did not read is already reported
  if (closing.currency !== opening.currency) {
    problems.add(s.endLine ?? start, 'bank.currencyMismatch', { expected: opening.currency, found: closing.currency })
  }
  const dates = [opening.date, closing.date, ...s.lines.map((l) => l.bookingDate)].sort()
  s.accountIban = ibanFromAccountText(a.accountText)
  s.accountId = a.accountText
  s.currency = opening.currency
  s.openingBalance = opening.amount
  s.closingBalance = closing.amount
  // MT940 has no period field: the statement spans its balance dates and its movements.
  s.from = dates[0] ?? opening.date
  s.to = dates[dates.length - 1] ?? closing.date
  return s
}

export function parseMt940Text(text: string, encoding: TextEncodingName = 'windows-1252'): ParseResult {
  const lines = splitLines(text)
  const problems = new ProblemList()
  const control = findControlCharacter(lines)
  if (control) problems.add(control.line, 'bank.encoding', { value: `U+${control.code.toString(16).padStart(4, '0').toUpperCase()}` })
  const statements: BankStatement[] = []
  for (const group of mt940Fields(lines)) {
    const s = finish(assemble(group, problems), problems)
    if (s) statements.push(s)
  }
  if (problems.empty && statements.length === 0) problems.add(0, 'bank.empty')
  return problems.empty ? { ok: true, statements, encoding } : { ok: false, problems: problems.items }
}

/** MT940 bytes (SWIFT character set; windows-1252 or UTF-8 for the national letters some banks add). */
export function parseMt940(bytes: Uint8Array): ParseResult {
  const { text, encoding } = decodeLegacyText(bytes)
  return parseMt940Text(text, encoding)
}
