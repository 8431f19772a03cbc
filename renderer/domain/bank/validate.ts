/**
 * Checks shared by every format, after parsing and before anything is written: the account is one of the
 * company's, currencies are known and consistent, the balance control holds (opening + Σ movements = closing,
 * where the file carries both), booking dates are in order and inside the statement's period, amounts are
 * non-zero whole cents, and no account section appears twice. Any problem refuses the whole file.
 */
import { normalizeIban } from '../iban'
import { isValidIsoDate } from '../dates'
import { isKnownCurrency, matchCompanyAccount } from './accounts'
import { amountParams, ProblemList, sumCents } from './fields'
import type { BankStatement, StatementProblem } from './types'

export interface ValidateOptions {
  companyIbans: readonly string[]
}

function checkAccount(s: BankStatement, companyIbans: readonly string[], problems: ProblemList): void {
  if (matchCompanyAccount(s.accountIban, s.accountId, companyIbans) === null) {
    problems.add(s.startLine ?? 0, 'bank.accountUnknown', { account: s.accountIban || s.accountId })
  }
}

function checkCurrency(s: BankStatement, problems: ProblemList): void {
  const line = s.startLine ?? 0
  if (!isKnownCurrency(String(s.currency))) return problems.add(line, 'bank.currencyUnknown', { currency: String(s.currency) })
  const other = s.lines.find((l) => l.currency !== s.currency)
  if (other) problems.add(other.seq, 'bank.currencyMismatch', { expected: String(s.currency), found: String(other.currency) })
}

function checkBalance(s: BankStatement, problems: ProblemList): void {
  if (s.openingBalance === null || s.closingBalance === null) return
  const found = s.openingBalance + sumCents(s.lines.map((l) => l.amount))
  if (found !== s.closingBalance) problems.add(s.endLine ?? s.startLine ?? 0, 'bank.balanceMismatch', amountParams(s.closingBalance, found))
}

/**
 * The period the file states (camt.053 FrToDt is free text to the parser): a real date or '' (not given), never
 * after its end. Without this, a statement with a damaged period and no movement was accepted, and its end date
 * became the last bank import date (found by tests/unit/fuzz).
 */
function checkPeriod(s: BankStatement, problems: ProblemList): void {
  const line = s.startLine ?? 0
  const bad = [s.from, s.to].find((d) => d !== '' && !isValidIsoDate(d))
  if (bad !== undefined) problems.add(line, 'bank.invalidDate', { value: bad })
  else if (s.from !== '' && s.to !== '' && s.from > s.to) problems.add(line, 'bank.periodOrder', { from: s.from, to: s.to })
}

function checkLines(s: BankStatement, problems: ProblemList): void {
  let previous = ''
  for (const l of s.lines) {
    if (!Number.isSafeInteger(l.amount)) problems.add(l.seq, 'bank.invalidAmount', { value: String(l.amount) })
    else if (l.amount === 0) problems.add(l.seq, 'bank.zeroAmount')
    if (!isValidIsoDate(l.bookingDate) || !isValidIsoDate(l.valueDate)) {
      problems.add(l.seq, 'bank.invalidDate', { value: isValidIsoDate(l.bookingDate) ? l.valueDate : l.bookingDate })
      continue
    }
    if (previous !== '' && l.bookingDate < previous) problems.add(l.seq, 'bank.dateOrder', { date: l.bookingDate, previous })
    else if ((s.from !== '' && l.bookingDate < s.from) || (s.to !== '' && l.bookingDate > s.to)) {
      problems.add(l.seq, 'bank.dateOutOfRange', { date: l.bookingDate, from: s.from, to: s.to })
    }
    previous = l.bookingDate
  }
}

/** Same account, period, balances and movements as an earlier section of the file. */
function sectionKey(s: BankStatement): string {
  const account = normalizeIban(s.accountIban) || s.accountId
  const amounts = s.lines.map((l) => `${l.bookingDate}:${l.amount}`).join(',')
  return [account, s.from, s.to, s.openingBalance, s.closingBalance, amounts].join('|')
}

export function validateStatements(statements: readonly BankStatement[], options: ValidateOptions): StatementProblem[] {
  const problems = new ProblemList()
  if (statements.length === 0) problems.add(0, 'bank.empty')
  const noAccounts = options.companyIbans.every((i) => normalizeIban(i) === '')
  if (noAccounts) problems.add(0, 'bank.noCompanyAccounts')
  const seen = new Map<string, number>()
  for (const s of statements) {
    const key = sectionKey(s)
    const first = seen.get(key)
    if (first !== undefined) {
      problems.add(s.startLine ?? 0, 'bank.duplicateSection', { account: s.accountIban || s.accountId, firstLine: first })
      continue
    }
    seen.set(key, s.startLine ?? 0)
    if (!noAccounts) checkAccount(s, options.companyIbans, problems)
    checkPeriod(s, problems)
    checkCurrency(s, problems)
    checkBalance(s, problems)
    checkLines(s, problems)
  }
  return [...problems.items].sort((a, b) => a.line - b.line)
}
