/**
 * Norma 43 (AEB Cuaderno 43) parser: one BankStatement per account group (11 … 33), the file closed by an 88.
 * Checks the structure, every field, the 33 totals against the movements and the 88 record count; the balance
 * control (opening - debits + credits = closing) is done by validateStatements like for every format.
 * Written here: no maintained, typed JavaScript package exists (see the bank import report).
 */
import { validateIban } from '../iban'
import { spanishIbanFromAccount } from './accounts'
import { decodeLegacyText, findControlCharacter, splitLines } from './encoding'
import { amountParams, joinText, ProblemList, sumCents } from './fields'
import {
  meaningfulReference,
  N43_RECORD_LENGTH,
  partyFromConcepts,
  readConcept,
  readEnd,
  readEquivalence,
  readHeader,
  readMovement,
  readTotals,
  type N43Header,
  type N43Movement,
  type N43Totals,
} from './norma43Records'
import type { BankLine, BankStatement, ParseResult, TextEncodingName } from './types'

const MAX_CONCEPTS = 5

interface OpenAccount {
  header: N43Header
  line: number
  lines: BankLine[]
  /** A record of this account did not read (already reported): its totals are not checked. */
  broken: boolean
}

interface OpenMovement {
  /** null when the 22 record did not read. */
  movement: N43Movement | null
  line: number
  concepts: string[]
  conceptRecords: number
}

/** An IBAN written in the concept texts (Spanish banks add the ordering party's account to SEPA transfers). */
function ibanIn(texts: readonly string[]): string {
  for (const m of texts.join(' ').toUpperCase().matchAll(/\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?\b/g)) {
    const r = validateIban(m[0])
    if (r.ok) return r.normalized
  }
  return ''
}

function toBankLine(open: OpenMovement, m: N43Movement, currency: string): BankLine {
  const party = partyFromConcepts(open.concepts)
  return {
    seq: open.line,
    bookingDate: m.bookingDate,
    valueDate: m.valueDate,
    amount: m.amount,
    currency,
    remittance: joinText([m.reference2, ...open.concepts]),
    counterpartyName: party.name,
    counterpartyIban: ibanIn(open.concepts),
    counterpartyTaxId: party.taxId,
    bankReference: meaningfulReference(m.reference1) || meaningfulReference(m.documentNumber),
    typeCode: m.commonConcept,
  }
}

function checkTotals(open: OpenAccount, totals: N43Totals, line: number, problems: ProblemList): void {
  const h = open.header
  if (totals.entity !== h.entity || totals.office !== h.office || totals.account !== h.account) {
    problems.add(line, 'bank.n43.totalsAccount', { account: `${totals.entity}-${totals.office}-${totals.account}` })
    return
  }
  const debits = open.lines.filter((l) => l.amount < 0).map((l) => -l.amount)
  const credits = open.lines.filter((l) => l.amount > 0).map((l) => l.amount)
  if (totals.debitCount !== debits.length) {
    problems.add(line, 'bank.n43.debitCount', { expected: totals.debitCount, found: debits.length })
  } else if (totals.debitTotal !== sumCents(debits)) {
    problems.add(line, 'bank.n43.debitTotal', amountParams(totals.debitTotal, sumCents(debits)))
  } else if (totals.creditCount !== credits.length) {
    problems.add(line, 'bank.n43.creditCount', { expected: totals.creditCount, found: credits.length })
  } else if (totals.creditTotal !== sumCents(credits)) {
    problems.add(line, 'bank.n43.creditTotal', amountParams(totals.creditTotal, sumCents(credits)))
  } else if (totals.currency !== h.currency) {
    problems.add(line, 'bank.currencyMismatch', { expected: h.currency, found: totals.currency })
  }
}

function toStatement(open: OpenAccount, totals: N43Totals, endLine: number): BankStatement {
  const h = open.header
  return {
    format: 'norma43',
    accountIban: spanishIbanFromAccount(h.entity, h.office, h.account),
    accountId: `${h.entity}-${h.office}-${h.account}`,
    currency: h.currency,
    from: h.from,
    to: h.to,
    openingBalance: h.openingBalance,
    closingBalance: totals.closingBalance,
    lines: open.lines,
    startLine: open.line,
    endLine,
  }
}

/** The record of a line: trailing blanks past column 80 dropped; any other length is a problem (then padded). */
function record(raw: string, line: number, problems: ProblemList): string {
  const trimmed = raw.length > N43_RECORD_LENGTH && raw.slice(N43_RECORD_LENGTH).trim() === '' ? raw.slice(0, N43_RECORD_LENGTH) : raw
  if (trimmed.length === N43_RECORD_LENGTH) return trimmed
  problems.add(line, 'bank.n43.recordLength', { length: trimmed.length, expected: N43_RECORD_LENGTH })
  return trimmed.padEnd(N43_RECORD_LENGTH).slice(0, N43_RECORD_LENGTH)
}

interface ParseState {
  problems: ProblemList
  statements: BankStatement[]
  account: OpenAccount | null
  /** The last 11 did not read: its records are skipped up to its 33. */
  skipping: boolean
  movement: OpenMovement | null
  end: { line: number; count: number } | null
}

function closeMovement(st: ParseState): void {
  const open = st.movement
  if (st.account && open) {
    if (open.movement) st.account.lines.push(toBankLine(open, open.movement, st.account.header.currency))
    else st.account.broken = true
  }
  st.movement = null
}

function startAccount(st: ParseState, rec: string, ln: number): void {
  if (st.account || st.skipping) st.problems.add(ln, 'bank.n43.sequence', { record: '11', expected: '33' })
  closeMovement(st)
  st.account = null
  st.skipping = true
  st.account = { header: readHeader(rec), line: ln, lines: [], broken: false }
  st.skipping = false
}

function endAccount(st: ParseState, rec: string, ln: number): void {
  closeMovement(st)
  const open = st.account
  st.account = null
  st.skipping = false
  if (!open) return
  const totals = readTotals(rec)
  if (!open.broken) checkTotals(open, totals, ln, st.problems)
  st.statements.push(toStatement(open, totals, ln))
}

/** One record in the 11 (22 23* 24?)* 33 … 88 sequence; throws FieldError for a field that does not read. */
function handleRecord(st: ParseState, type: string, rec: string, ln: number): void {
  const sequence = (expected: string): void => st.problems.add(ln, 'bank.n43.sequence', { record: type, expected })
  if (st.skipping && ['22', '23', '24'].includes(type)) return
  switch (type) {
    case '11':
      return startAccount(st, rec, ln)
    case '22':
      if (!st.account) return sequence('11')
      closeMovement(st)
      st.movement = { movement: null, line: ln, concepts: [], conceptRecords: 0 }
      st.movement.movement = readMovement(rec)
      return
    case '23':
      if (!st.movement) return sequence('22')
      if (st.movement.conceptRecords >= MAX_CONCEPTS) return st.problems.add(ln, 'bank.n43.tooManyConcepts', { max: MAX_CONCEPTS })
      st.movement.conceptRecords++
      st.movement.concepts.push(...readConcept(rec).texts)
      return
    case '24':
      if (!st.movement) return sequence('22')
      return readEquivalence(rec)
    case '33':
      if (!st.account && !st.skipping) return sequence('11')
      return endAccount(st, rec, ln)
    case '88':
      if (st.account || st.skipping) sequence('33')
      st.end = { line: ln, count: readEnd(rec) }
      return
    default:
      st.problems.add(ln, 'bank.n43.recordType', { value: type })
  }
}

export function parseNorma43Text(text: string, encoding: TextEncodingName = 'windows-1252'): ParseResult {
  const lines = splitLines(text)
  const st: ParseState = { problems: new ProblemList(), statements: [], account: null, skipping: false, movement: null, end: null }
  const problems = st.problems
  const control = findControlCharacter(lines)
  if (control) problems.add(control.line, 'bank.encoding', { value: `U+${control.code.toString(16).padStart(4, '0').toUpperCase()}` })

  let records = 0
  let lastLine = 0
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? ''
    const ln = index + 1
    if (raw.trim() === '') continue
    lastLine = ln
    const rec = record(raw, ln, problems)
    if (st.end) {
      problems.add(ln, 'bank.n43.afterEnd')
      continue
    }
    const type = rec.slice(0, 2)
    if (type !== '88') records++
    try {
      handleRecord(st, type, rec, ln)
    } catch (err) {
      problems.addError(ln, err)
    }
  }

  if (lastLine === 0) return { ok: false, problems: [{ line: 0, code: 'bank.empty', params: {} }] }
  if (st.account || st.skipping) problems.add(lastLine, 'bank.n43.missingTotals')
  if (!st.end) problems.add(lastLine, 'bank.n43.missingEnd')
  else if (st.end.count !== records) problems.add(st.end.line, 'bank.n43.recordCount', { expected: st.end.count, found: records })
  if (problems.empty && st.statements.length === 0) problems.add(0, 'bank.empty')
  return problems.empty ? { ok: true, statements: st.statements, encoding } : { ok: false, problems: problems.items }
}

/** Norma 43 bytes (ISO-8859-1 / windows-1252; UTF-8 accepted when the bytes are valid UTF-8). */
export function parseNorma43(bytes: Uint8Array): ParseResult {
  const { text, encoding } = decodeLegacyText(bytes)
  return parseNorma43Text(text, encoding)
}
